#pragma once

// Shared helpers for the tests: a fresh database in a temporary folder.

#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace enc::test {

#ifdef ENCOMPASS_TEST_DATA // (the Qt Test executables; not the helpers built with them)
// A copy, in dir, of the file written by schema 1 (tests/data), readable by its owner only as
// the tracker keeps its files; empty when it could not be copied.
inline QString goldenSchema1Copy(const QTemporaryDir &dir,
                                 const QString &name = QStringLiteral("golden.sqlite"))
{
    const QString copy = dir.filePath(name);
    if (!QFile::copy(QStringLiteral(ENCOMPASS_TEST_DATA "/schema-v1.sqlite"), copy))
        return {};
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}
#endif

// A new empty tracker database in its own temporary folder.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    TempDatabase()
    {
        qputenv("ENCOMPASS_USER", "tester");
        auto opened = Database::open(dir.filePath(QStringLiteral("tracker.sqlite")));
        if (opened)
            db = std::move(*opened);
        else
            qWarning("%s", qPrintable(opened.errorText()));
    }
    QString path() const { return dir.filePath(QStringLiteral("tracker.sqlite")); }
    Database &operator*() { return *db; }
    Database *operator->() { return db.get(); }
};

} // namespace enc::test
