#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::PrivateFile", text);
}
} // namespace

Result<std::unique_ptr<QFile>> PrivateFile::create(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    // The permissions are given at creation, so no other user can open it in between.
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly())) {
        return Result<std::unique_ptr<QFile>>::failure(
            tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file->errorString()));
    }
    return file;
}

QString PrivateFile::partialPath(const QString &target)
{
    return target + QStringLiteral(".partial-%1")
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

Status PrivateFile::syncAndClose(QFile &file)
{
    const QString shown = QDir::toNativeSeparators(file.fileName());
    if (!file.flush())
        return Status::failure(tr("Cannot write %1: %2").arg(shown, file.errorString()));
#ifndef Q_OS_WIN
    if (::fsync(file.handle()) != 0) {
        return Status::failure(
            tr("Cannot write %1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    }
#endif
    file.close();
    if (file.error() != QFileDevice::NoError)
        return Status::failure(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return {};
}

Status PrivateFile::replace(const QString &from, const QString &to)
{
    // std::rename replaces the target in one step on POSIX (QFile::rename would refuse).
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return Status::failure(tr("Cannot rename %1 to %2: %3")
                                   .arg(QDir::toNativeSeparators(from),
                                        QDir::toNativeSeparators(to),
                                        QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

} // namespace enc
