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
// no police member attended in the last calendar month. The chair takes attendance from the
// keyboard: P, A, D (then the deputy's name), X on the member's row, Up and Down between rows.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void quorumChanged(bool quorate);

private:
    void reload();
    // Re-reads after an undo or redo, keeping the chair's row (nothing when nothing changed).
    void followStore();
    void updateQuorum();
    void write(int row);
    // Sets the row's status as its key does; D then waits for the deputy's name.
    void keyStatus(int row, AttendanceStatus status);
    // Leaves the deputy's name for the list, on the row `delta` rows on.
    void backToList(int row, int delta);
    // The deputy's name is typed only for a deputy, and Tab stops there only once it is.
    void updateDeputyField(int row);

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
    QLabel *m_keys;
};

} // namespace enc::ui
