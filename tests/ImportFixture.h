#pragma once

// The fixture of the import tests that work on records (test_import_records,
// test_import_effects, ...): a fresh tracker per test, on each backend (a test class gives
// initTestCase_data() { test::backendRows(); } and every test runs on SQLite and on the
// server, skipped when there is none), a daily file written with the police's usual heading
// row, and a way to add a child first.

#include "BackendDatabase.h"
#include "TestSupport.h"

#include "import/Importer.h"
#include "repo/Children.h"
#include "storage/Sql.h"

#include <QFile>

#include <memory>

namespace enc::test::importing {

inline const QByteArray Header = "Occurrence Number,Incident Date,Time,Forename,Surname,DOB,"
                                 "School,DASH Risk,Presence\r\n";
inline const QDate Today(2025, 6, 2);

inline qint64 count(Database &db, const char *table)
{
    return Sql::scalar(db.sql(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        ->toLongLong();
}

// A fresh database on the backend of the test's global data row, and a folder for the files.
struct ImportDatabase : BackendDatabase
{
    explicit ImportDatabase(const QString &backend) : BackendDatabase(backend) {}
    QTemporaryDir dir;
};

class ImportFixture
{
protected:
    // In init(): skips the test when its backend cannot run here.
    void openDatabase()
    {
        QFETCH_GLOBAL(QString, backend);
        m_db = std::make_unique<ImportDatabase>(backend);
        if (m_db->address().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        QVERIFY(m_db->db);
    }
    void closeDatabase() { m_db.reset(); }

    // Imports header + rows as a file called name.
    Result<ImportReport> import(const QByteArray &rows,
                                const QString &name = QStringLiteral("daily.csv"),
                                bool dryRun = false, const QByteArray &header = Header)
    {
        const QString path = m_db->dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(header + rows);
        f.close();
        Importer::Request r;
        r.path = path;
        r.today = Today;
        r.dryRun = dryRun;
        return Importer(**m_db).run(r);
    }

    Id addChild(const QString &forename, const QString &surname, QDate dob)
    {
        Child c;
        c.forename = forename;
        c.surname = surname;
        c.dateOfBirth = dob;
        auto saved = Children(**m_db).add(c);
        return saved ? saved->id : 0;
    }

    std::unique_ptr<ImportDatabase> m_db;
};

} // namespace enc::test::importing
