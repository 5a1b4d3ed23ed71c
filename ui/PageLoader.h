#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QStackedWidget;
class QWidget;

namespace enc::ui {

// Reads each page of a stack when it is first shown, not when the window opens (a county's
// actions, settings and audit trail are read only by those who look at them). After a change
// the shown page reads again at once; a hidden one is marked stale and reads when next shown.
class PageLoader : public QObject
{
    Q_OBJECT
public:
    explicit PageLoader(QStackedWidget *pages);

    // load is the page's first read (giving it the database); refresh a later one. A page
    // with no refresh reads itself again whenever it is shown.
    void add(QWidget *page, std::function<void()> load, std::function<void()> refresh = {});
    // Loads the page now, or re-reads it when a change made it stale (it is about to be shown,
    // or a caller is about to use it). Pages not added are left alone.
    void ensure(QWidget *page);
    // The data these pages show has changed (all the pages when the list is empty).
    void changed(const QList<QWidget *> &pages = {});
    bool isLoaded(QWidget *page) const;
    // Whether a change since the page's last read waits for it to be shown.
    bool isStale(QWidget *page) const;

private:
    struct Entry
    {
        std::function<void()> load;
        std::function<void()> refresh;
        bool loaded = false;
        bool stale = false;
    };

    QStackedWidget *m_pages;
    QHash<QWidget *, Entry> m_entries;
};

} // namespace enc::ui
