#pragma once

#include <QWidget>

class QTabWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class ImportWizard;
class NoSettingPanel;
class ReviewQueuePage;

// The Import page of the window: the import wizard with past imports, the review queue and
// the no known setting list, one tab each.
class ImportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // After another desk's change: the lists read again (never in the middle of an import).
    void refresh();
    // Starts importing a file (dropped on the window, or chosen).
    void openFile(const QString &path);

    ImportWizard *wizard() const { return m_wizard; }
    ReviewQueuePage *reviewQueue() const { return m_review; }
    NoSettingPanel *noSetting() const { return m_noSetting; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // The tracker changed here (an import, an undo, a review item, a setting).
    void changed();

private:
    void updateReviewTab(int open);

    QTabWidget *m_tabs;
    ImportWizard *m_wizard;
    ReviewQueuePage *m_review;
    NoSettingPanel *m_noSetting;
};

} // namespace enc::ui
