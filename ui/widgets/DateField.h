#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace enc::ui {

// A date typed as dd/mm/yyyy, checked as you type, with the message shown under it
// ("Date of birth 31/02/2023 is not a date").
class DateField : public QWidget
{
    Q_OBJECT
public:
    // label names the field in messages; required fields refuse an empty value.
    explicit DateField(const QString &label, bool required = true, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(QDate date);
    // True when the text is a date (or empty and not required).
    bool isValid() const;
    // The message for the current text, empty when valid.
    QString message() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // Shows the message even before the user has typed (when saving is attempted).
    void showMessage();

signals:
    void dateChanged(QDate date);

private:
    void check(bool show);

    QString m_label;
    bool m_required;
    QLineEdit *m_edit;
    QLabel *m_message;
};

} // namespace enc::ui
