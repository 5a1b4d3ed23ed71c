#include "StagedFiles.h"

#include "Audit.h"
#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QUuid>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::StagedFiles", text);
}

QString lockPath(const QString &staging)
{
    return QDir(staging).filePath(QStringLiteral(".lock"));
}

std::unique_ptr<QLockFile> newLock(const QString &staging)
{
    auto lock = std::make_unique<QLockFile>(lockPath(staging));
    // Never stale by age: a batch of thousands of letters may take minutes. A lock whose process
    // has died on this computer is stale at once (QLockFile checks the process id).
    lock->setStaleLockTime(0);
    return lock;
}

// A batch's record: a row of the config table (no schema change), keyed by its hidden folder.
QString keyFor(const QString &staging)
{
    return QStringLiteral("letters.staged.") + QFileInfo(staging).fileName();
}

QString recordText(const QString &folder, const QString &staging, const QStringList &names,
                   bool logged)
{
    const QJsonObject o{
        {QStringLiteral("folder"), folder},
        {QStringLiteral("staging"), staging},
        {QStringLiteral("files"), QJsonArray::fromStringList(names)},
        {QStringLiteral("logged"), logged},
        {QStringLiteral("user"), Audit::currentUser()},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Forgets a batch; recovery (action not empty) records what it did in the audit trail.
Status forget(Database &db, const QString &key, const QString &action, const QJsonObject &before,
              const QJsonObject &after)
{
    return db.transaction([&]() -> Status {
        if (Status s = Sql::exec(db.sql(), QStringLiteral("DELETE FROM config WHERE key = :key"),
                                 {{QStringLiteral("key"), key}});
            !s)
            return s;
        if (action.isEmpty())
            return {};
        return Audit::record(db.sql(), action, QStringLiteral("letter_batch"), 0, 0, before, after);
    });
}

struct Batch
{
    QString key;
    QJsonObject record;
    QString folder;
    QString staging;
    QStringList names;
    bool logged = false;
};

// Moves the staged files of a logged batch into place; returns the names it could not move.
QStringList moveIn(const Batch &b, int *moved)
{
    QStringList stuck;
    const QDir staging(b.staging);
    const QDir folder(b.folder);
    for (const QString &name : b.names) {
        const QString from = staging.filePath(name);
        if (!QFileInfo::exists(from))
            continue; // moved in before the stop
        // QFile::rename never replaces an existing file.
        if (QFile::rename(from, folder.filePath(name)))
            ++*moved;
        else
            stuck << name;
    }
    return stuck;
}

// Empties the hidden folder while its lock is held, so no other desk's recovery starts on it in
// between, then lets the lock go (QLockFile removes its file) and removes the folder.
bool removeFolder(const QString &staging, std::unique_ptr<QLockFile> &lock)
{
    QDir dir(staging);
    const QStringList files =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : files) {
        if (name != QFileInfo(lockPath(staging)).fileName())
            dir.remove(name);
    }
    lock.reset();
    return !QFileInfo::exists(staging) || dir.removeRecursively();
}

} // namespace

QString StagedFiles::stagingPrefix()
{
    return QStringLiteral(".encompass-staging-");
}

StagedFiles::StagedFiles(Database &db, QString folder, QString staging, QStringList names)
    : m_db(db), m_folder(std::move(folder)), m_staging(std::move(staging)),
      m_names(std::move(names))
{}

StagedFiles::~StagedFiles()
{
    if (!m_done)
        discard();
}

Result<std::unique_ptr<StagedFiles>> StagedFiles::begin(Database &db, const QString &folder,
                                                        const QStringList &names)
{
    using R = Result<std::unique_ptr<StagedFiles>>;
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    const QString name =
        stagingPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
    std::unique_ptr<StagedFiles> batch(
        new StagedFiles(db, dir.absolutePath(), dir.filePath(name), names));
    // The record comes before the folder: a stop in between leaves a record that recovery
    // forgets, never a folder it cannot find. Should another desk's recovery forget the record
    // before the folder is locked, markLogged() finds it gone and nothing is logged.
    Status s = Sql::exec(
        db.sql(), QStringLiteral("INSERT INTO config (key, value) VALUES (:key, :value)"),
        {{QStringLiteral("key"), keyFor(batch->m_staging)},
         {QStringLiteral("value"), recordText(batch->m_folder, batch->m_staging, names, false)}});
    if (!s) {
        batch->m_done = true;
        return s.error();
    }
    batch->m_lock = newLock(batch->m_staging);
    if (!dir.mkdir(name) || !batch->m_lock->tryLock(0)) {
        batch->discard();
        return R::failure(tr("Cannot create the folder %1 in %2.")
                              .arg(name, QDir::toNativeSeparators(dir.absolutePath())));
    }
    return R(std::move(batch));
}

QString StagedFiles::stagedPath(int i) const
{
    return QDir(m_staging).filePath(m_names.at(i));
}

QString StagedFiles::finalPath(int i) const
{
    return QDir(m_folder).filePath(m_names.at(i));
}

Status StagedFiles::markLogged()
{
    auto q =
        Sql::run(m_db.sql(), QStringLiteral("UPDATE config SET value = :value WHERE key = :key"),
                 {{QStringLiteral("key"), keyFor(m_staging)},
                  {QStringLiteral("value"), recordText(m_folder, m_staging, m_names, true)}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Status::failure(tr("The record of this batch of letters has gone from the "
                                  "database: nothing was logged. Write the letters again."));
    return {};
}

Status StagedFiles::finish()
{
    m_done = true;
    int moved = 0;
    const QStringList stuck = moveIn({{}, {}, m_folder, m_staging, m_names, true}, &moved);
    if (!stuck.isEmpty()) {
        return Status::failure(
            tr("%1 of the letters were logged but could not be moved from %2 into %3 (the first: "
               "%4). They will be moved the next time the database is opened.")
                .arg(stuck.size())
                .arg(QDir::toNativeSeparators(m_staging), QDir::toNativeSeparators(m_folder),
                     stuck.first()));
    }
    removeFolder(m_staging, m_lock);
    // Forgotten after the folder is gone: a stop in between leaves a record whose files are all
    // in place, which recovery forgets.
    return forget(m_db, keyFor(m_staging), {}, {}, {});
}

void StagedFiles::discard()
{
    m_done = true;
    removeFolder(m_staging, m_lock);
    // When this fails (the database is unreachable), recovery forgets it on the next open.
    (void)forget(m_db, keyFor(m_staging), {}, {}, {});
}

QSet<QString> StagedFiles::pendingNames(const QString &folder)
{
    QSet<QString> names;
    const QDir dir(folder);
    const QStringList staged = dir.entryList({stagingPrefix() + QLatin1Char('*')},
                                             QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &s : staged) {
        const QStringList files = QDir(dir.filePath(s)).entryList(QDir::Files);
        for (const QString &f : files)
            names.insert(f);
    }
    return names;
}

QStringList StagedFiles::recover(Database &db)
{
    QStringList notes;
    QList<Batch> batches;
    {
        auto q = Sql::run(db.sql(), QStringLiteral("SELECT key, value FROM config WHERE key LIKE "
                                                   "'letters.staged.%' ORDER BY key"));
        if (!q)
            return {q.errorText()};
        while (q->next()) {
            Batch b;
            b.key = q->value(0).toString();
            b.record = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
            b.folder = b.record.value(QStringLiteral("folder")).toString();
            b.staging = b.record.value(QStringLiteral("staging")).toString();
            for (const QJsonValue &f : b.record.value(QStringLiteral("files")).toArray())
                b.names << f.toString();
            b.logged = b.record.value(QStringLiteral("logged")).toBool();
            batches << b;
        }
    }
    for (const Batch &b : batches) {
        const QString folder = QDir::toNativeSeparators(b.folder);
        if (!QFileInfo(b.folder).isDir()) {
            // A network drive not connected: the staged files are still there, so wait for it.
            notes << tr("Letters written into %1 were stopped before they were finished, and that "
                        "folder cannot be reached now: they will be finished when it can.")
                         .arg(folder);
            continue;
        }
        auto lock = newLock(b.staging);
        const bool staged = QFileInfo(b.staging).isDir();
        if (staged && !lock->tryLock(0))
            continue; // another desk, or this program, is writing it now
        QJsonObject after{{QStringLiteral("files"), int(b.names.size())}};
        QString action;
        if (b.logged) {
            int moved = 0;
            const QStringList stuck = moveIn(b, &moved);
            if (!stuck.isEmpty()) {
                notes << tr("%1 letters logged in the disclosure log before a stop could not be "
                            "moved into %2 (the first: %3). They will be moved the next time the "
                            "database is opened.")
                             .arg(stuck.size())
                             .arg(folder, stuck.first());
                continue;
            }
            after.insert(QStringLiteral("moved"), moved);
            action = QStringLiteral("finish-letters");
            if (moved > 0)
                notes << tr("%1 letters logged before a stop were moved into %2.")
                             .arg(moved)
                             .arg(folder);
        } else {
            const int removed = staged ? int(QDir(b.staging).entryList(QDir::Files).size()) : 0;
            after.insert(QStringLiteral("removed"), removed);
            action = QStringLiteral("discard-letters");
            if (removed > 0)
                notes << tr("%1 letters written into %2 before a stop were never logged: they "
                            "were deleted, and nothing was sent.")
                             .arg(removed)
                             .arg(folder);
        }
        if (staged && !removeFolder(b.staging, lock)) {
            notes << tr("Cannot remove the folder %1.").arg(QDir::toNativeSeparators(b.staging));
            continue;
        }
        if (Status s = forget(db, b.key, action, b.record, after); !s)
            notes << s.errorText();
    }
    return notes;
}

} // namespace enc
