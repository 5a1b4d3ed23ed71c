#include "FileDialog.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace enc::ui {

namespace {
QString g_next;
bool g_hasNext = false;

bool takeNext(QString &out)
{
    if (!g_hasNext)
        return false;
    out = g_next;
    g_hasNext = false;
    return true;
}
} // namespace

void FileDialog::setNextFileName(const QString &name)
{
    g_next = name;
    g_hasNext = true;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    QString next;
    if (takeNext(next))
        return next;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, dir + QLatin1Char('/') + suggested,
                                        filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString next;
    if (takeNext(next))
        return next;
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString FileDialog::directory(QWidget *parent, const QString &caption)
{
    QString next;
    if (takeNext(next))
        return next;
    return QFileDialog::getExistingDirectory(parent, caption);
}

} // namespace enc::ui
