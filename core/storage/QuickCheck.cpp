#include "QuickCheck.h"

#include "Dialect.h"
#include "SqliteRaw.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Database", text);
}

// As long as the window's own connection waits for another desk.
constexpr int BusyTimeoutMs = 10000;
constexpr int BusySleepMs = 50;
constexpr int MaxProblems = 20;

} // namespace

QuickCheck::QuickCheck(QString path) : m_path(std::move(path)) {}

int QuickCheck::busy(void *self, int count)
{
    // SQLite's own busy timeout sleeps through a cancel: this one looks between short sleeps.
    if (static_cast<QuickCheck *>(self)->cancelled() || count * BusySleepMs >= BusyTimeoutMs)
        return 0;
    sqlite3_sleep(BusySleepMs);
    return 1;
}

void QuickCheck::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_db)
        sqlite3_interrupt(m_db);
}

Result<QStringList> QuickCheck::run()
{
    using R = Result<QStringList>;
    const QString shown = QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
    const QString stopped = tr("The check of %1 was stopped.").arg(shown);
    if (cancelled())
        return R::failure(stopped);
    // SQLite-only: a server checks its own pages (its administrator's amcheck and checksums).
    if (Dialect::isServerAddress(m_path))
        return R(QStringList());
    // Read and write, though it only reads: when it is the last connection to close, it
    // checkpoints and removes the write-ahead log as the window's own would. SQLite's default
    // page cache (2 MiB): every page is read once, so a larger one would only hold memory.
    sqlite::Connection c;
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &c.db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return R::failure(tr("Cannot check %1: %2").arg(shown, c.error()));
    sqlite3_busy_handler(c.db, &QuickCheck::busy, this);
    {
        QMutexLocker lock(&m_mutex);
        m_db = c.db;
        if (cancelled())
            sqlite3_interrupt(m_db);
    }
    QStringList rows;
    int rc = SQLITE_OK;
    sqlite3_stmt *stmt = nullptr;
    rc = sqlite3_prepare_v2(c.db, "PRAGMA quick_check(20)", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && rows.size() < MaxProblems) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            rows << QString::fromUtf8(text ? text : "");
        }
    }
    const QString error = c.error();
    sqlite3_finalize(stmt);
    {
        QMutexLocker lock(&m_mutex);
        m_db = nullptr;
    }
    const int code = rc & 0xFF;
    if (code == SQLITE_INTERRUPT || cancelled())
        return R::failure(stopped);
    // A page so damaged that the check itself cannot go on is a finding, not a failure.
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return QStringList{error};
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return R::failure(tr("Cannot check %1: %2").arg(shown, error));
    if (rows == QStringList{QStringLiteral("ok")})
        return QStringList();
    // One line per problem, without SQLite's "*** in database main ***" heading.
    QStringList problems;
    for (const QString &row : std::as_const(rows)) {
        for (const QString &line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("*** in database")))
                problems << line.trimmed();
        }
    }
    return problems;
}

} // namespace enc
