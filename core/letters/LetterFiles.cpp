#include "LetterFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

namespace enc::LetterFiles {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::LetterExporter", text);
}
} // namespace

FileWriteError save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {file.error(), file.errorString()};
    if (file.write(bytes) != bytes.size()) {
        FileWriteError e{file.error(), file.errorString()};
        file.cancelWriting();
        return e;
    }
    if (!file.commit())
        return {file.error(), file.errorString()};
    return {};
}

bool isDiskFull(const FileWriteError &failure, const QString &folder, qint64 stillToWrite)
{
    if (failure.error == QFileDevice::ResourceError)
        return true;
    const QString noSpace = QString::fromLocal8Bit(std::strerror(ENOSPC));
    if (!failure.text.isEmpty() && failure.text.contains(noSpace, Qt::CaseInsensitive))
        return true;
    // QSaveFile's commit may report a failed flush as a plain write error with no text.
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < stillToWrite;
}

QString failureText(const FileWriteError &failure, const QString &path, int total, bool diskFull)
{
    if (diskFull) {
        return tr("The disk is full: %1 letters were not written; nothing was logged. Make room "
                  "on the drive of %2 and write them again.")
            .arg(total)
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    }
    QString why = failure.text.trimmed();
    if (why.isEmpty() || why.compare(QLatin1String("Unknown error"), Qt::CaseInsensitive) == 0)
        why = tr("the file could not be saved");
    return tr("Could not write %1: %2. None of the %3 letters was written; nothing was logged.")
        .arg(QDir::toNativeSeparators(path), why)
        .arg(total);
}

} // namespace enc::LetterFiles
