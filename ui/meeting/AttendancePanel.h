#pragma once

#include "domain/Quorum.h"
#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;

// Every member with present, apologies, deputy or absent; quorum shown live; a warning when
// no police member attended in the last calendar month.
class AttendancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttendancePanel(QWidget *parent = nullptr);

    void setMeeting(Database *db, Editor *editor, Id meetingId);
    // Sets one member's attendance as if chosen on screen (keyboard users and tests).
    void setStatus(Id memberId, AttendanceStatus status, const QString &deputy = {});
    QuorumResult quorum() const { return m_quorum; }
    QString quorumText() const;
    bool policeWarningShown() const;

signals:
    void quorumChanged(bool quorate);

private:
    void reload();
    void updateQuorum();
    void write(int row);

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_meetingId = 0;
    QDate m_date;
    QList<Attendance> m_attendance;
    QuorumResult m_quorum;
    bool m_loading = false;
    QTableWidget *m_table;
    QLabel *m_quorumLabel;
    QLabel *m_police;
};

} // namespace enc::ui
