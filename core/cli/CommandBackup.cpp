// backup and restore: copies of the database, plain or sealed with a passphrase.

#include "cli/Commands.h"
#include "cli/Passphrase.h"

#include "storage/Backup.h"
#include "storage/EncryptedBackup.h"
#include "storage/OpenDatabases.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifndef Q_OS_WIN
#include <termios.h>
#include <unistd.h>
#endif

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return false;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

// Asks on the terminal without echoing what is typed.
QString promptHidden(const QString &prompt)
{
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
    std::fflush(stderr);
    std::string line;
#ifndef Q_OS_WIN
    termios old = {};
    const bool haveTerm = tcgetattr(fileno(stdin), &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSAFLUSH, &quiet);
    }
    std::getline(std::cin, line);
    if (haveTerm)
        tcsetattr(fileno(stdin), TCSAFLUSH, &old);
#else
    std::getline(std::cin, line);
#endif
    std::fputc('\n', stderr);
    const QString out = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return out;
}

} // namespace

// The passphrase from --passphrase-file (its first line) or, on a terminal, typed in.
Result<QString> passphraseToRead(const Command &command, const QString &file)
{
    if (QFileInfo(file).isFile() && EncryptedBackup::looksEncrypted(file))
        return passphrase(command, false);
    return QString();
}

Result<QString> passphrase(const Command &command, bool confirm)
{
    if (command.isSet(QStringLiteral("passphrase-file"))) {
        const QString path = command.value(QStringLiteral("passphrase-file"));
        if (Status s = OpenDatabases::refuse(path); !s)
            return s.error();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return Result<QString>::failure(
                tr("Cannot read the passphrase file %1: %2")
                    .arg(QDir::toNativeSeparators(path), f.errorString()));
        }
        QByteArray bytes = f.readLine(4096);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        const QString text = QString::fromUtf8(bytes);
        bytes.fill('\0');
        if (text.isEmpty()) {
            return Result<QString>::failure(
                tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(path)));
        }
        return text;
    }
    if (!stdinIsTerminal()) {
        return Result<QString>::failure(
            tr("A passphrase is needed: give --passphrase-file FILE, or run on a terminal to "
               "type it."));
    }
    const QString first = promptHidden(tr("Passphrase: "));
    if (confirm && promptHidden(tr("Passphrase again: ")) != first)
        return Result<QString>::failure(tr("The two passphrases differ; nothing was written."));
    return first;
}

void addPassphraseOption(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption(
        QStringLiteral("passphrase-file"),
        tr("Read the passphrase from the first line of this file (else it is asked for on the "
           "terminal). The passphrase is never stored."),
        tr("file")));
}

int runBackup(Context &context, const QStringList &args)
{
    Command command(
        QStringLiteral("backup"),
        tr("Write a consistent copy of the database, even while the tracker is open. --out FILE "
           "writes one copy (with --encrypt, sealed with a passphrase for storage off the "
           "machine); --rotate writes today's backup into the backup folder and keeps every backup "
           "of the last 7 days, then one a week for 4 weeks and one a month for 12 months; --now "
           "writes one there at once, as Back Up Now does (named with the time: several in a day "
           "are all kept). Exit status: 0 written, 1 the backup could not be "
           "written, 2 bad usage."),
        true);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("out"),
                                   tr("Write the backup to this file (it must not exist)."),
                                   tr("file")));
    p.addOption(QCommandLineOption(QStringLiteral("encrypt"),
                                   tr("Encrypt the backup with a passphrase (argon2id, "
                                      "XChaCha20-Poly1305).")));
    addPassphraseOption(p);
    p.addOption(QCommandLineOption(
        QStringLiteral("rotate"),
        tr("Write today's backup into the backup folder (unless there is one of today) and "
           "delete those the rotation no longer keeps.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("now"),
        tr("Write a backup into the backup folder now, even when there is one of today (named "
           "with the time, so none is replaced), then rotate.")));
    p.addOption(QCommandLineOption(QStringLiteral("folder"),
                                   tr("With --rotate or --now: use this folder instead of the "
                                      "one set."),
                                   tr("folder")));
    p.addOption(QCommandLineOption(QStringLiteral("set-folder"),
                                   tr("Set the backup folder used by the tracker and --rotate."),
                                   tr("folder")));
    if (auto done = command.parse(args, context))
        return *done;
    const bool toFile = command.isSet(QStringLiteral("out"));
    const bool now = command.isSet(QStringLiteral("now"));
    const bool rotate = now || command.isSet(QStringLiteral("rotate"));
    const bool setFolder = command.isSet(QStringLiteral("set-folder"));
    if (int(toFile) + int(command.isSet(QStringLiteral("rotate"))) + int(now) + int(setFolder) !=
        1) {
        printError(tr("backup: give one of --out FILE, --rotate, --now or --set-folder FOLDER. "
                      "See \"encompass-cli backup --help\"."));
        return Usage;
    }
    if (command.isSet(QStringLiteral("encrypt")) && !toFile) {
        printError(tr("backup: --encrypt goes with --out FILE."));
        return Usage;
    }
    const QString out = command.value(QStringLiteral("out"));
    if (toFile && QFileInfo::exists(out)) {
        printError(tr("backup: %1 already exists; choose another name.")
                       .arg(QDir::toNativeSeparators(out)));
        return Usage;
    }
    QString secret;
    if (command.isSet(QStringLiteral("encrypt"))) {
        auto pass = passphrase(command, true);
        if (!pass) {
            printError(pass.errorText());
            return Usage;
        }
        secret = *pass;
        if (secret.size() < EncryptedBackup::MinPassphraseLength) {
            printError(tr("The passphrase must be at least %1 characters long.")
                           .arg(EncryptedBackup::MinPassphraseLength));
            return Usage;
        }
    }

    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;

    if (setFolder) {
        const QString folder =
            QFileInfo(command.value(QStringLiteral("set-folder"))).absoluteFilePath();
        if (Status s = Backup::setFolder(*db, folder); !s) {
            printError(s.errorText());
            return Usage;
        }
        if (command.json())
            printJson(QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(folder)}});
        else
            printOut(tr("Backups will be written to %1").arg(QDir::toNativeSeparators(folder)));
        return Ok;
    }

    if (rotate) {
        const QString folder = command.isSet(QStringLiteral("folder"))
                                   ? command.value(QStringLiteral("folder"))
                                   : Backup::folder(*db);
        if (folder.isEmpty()) {
            printError(tr("backup: no backup folder is set. Set one with \"encompass-cli backup "
                          "--set-folder FOLDER\" or give --folder."));
            return Usage;
        }
        auto result = now ? Backup::manual(db->path(), folder, QDateTime::currentDateTime())
                          : Backup::daily(db->path(), folder, QDateTime::currentDateTime());
        if (!result) {
            printError(result.errorText());
            return Problems;
        }
        // As Back Up Now in the window: a backup taken by hand is logged.
        if (now) {
            if (Status s = Backup::recordBackup(*db, result->written, false); !s) {
                printError(tr("The backup was written to %1 but could not be logged: %2")
                               .arg(QDir::toNativeSeparators(result->written), s.errorText()));
                return Problems;
            }
        }
        if (command.json()) {
            printJson(QJsonObject{
                {QStringLiteral("folder"), QDir::toNativeSeparators(folder)},
                {QStringLiteral("written"),
                 result->written.isEmpty() ? QJsonValue()
                                           : QJsonValue(QDir::toNativeSeparators(result->written))},
                {QStringLiteral("deleted"), QJsonArray::fromStringList(result->deleted)}});
        } else {
            QString text =
                result->written.isEmpty()
                    ? tr("Today's backup is already in %1.").arg(QDir::toNativeSeparators(folder))
                    : tr("Backup written to %1").arg(QDir::toNativeSeparators(result->written));
            for (const QString &name : result->deleted)
                text += QLatin1Char('\n') + tr("Deleted by the rotation: %1").arg(name);
            printOut(text);
        }
        return Ok;
    }

    const QString target = QFileInfo(out).absoluteFilePath();
    if (!QFileInfo(target).absoluteDir().exists()) {
        printError(tr("Cannot write the backup %1: the folder does not exist.")
                       .arg(QDir::toNativeSeparators(target)));
        return Problems;
    }
    const bool encrypt = command.isSet(QStringLiteral("encrypt"));
    // An encrypted backup is sealed from a plain copy that never leaves the database's folder
    // (for a server, this user's data folder on this computer).
    const QString plain = encrypt ? Backup::plainCopyPath(*db) : target;
    if (Status s = Backup::write(*db, plain); !s) {
        printError(s.errorText());
        return Problems;
    }
    if (encrypt) {
        Status s = EncryptedBackup::encryptFile(plain, target, secret);
        QFile::remove(plain);
        if (!s) {
            printError(s.errorText());
            return Problems;
        }
    }
    if (Status s = Backup::recordBackup(*db, target, encrypt); !s) {
        printError(tr("The backup was written to %1 but could not be logged: %2")
                       .arg(QDir::toNativeSeparators(target), s.errorText()));
        return Problems;
    }
    const qint64 bytes = QFileInfo(target).size();
    if (command.json()) {
        printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(target)},
                              {QStringLiteral("encrypted"), encrypt},
                              {QStringLiteral("bytes"), bytes},
                              {QStringLiteral("schema_version"), db->schemaVersion()}});
    } else {
        printOut((encrypt ? tr("Encrypted backup written to %1 (%2 bytes)")
                          : tr("Backup written to %1 (%2 bytes)"))
                     .arg(QDir::toNativeSeparators(target))
                     .arg(bytes));
    }
    return Ok;
}

int runRestore(Context &context, const QStringList &args)
{
    Command command(
        QStringLiteral("restore"),
        tr("Replace the database with a backup (plain or encrypted) after checking it: it must be "
           "an Encompass Tracker database, pass integrity_check and not come from a newer "
           "version. The current file is kept beside it as <file>.before-restore-<time>. Close "
           "the tracker on every desk first. Exit status: 0 restored, 2 bad usage or a backup "
           "that cannot be restored (nothing changed)."),
        true);
    auto &p = command.parser();
    p.addPositionalArgument(QStringLiteral("file"), tr("The backup file."));
    addPassphraseOption(p);
    // Command takes options only: the file is taken out first (skipping option values).
    QStringList rest = args.mid(0, 1);
    QStringList positional;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1Char('-'))) {
            positional << a;
            continue;
        }
        rest << a;
        if ((a == QLatin1String("--db") || a == QLatin1String("--passphrase-file")) &&
            i + 1 < args.size())
            rest << args.at(++i);
    }
    if (auto done = command.parse(rest, context))
        return *done;
    if (positional.size() != 1) {
        printError(tr("restore: give one backup file. See \"encompass-cli restore --help\"."));
        return Usage;
    }
    const QString file = positional.first();
    if (Database::isServerAddress(context.dbPath)) {
        printError(Backup::notRestoredOnServer(context.dbPath));
        return Usage;
    }
    auto pass = passphraseToRead(command, file);
    if (!pass) {
        printError(pass.errorText());
        return Usage;
    }
    QString secret = *pass;
    const QString dbPath = QFileInfo(context.dbPath).absoluteFilePath();
    if (!QFileInfo(dbPath).absoluteDir().exists()) {
        printError(tr("Cannot restore to %1: the folder does not exist.")
                       .arg(QDir::toNativeSeparators(dbPath)));
        return Usage;
    }
    auto prepared = Backup::prepareRestore(file, dbPath, secret);
    if (!prepared) {
        printError(prepared.errorText());
        return Usage;
    }
    const Backup::Info info = prepared->info;
    const QDateTime now = QDateTime::currentDateTime();
    Result<QString> aside = QString();
    // A database that opens is restored through SQLite, so a desk that still has it open
    // sees the change as a commit; one that does not (damaged, missing) has its file replaced.
    auto current = QFileInfo::exists(dbPath) ? Database::open(dbPath, Database::Mode::OpenExisting)
                                             : Result<std::unique_ptr<Database>>::failure({});
    // Only a damaged file is replaced without SQLite: one that is busy, read-only or not a
    // tracker at all is left as it is.
    context.refused = current ? Database::Refusal::None : Database::refusalOf(current.error());
    if (context.refused != Database::Refusal::None &&
        context.refused != Database::Refusal::Damaged &&
        context.refused != Database::Refusal::Other) {
        printError(current.errorText());
        return Usage;
    }
    if (current) {
        aside = Backup::restore(**current, *prepared, now);
        if (!aside) {
            printError(aside.errorText());
            return Usage;
        }
    } else {
        aside = Backup::replaceFile(*prepared, dbPath, now);
        if (!aside) {
            printError(aside.errorText());
            return Usage;
        }
        // Opening runs the checks and any upgrade, as the tracker would.
        auto db = Database::open(dbPath, Database::Mode::OpenExisting);
        if (!db) {
            printError(db.errorText());
            return Usage;
        }
        if (Status s = Backup::recordRestore(**db, QFileInfo(file).absoluteFilePath(), *aside,
                                             info.schemaVersion);
            !s) {
            printError(tr("The backup was restored but the restore could not be logged: %1")
                           .arg(s.errorText()));
            return Problems;
        }
    }
    if (command.json()) {
        QJsonObject o{
            {QStringLiteral("restored"), QDir::toNativeSeparators(dbPath)},
            {QStringLiteral("from"), QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())},
            {QStringLiteral("schema_version"), info.schemaVersion},
            {QStringLiteral("children"), info.children}};
        o.insert(QStringLiteral("previous_kept_at"),
                 aside->isEmpty() ? QJsonValue() : QJsonValue(QDir::toNativeSeparators(*aside)));
        printJson(o);
    } else {
        QString text = tr("Restored %1 from %2 (%3 children).")
                           .arg(QDir::toNativeSeparators(dbPath),
                                QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
                           .arg(info.children);
        if (!aside->isEmpty())
            text += QLatin1Char('\n') +
                    tr("The previous file is kept at %1").arg(QDir::toNativeSeparators(*aside));
        printOut(text);
    }
    return Ok;
}

} // namespace enc::cli
