#pragma once

// Running encompass-cli as a user would, from the tests that need only its exit code, its
// stderr lines and its JSON object.

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace enc::test {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QString err;

    QJsonDocument document() const { return QJsonDocument::fromJson(out); }
    QJsonObject json() const { return document().object(); }
    QString errText() const { return err; }
    QString outText() const { return QString::fromUtf8(out); }
    // Non-empty lines written to stderr.
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

#ifdef ENCOMPASS_CLI_PATH
// Runs encompass-cli with args and no terminal on stdin; HOME (and the data folder) in home, so
// the default database never touches a real profile. A wrapper (e.g. setpriv and its options)
// runs it through another program.
inline CliRun runCli(const QStringList &args, const QString &home, const QStringList &wrapper = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    const QString cli = QStringLiteral(ENCOMPASS_CLI_PATH);
    if (wrapper.isEmpty())
        p.start(cli, args);
    else
        p.start(wrapper.first(), wrapper.mid(1) + QStringList{cli} + args);
    CliRun r;
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Runs encompass-cli --db db args, HOME in home.
inline CliRun runCli(const QString &home, const QString &db, const QStringList &args)
{
    return runCli(QStringList{QStringLiteral("--db"), db} + args, home);
}
#endif

// Writes bytes to dir/name; the path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

// The SHA-256 of a file's bytes (to show a refused file was left as it was).
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    return hash.result();
}

} // namespace enc::test
