#pragma once

// A household's card cut into runs (the columns of the presenter's pages) that each fit the
// projector: a child is kept whole where it fits, and a child too tall for any run is split
// between its paragraphs.

#include <QStringList>

#include <functional>

namespace enc::ui {

struct PresenterBlock
{
    QStringList paragraphs; // rich text, each a <p>
    QString continued;      // heads a page this block runs on to ("A.B., continued")
};

// The blocks cut into runs that each fit (fits tells whether rich text does): a block goes
// whole to the next run rather than be split, unless it is too tall for any run; then it is
// split between its paragraphs, each run it goes on to headed by its continued text. A
// paragraph too tall even for a run of its own goes alone.
QStringList cutIntoRuns(const QList<PresenterBlock> &blocks,
                        const std::function<bool(const QString &)> &fits);

} // namespace enc::ui
