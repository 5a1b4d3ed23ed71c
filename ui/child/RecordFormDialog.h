#pragma once

#include "Result.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace enc::ui {

class DateField;

// A dialog of the child's record: a heading, a form with a required date, the message of a
// refusal and Save/Cancel. Save checks the date, then writes (through the Editor); refused, the
// message shows and the dialog stays open with nothing changed.
class RecordFormDialog : public QDialog
{
    Q_OBJECT
public:
    DateField *dateField() const { return m_date; }
    QString errorText() const;
    bool save();
    void accept() override;

protected:
    RecordFormDialog(const QString &dateLabel, QWidget *parent);
    // Lays the dialog out: heading (word-wrapped) over form, the message and the buttons.
    void finish(QLabel *heading, QFormLayout *form, const QSize &size);
    // Writes what the form holds; the refusal, or ok.
    virtual Status write() = 0;
    // The widget of a refused field (Error::field), to take the focus; null for none.
    virtual QWidget *fieldWidget(const QString &field) const;

    DateField *m_date;

private:
    QLabel *m_error;
};

} // namespace enc::ui
