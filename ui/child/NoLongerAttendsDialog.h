#pragma once

#include "RecordFormDialog.h"
#include "domain/Records.h"

class QLineEdit;

namespace enc::ui {

class Editor;

// The child's setting says the child no longer attends (a misdirected notification): when and
// who said so. Saving clears the setting, puts the child on the no-known-setting list and marks
// the letter to that setting misdirected; undoable through the Editor.
class NoLongerAttendsDialog : public RecordFormDialog
{
    Q_OBJECT
public:
    NoLongerAttendsDialog(Editor &editor, const Child &child, const QString &settingName,
                          QWidget *parent = nullptr);

    QLineEdit *toldByEdit() const { return m_toldBy; }

protected:
    Status write() override;
    QWidget *fieldWidget(const QString &field) const override;

private:
    Editor &m_editor;
    Child m_child;
    QLineEdit *m_toldBy;
};

} // namespace enc::ui
