#include "export/ExportFile.h"

#include "storage/OpenDatabases.h"
#include "storage/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ExportFile", text);
}

Status failed(const QString &path, const QString &why)
{
    return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

// Flushes the complete private file to disk and renames it over the target; removes it when
// either fails.
Status moveIntoPlace(const QString &partial, const QString &path)
{
    QFile file(partial);
    Status s = file.open(QIODevice::ReadOnly) ? PrivateFile::syncAndClose(file)
                                              : failed(path, file.errorString());
    if (s)
        s = PrivateFile::replace(partial, path);
    if (!s) {
        QFile::remove(partial);
        return failed(path, s.errorText());
    }
    return {};
}

// The private file beside path that an export is written into; refused when path is the live
// database (or its -wal/-shm): renaming over it would lose it and drop its locks.
Result<std::unique_ptr<QFile>> createPartial(const QString &path)
{
    if (Status s = OpenDatabases::refuse(path); !s)
        return s.error();
    auto file = PrivateFile::create(PrivateFile::partialPath(path));
    if (!file)
        return failed(path, file.errorText()).error();
    return file;
}

} // namespace

Status ExportFile::write(const QString &path, const QByteArray &bytes)
{
    auto file = createPartial(path);
    if (!file)
        return file.error();
    const QString partial = (*file)->fileName();
    if ((*file)->write(bytes) != bytes.size()) {
        const QString why = (*file)->errorString();
        (*file)->close();
        QFile::remove(partial);
        return failed(path, why);
    }
    (*file)->close();
    return moveIntoPlace(partial, path);
}

Status ExportFile::writeStream(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    auto file = createPartial(path);
    if (!file)
        return file.error();
    const QString partial = (*file)->fileName();
    Status s = write(**file);
    if (s && (*file)->error() != QFileDevice::NoError)
        s = failed(path, (*file)->errorString());
    (*file)->close();
    if (!s) {
        QFile::remove(partial);
        return s;
    }
    return moveIntoPlace(partial, path);
}

Status ExportFile::writeWorkbook(const QString &path,
                                 const std::function<void(lxw_workbook *)> &build)
{
    // libxlsxwriter writes a file by name: the private file is made first (owner-only), and
    // the library writes into it, keeping its permissions.
    auto file = createPartial(path);
    if (!file)
        return file.error();
    const QString partial = (*file)->fileName();
    (*file)->close();
    lxw_workbook *book = workbook_new(QFile::encodeName(partial).constData());
    if (!book) {
        QFile::remove(partial);
        return failed(path, tr("the workbook could not be created."));
    }
    build(book);
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
        QFile::remove(partial);
        return failed(path, QString::fromUtf8(lxw_strerror(e)));
    }
    return moveIntoPlace(partial, path);
}

} // namespace enc
