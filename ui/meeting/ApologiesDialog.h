#pragma once

#include "Result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;

namespace enc {
class Database;
}

namespace enc::ui {

// Apologies sent before the day for the meeting on a date: one member at a time, each recorded
// at once (undoable); the meeting's attendance starts from them.
class ApologiesDialog : public QDialog
{
    Q_OBJECT
public:
    using Send = std::function<Status(qint64 memberId)>;

    ApologiesDialog(Database &db, QDate date, Send send, QWidget *parent = nullptr);

    // Records the chosen member's apologies; false when refused (the dialog says why).
    bool record();

private:
    Send m_send;
    QDate m_date;
    QComboBox *m_member;
    QLabel *m_done;
    QLabel *m_message;
};

} // namespace enc::ui
