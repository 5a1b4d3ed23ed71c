#include "import/ImportSource.h"

#include "import/ImportLimits.h"
#include "import/ZipParts.h"
#include "storage/OpenDatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ImportSource", text);
}

// "4,096 MB", or "12 KB" under a megabyte.
QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(ImportLimits::number((bytes + 1023) / 1024));
    return tr("%1 MB").arg(ImportLimits::number((bytes + 512 * 1024) / (1024 * 1024)));
}

QString tooLarge(const QString &name)
{
    return tr("%1 is larger than %2, the most the import reads (a police daily file is far "
              "smaller): check it is the right file, or split it.")
        .arg(name, sizeText(ImportLimits::MaxFileBytes));
}

// A stream name as an OLE2 directory stores it (UTF-16LE).
QByteArray utf16Name(const char *name)
{
    QByteArray out;
    for (const char *c = name; *c; ++c) {
        out.append(*c);
        out.append('\0');
    }
    return out;
}

} // namespace

Result<QByteArray> ImportSource::read(const QString &path)
{
    using R = Result<QByteArray>;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return R::failure(tr("%1 cannot be found: check the name and folder.").arg(path));
    if (info.isDir())
        return R::failure(
            tr("%1 is a folder, not a file: choose the spreadsheet in it.").arg(path));
    // A pipe or a device (/dev/zero) would block or never end: only ordinary files are read.
    if (!info.isFile()) {
        return R::failure(tr("%1 is not an ordinary file (it is a device or a pipe): save the "
                             "spreadsheet as a file and import that.")
                              .arg(path));
    }
    if (info.size() > ImportLimits::MaxFileBytes)
        return R::failure(tooLarge(name));
    // Opening the live database (or its -wal/-shm) would drop SQLite's locks on it.
    if (Status s = OpenDatabases::refuse(path); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 cannot be opened: %2").arg(name, file.errorString()));
    // One byte past the limit tells a file that grew while it was read.
    QByteArray bytes = file.read(ImportLimits::MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("%1 cannot be read: %2").arg(name, file.errorString()));
    if (bytes.size() > ImportLimits::MaxFileBytes)
        return R::failure(tooLarge(name));
    return bytes;
}

Status ImportSource::checkCompoundFile(const QByteArray &bytes, const QString &fileName)
{
    if (!bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return {};
    // Excel keeps a password-protected .xlsx inside a compound file, as EncryptedPackage.
    if (bytes.contains(utf16Name("EncryptedPackage"))) {
        return Status::failure(tr("%1: the workbook is password-protected: remove the password "
                                  "in Excel, then import")
                                   .arg(fileName));
    }
    // The streams are named in the directory, which may sit anywhere in the file; the name
    // still says .xls when the directory could not be seen.
    if (bytes.contains(utf16Name("Workbook")) || bytes.contains(utf16Name("Book")) ||
        fileName.endsWith(QLatin1String(".xls"), Qt::CaseInsensitive)) {
        return Status::failure(tr("%1 is an old Excel .xls workbook, which the import cannot "
                                  "read: open it in Excel, save it as .xlsx (Excel Workbook), "
                                  "then import that.")
                                   .arg(fileName));
    }
    return Status::failure(tr("%1 is an Office document but not an Excel workbook: save the "
                              "police spreadsheet as .xlsx or CSV and import that.")
                               .arg(fileName));
}

Status ImportSource::checkZipDirectory(const ZipParts &zip, qint64 archiveBytes,
                                       const QString &fileName)
{
    qint64 inflated = 0;
    for (const ZipParts::Entry &e : zip.entries()) {
        // Over 4 GB (a zip64 size) is far beyond any police workbook.
        if (e.compressed > archiveBytes || e.size >= 0xFFFFFFFFLL) {
            return Status::failure(tr("%1 is refused: its part %2 declares a size beyond what "
                                      "a workbook holds.")
                                       .arg(fileName, e.name));
        }
        if (e.size >= ImportLimits::MinRatioCheckedBytes &&
            e.size > ImportLimits::MaxInflateRatio * std::max<qint64>(e.compressed, 1)) {
            return Status::failure(
                tr("%1 is refused: its part %2 would inflate from %3 to %4, more than "
                   "%5 times (a zip bomb, not a police workbook).")
                    .arg(fileName, e.name, sizeText(e.compressed), sizeText(e.size))
                    .arg(ImportLimits::MaxInflateRatio));
        }
        inflated += e.size;
        if (inflated > ImportLimits::MaxInflatedBytes) {
            return Status::failure(tr("%1 is refused: its parts would inflate to more than %2, "
                                      "the most the import reads from a workbook.")
                                       .arg(fileName, sizeText(ImportLimits::MaxInflatedBytes)));
        }
    }
    return {};
}

} // namespace enc
