#pragma once

#include <QLabel>

namespace enc::ui {

// A message shown under a form field when what was typed cannot be saved
// ("DSL email "x" is not an email address"). Hidden while there is nothing to say.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    // field is the name core uses in Error::field for the value this message belongs to.
    explicit FieldMessage(const QString &field, QWidget *parent = nullptr);

    QString field() const { return m_field; }
    void showText(const QString &text);
    void clearText();

private:
    QString m_field;
};

} // namespace enc::ui
