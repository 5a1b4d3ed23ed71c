#pragma once

#include "Result.h"

#include <QDate>
#include <QDialog>
#include <QTime>

#include <functional>

class QDateEdit;
class QLabel;
class QTimeEdit;

namespace enc::ui {

// An ad-hoc meeting on any date, picked on a calendar, with its times. The meeting is added
// when OK is pressed; a refusal (a meeting is held or due that day) is said in the dialog,
// which stays open for another date.
class AdHocMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    using Create = std::function<Result<qint64>(QDate date, QTime starts, QTime ends)>;

    AdHocMeetingDialog(QDate today, Create create, QWidget *parent = nullptr);

    qint64 meetingId() const { return m_id; }
    void accept() override;

private:
    Create m_create;
    qint64 m_id = 0;
    QDateEdit *m_date;
    QTimeEdit *m_starts;
    QTimeEdit *m_ends;
    QLabel *m_message;
};

} // namespace enc::ui
