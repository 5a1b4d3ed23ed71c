#pragma once

#include "RecordFormDialog.h"
#include "repo/PartnerInfos.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;

// Adds what a partner agency knows of a child (info.id 0) or changes an entry, at the version
// shown (a change made at another desk since is refused). Undoable through the Editor.
class PartnerDialog : public RecordFormDialog
{
    Q_OBJECT
public:
    PartnerDialog(Database &db, Editor &editor, const PartnerInfo &info, const QString &childName,
                  QWidget *parent = nullptr);

    QComboBox *agencyBox() const { return m_agency; }
    QLineEdit *personEdit() const { return m_person; }
    QPlainTextEdit *infoEdit() const { return m_info; }

protected:
    Status write() override;
    QWidget *fieldWidget(const QString &field) const override;

private:
    Editor &m_editor;
    PartnerInfo m_shown;
    QComboBox *m_agency;
    QLineEdit *m_person;
    QPlainTextEdit *m_info;
};

} // namespace enc::ui
