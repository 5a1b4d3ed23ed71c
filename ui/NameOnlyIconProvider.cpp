#include "NameOnlyIconProvider.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QStyle>

namespace enc::ui {

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    QStyle *style = QApplication::style();
    switch (type) {
    case Computer:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case Desktop:
        return style->standardIcon(QStyle::SP_DesktopIcon);
    case Trashcan:
        return style->standardIcon(QStyle::SP_TrashIcon);
    case Network:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case Drive:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case Folder:
        return style->standardIcon(QStyle::SP_DirIcon);
    case File:
        break;
    }
    return style->standardIcon(QStyle::SP_FileIcon);
}

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    // QFileInfo's answers come from stat(), which opens nothing.
    if (info.isRoot())
        return icon(Drive);
    if (info.isDir())
        return icon(Folder);
    const QIcon themed =
        QIcon::fromTheme(m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension).iconName());
    return themed.isNull() ? icon(File) : themed;
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isRoot())
        return tr("Drive");
    if (info.isDir())
        return tr("Folder");
    // MatchExtension: the name only, never the content.
    const QMimeType mime = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    if (!mime.isDefault())
        return mime.comment();
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? tr("File") : tr("%1 file").arg(suffix.toUpper());
}

} // namespace enc::ui
