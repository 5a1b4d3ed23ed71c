#pragma once

#include "domain/Records.h"
#include "repo/PartnerInfos.h"

#include <QGroupBox>

class QPushButton;
class QTreeWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;

// What partner agencies (police, health visiting, social care, housing...) know of the child,
// added before the meeting: add, change and archive each entry (undoable through the Editor).
class PartnerSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit PartnerSection(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    void showChild(Id childId, const QString &childName);

    void addInfo();
    void editSelected();
    void archiveSelected();

    QTreeWidget *list() const { return m_list; }

private:
    // The entry of the selected row, as it was read (its version).
    const PartnerInfo *selected() const;

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_childId = 0;
    QString m_childName;
    QList<PartnerInfo> m_infos;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_archive;
};

} // namespace enc::ui
