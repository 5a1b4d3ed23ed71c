#pragma once

// Shared helpers for the tests: a fresh database in a temporary folder.

#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace enc::test {

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
