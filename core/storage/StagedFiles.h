#pragma once

#include "Result.h"

#include <QSet>
#include <QStringList>

#include <memory>

class QLockFile;

namespace enc {

class Database;

// Files that must not appear in their folder before the log naming them is committed (the
// disclosure log's letters). They are written into a hidden folder inside the destination (the
// same file system, so moving one in is a rename), the batch is recorded in the database before
// the first file is written, marked logged in the log's own transaction, and the files moved in
// afterwards. Whatever a stop (a crash, kill -9, a power cut) interrupts, the next open of the
// database by the window or encompass-cli, or the next batch of letters, finishes: a logged
// batch is moved in, an unlogged one deleted, each in the audit trail. A batch's record is a row
// of the config table ("letters.staged.*").
class StagedFiles
{
public:
    // Starts a batch of files for folder (names: file names without folders): records the batch,
    // then creates the hidden folder and locks it against another desk's recovery.
    static Result<std::unique_ptr<StagedFiles>> begin(Database &db, const QString &folder,
                                                      const QStringList &names);
    // Discards the batch unless it was finished.
    ~StagedFiles();
    StagedFiles(const StagedFiles &) = delete;
    StagedFiles &operator=(const StagedFiles &) = delete;

    // Where file i is written now, and where it ends up.
    QString stagedPath(int i) const;
    QString finalPath(int i) const;
    // Marks the batch logged: call inside the transaction that logs its files.
    Status markLogged();
    // Moves every file into place and forgets the batch. A file it could not move stays staged
    // (the batch stays recorded) and the next open of the database moves it.
    Status finish();
    // Deletes the staged files and forgets the batch (its log was not committed).
    void discard();

    // File names in folder that batches still staged there (this desk's or another's) will take.
    static QSet<QString> pendingNames(const QString &folder);
    // Finishes (logged) or deletes (not logged) the batches a stop left behind, each recorded in
    // the audit trail; a batch another process is still writing is left alone. One line for the
    // user per batch it could not deal with or dealt with.
    static QStringList recover(Database &db);
    // The prefix of the hidden folders' names.
    static QString stagingPrefix();

private:
    StagedFiles(Database &db, QString folder, QString staging, QStringList names);
    Database &m_db;
    QString m_folder;
    QString m_staging;
    QStringList m_names;
    std::unique_ptr<QLockFile> m_lock;
    bool m_done = false;
};

} // namespace enc
