#include "PresenterPages.h"

namespace enc::ui {

namespace {

QStringList pack(const QList<PresenterBlock> &blocks,
                 const std::function<bool(const QString &)> &fits)
{
    QStringList pages;
    QString current;
    for (const PresenterBlock &block : blocks) {
        const QString whole = block.paragraphs.join(QString());
        if (fits(current + whole)) {
            current += whole;
            continue;
        }
        if (!current.isEmpty() && fits(whole)) {
            pages << current;
            current = whole;
            continue;
        }
        bool first = true;
        for (const QString &paragraph : block.paragraphs) {
            if (current.isEmpty() || fits(current + paragraph)) {
                current += paragraph;
            } else {
                pages << current;
                current = (first ? QString() : block.continued) + paragraph;
            }
            first = false;
        }
    }
    if (!current.isEmpty() || pages.isEmpty())
        pages << current;
    return pages;
}

} // namespace

QStringList paginate(const QList<PresenterBlock> &blocks,
                     const std::function<bool(const QString &)> &fits,
                     const std::function<QString(int, int)> &footer)
{
    QString all;
    for (const PresenterBlock &block : blocks)
        all += block.paragraphs.join(QString());
    if (fits(all))
        return {all};
    // Every page keeps room for the widest footer ("Page 9 of 9 ...").
    const QString reserve = footer(9, 9);
    QStringList pages = pack(blocks, [&](const QString &html) { return fits(html + reserve); });
    for (int i = 0; i < pages.size(); ++i)
        pages[i] += footer(i + 1, int(pages.size()));
    return pages;
}

} // namespace enc::ui
