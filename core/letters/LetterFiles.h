#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

#include <functional>

namespace enc {

// Why one letter's file could not be written: the device's error and its text.
struct FileWriteError
{
    QFileDevice::FileError error = QFileDevice::NoError;
    QString text;
    bool ok() const { return error == QFileDevice::NoError; }
};

// Writes one file whole or not at all; a seam for tests (a disk that fills half-way).
using FileWriter = std::function<FileWriteError(const QString &path, const QByteArray &bytes)>;

namespace LetterFiles {

// Writes bytes to path through QSaveFile (synced to the disk before it is renamed into place).
FileWriteError save(const QString &path, const QByteArray &bytes);
// True when the failure is a full disk: ENOSPC (Qt's ResourceError or its text), or the
// folder's file system has less room left than the bytes still to write.
bool isDiskFull(const FileWriteError &failure, const QString &folder, qint64 stillToWrite);
// The message for a batch of total letters whose file path could not be written: nothing of the
// batch was kept or logged.
QString failureText(const FileWriteError &failure, const QString &path, int total, bool diskFull);

} // namespace LetterFiles

} // namespace enc
