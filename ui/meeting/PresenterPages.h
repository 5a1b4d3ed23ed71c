#pragma once

// A household's card cut into pages that each fit the projector: a child is kept whole on
// a page where it fits, and a child too tall for any page is split between its paragraphs.

#include <QStringList>

#include <functional>

namespace enc::ui {

struct PresenterBlock
{
    QStringList paragraphs; // rich text, each a <p>
    QString continued;      // heads a page this block runs on to ("A.B., continued")
};

// fits tells whether rich text fits one page; footer(page, pages) is added to every page
// when there is more than one. A paragraph too tall even for a page of its own goes alone.
QStringList paginate(const QList<PresenterBlock> &blocks,
                     const std::function<bool(const QString &)> &fits,
                     const std::function<QString(int, int)> &footer);

} // namespace enc::ui
