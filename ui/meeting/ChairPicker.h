#pragma once

#include "domain/Records.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;

// Who chairs the open meeting and who is deputy chair, chosen from the members (written in the
// minutes). A choice is saved at once, undoable; refused when another desk chose since.
class ChairPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ChairPicker(QWidget *parent = nullptr);

    // The meeting's chair and deputy (meeting 0: none); read-only for a closed meeting.
    void setMeeting(Database *db, Editor *editor, Id meetingId, bool readOnly);
    // Re-reads the meeting (after an undo or another desk's change).
    void reload();
    // Chooses as the operator would on screen; false when refused (the message says why).
    bool choose(Id chair, Id deputy);
    Id chair() const;
    Id deputy() const;

private:
    void chosen();

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_meetingId = 0;
    bool m_readOnly = true;
    Id m_shownChair = 0;
    Id m_shownDeputy = 0;
    bool m_loading = false;
    QComboBox *m_chair;
    QComboBox *m_deputy;
    QLabel *m_message;
};

} // namespace enc::ui
