#include "PageLoader.h"

#include <QStackedWidget>

namespace enc::ui {

PageLoader::PageLoader(QStackedWidget *pages) : QObject(pages), m_pages(pages)
{
    connect(m_pages, &QStackedWidget::currentChanged, this,
            [this](int index) { ensure(m_pages->widget(index)); });
}

void PageLoader::add(QWidget *page, std::function<void()> load, std::function<void()> refresh)
{
    m_entries.insert(page, Entry{std::move(load), std::move(refresh)});
    if (m_pages->currentWidget() == page)
        ensure(page);
}

void PageLoader::ensure(QWidget *page)
{
    const auto it = m_entries.find(page);
    if (it == m_entries.end())
        return;
    // Copied first: a page's read may show a dialog whose events change the pages.
    std::function<void()> read;
    if (!it->loaded)
        read = it->load;
    else if (it->stale)
        read = it->refresh;
    it->loaded = true;
    it->stale = false;
    if (read)
        read();
}

void PageLoader::changed(const QList<QWidget *> &pages)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->loaded || !it->refresh || (!pages.isEmpty() && !pages.contains(it.key())))
            continue;
        it->stale = true;
    }
    // The shown page reads now (after the loop: its read may change the pages).
    ensure(m_pages->currentWidget());
}

bool PageLoader::isLoaded(QWidget *page) const
{
    return m_entries.value(page).loaded;
}

bool PageLoader::isStale(QWidget *page) const
{
    return m_entries.value(page).stale;
}

} // namespace enc::ui
