#pragma once

#include "domain/Records.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace enc {
class Database;
}

namespace enc::ui {

// Finds a child to add to the agenda by name as the chair types (surname and forename in
// either order, or a postcode or police reference: the tracker's own search), showing date of
// birth and setting so that two children of one name can be told apart. Up and Down move the
// highlight from the search box, Enter adds the highlighted child, Esc cancels.
class AddChildDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddChildDialog(Database &db, QWidget *parent = nullptr);

    // The highlighted child, or 0 when there is none.
    Id childId() const;
    // The most matches listed: more means "type more of the name".
    static constexpr int Shown = 50;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();

    Database &m_db;
    QLineEdit *m_search;
    QTreeWidget *m_results;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace enc::ui
