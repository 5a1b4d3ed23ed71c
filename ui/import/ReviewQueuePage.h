#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace enc {
class Database;
}

namespace enc::ui {

class ReviewQueueModel;

// The rows an import could not settle alone. Keyboard first: Enter accepts the proposed
// child (or, for changed details, marks them checked; for a child at the PPN's address not
// named on it, confirms them present), N makes a new child from the row.
class ReviewQueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueuePage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void refresh();
    ReviewQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The current item: link the proposed child (close match, missed) or dismiss (conflict).
    void acceptCurrent();
    // The current item: make a new child from the imported row.
    void newChildForCurrent();
    void dismissCurrent();

signals:
    // The tracker changed (a child linked or made).
    void changed();
    void countChanged(int open);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int currentRow() const;
    // The buttons say what they do to the current item.
    void updateButtons();
    void done(int row, const QString &message);

    Database *m_db = nullptr;
    ReviewQueueModel *m_model;
    QTableView *m_view;
    QPushButton *m_accept;
    QPushButton *m_new;
    QPushButton *m_dismiss;
    QLabel *m_message;
};

} // namespace enc::ui
