#include "PresenterPages.h"

namespace enc::ui {

QStringList cutIntoRuns(const QList<PresenterBlock> &blocks,
                        const std::function<bool(const QString &)> &fits)
{
    QStringList runs;
    QString current;
    for (const PresenterBlock &block : blocks) {
        const QString whole = block.paragraphs.join(QString());
        if (fits(current + whole)) {
            current += whole;
            continue;
        }
        if (!current.isEmpty() && fits(whole)) {
            runs << current;
            current = whole;
            continue;
        }
        bool first = true;
        for (const QString &paragraph : block.paragraphs) {
            if (current.isEmpty() || fits(current + paragraph)) {
                current += paragraph;
            } else {
                runs << current;
                current = (first ? QString() : block.continued) + paragraph;
            }
            first = false;
        }
    }
    if (!current.isEmpty() || runs.isEmpty())
        runs << current;
    return runs;
}

} // namespace enc::ui
