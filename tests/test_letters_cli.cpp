// encompass-cli letters as a coordinator runs it: files, JSON, exit codes, password file.

#include "test_letters_fixture.h"

#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace enc;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestLettersCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void receivedBatchAsJson();
    void oneChildExitsOk();
    void passwordFile();
    void emlFormat();
    void badUsage();
    void secondCopyRefusedUnlessAgain();

private:
    Run cli(const QStringList &args) const;
    QString freshFolder();

    std::unique_ptr<test::LettersFixture> m_fixture;
    QTemporaryDir m_out;
    int m_folders = 0;
};

void TestLettersCli::initTestCase()
{
    m_fixture = std::make_unique<test::LettersFixture>();
    QVERIFY(m_fixture->ppn1 != 0);
}

Run TestLettersCli::cli(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_out.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ENCOMPASS_CLI_PATH),
            QStringList{QStringLiteral("--db"), m_fixture->db.path()} + args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestLettersCli::freshFolder()
{
    const QString name = QStringLiteral("out%1").arg(++m_folders);
    QDir(m_out.path()).mkpath(name);
    return m_out.filePath(name);
}

void TestLettersCli::receivedBatchAsJson()
{
    const QString out = freshFolder();
    Run r =
        cli({QStringLiteral("letters"), QStringLiteral("--received"), QStringLiteral("25/07/2024"),
             QStringLiteral("--out"), out, QStringLiteral("--today"), QStringLiteral("2024-07-25"),
             QStringLiteral("--json")});
    QCOMPARE(r.code, 1); // Leo has no setting
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(
        first.value(QStringLiteral("setting")).toObject().value(QStringLiteral("id")).toInteger(),
        m_fixture->settingA);
    QCOMPARE(first.value(QStringLiteral("children")).toArray(),
             (QJsonArray{m_fixture->zoe, m_fixture->ava}));
    QVERIFY(first.value(QStringLiteral("fields"))
                .toArray()
                .contains(QStringLiteral("police.reference")));
    const QString file = first.value(QStringLiteral("file")).toString();
    QVERIFY(QFile::exists(file));
    QVERIFY(QDir::isAbsolutePath(file));
    QCOMPARE(first.value(QStringLiteral("sha256")).toString().size(), 64);
    const QJsonArray skipped = o.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("child")).toInteger(), m_fixture->leo);
    QVERIFY(!skipped.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
    const QString text = test::squeezed(test::pdfText(file).second);
    QVERIFY(text.contains(test::LettersFixture::awkwardName()));
    for (const QString &never : test::LettersFixture::forbidden())
        QVERIFY2(!text.contains(never), qPrintable(never));
}

void TestLettersCli::oneChildExitsOk()
{
    const QString out = freshFolder();
    Run r =
        cli({QStringLiteral("letters"), QStringLiteral("--child"), QString::number(m_fixture->ava),
             QStringLiteral("--out"), out, QStringLiteral("--again")});
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(QLatin1String("1 file written and logged.")));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 1);
    Run chase = cli({QStringLiteral("letters"), QStringLiteral("--overdue-proformas"),
                     QStringLiteral("--kind"), QStringLiteral("proforma-chase"),
                     QStringLiteral("--out"), out});
    QCOMPARE(chase.code, 0);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2);
}

void TestLettersCli::passwordFile()
{
    const QString out = freshFolder();
    const QString pwFile = m_out.filePath(QStringLiteral("pw.txt"));
    QFile f(pwFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("open sesame\n");
    f.close();
    Run r = cli({QStringLiteral("letters"), QStringLiteral("--meeting"),
                 QString::number(m_fixture->meeting), QStringLiteral("--out"), out,
                 QStringLiteral("--password-file"), pwFile, QStringLiteral("--json"),
                 QStringLiteral("--again")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(QStringLiteral("password_protected")).toBool());
    const QString file = o.value(QStringLiteral("files"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("file"))
                             .toString();
    QVERIFY(test::pdfText(file).first != 0);
    QCOMPARE(test::pdfText(file, "open sesame").first, 0);
    QVERIFY(!r.out.contains("sesame"));
}

void TestLettersCli::emlFormat()
{
    const QString out = freshFolder();
    Run r = cli({QStringLiteral("letters"), QStringLiteral("--child"),
                 QString::number(m_fixture->zoe), QStringLiteral("--out"), out,
                 QStringLiteral("--format"), QStringLiteral("eml"), QStringLiteral("--again")});
    QCOMPARE(r.code, 0);
    const QStringList files = QDir(out).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().endsWith(QLatin1String(".eml")));
    QFile f(QDir(out).filePath(files.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray mail = f.readAll();
    QVERIFY(mail.contains("\r\nX-Unsent: 1\r\n"));
    QVERIFY(mail.contains("To: \"Pat Lead\" <dsl@acorns.example.org>\r\n"));
}

void TestLettersCli::badUsage()
{
    const QString out = freshFolder();
    const QList<QStringList> bad = {
        {QStringLiteral("letters"), QStringLiteral("--out"), out},
        {QStringLiteral("letters"), QStringLiteral("--child"), QStringLiteral("1"),
         QStringLiteral("--received"), QStringLiteral("2024-07-25"), QStringLiteral("--out"), out},
        {QStringLiteral("letters"), QStringLiteral("--child"), QStringLiteral("1")},
        {QStringLiteral("letters"), QStringLiteral("--child"), QStringLiteral("1"),
         QStringLiteral("--out"), out + QStringLiteral("/missing")},
        {QStringLiteral("letters"), QStringLiteral("--child"), QStringLiteral("1"),
         QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("docx")},
        {QStringLiteral("letters"), QStringLiteral("--child"), QStringLiteral("1"),
         QStringLiteral("--out"), out, QStringLiteral("--password-file"),
         out + QStringLiteral("/nope.txt")},
        {QStringLiteral("letters"), QStringLiteral("--child"), QStringLiteral("1"),
         QStringLiteral("--out"), out, QStringLiteral("--kind"), QStringLiteral("memo")},
        {QStringLiteral("letters"), QStringLiteral("--meeting"), QStringLiteral("999"),
         QStringLiteral("--out"), out},
    };
    for (const QStringList &args : bad) {
        Run r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                         QString::number(r.code)));
        QVERIFY(r.err.startsWith(QLatin1String("encompass-cli: ")));
    }
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 0);
    // The message says which: a folder that is missing, or a file where a folder should be.
    Run missing = cli({QStringLiteral("letters"), QStringLiteral("--child"), QStringLiteral("1"),
                       QStringLiteral("--out"), out + QStringLiteral("/missing")});
    QVERIFY2(missing.err.contains(QLatin1String("does not exist")), qPrintable(missing.err));
    QFile file(out + QStringLiteral("/a-file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Run notFolder = cli({QStringLiteral("letters"), QStringLiteral("--child"), QStringLiteral("1"),
                         QStringLiteral("--out"), file.fileName()});
    QCOMPARE(notFolder.code, 2);
    QVERIFY2(notFolder.err.contains(QLatin1String("is not a folder")), qPrintable(notFolder.err));
}

// The same letters a second time: refused (exit status 1) with what the log holds, nothing
// written; written and logged with --again.
void TestLettersCli::secondCopyRefusedUnlessAgain()
{
    const QString out = freshFolder();
    const QStringList args = {QStringLiteral("letters"), QStringLiteral("--child"),
                              QString::number(m_fixture->noah), QStringLiteral("--out"), out};
    Run first = cli(args + QStringList{QStringLiteral("--again")});
    QCOMPARE(first.code, 0);
    const qint64 logged =
        Sql::scalar(m_fixture->db->sql(), QStringLiteral("SELECT count(*) FROM disclosure"))
            ->toLongLong();
    Run refused = cli(args);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("refused")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("already sent")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("Brook Childminding")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("--again")), qPrintable(refused.err));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 1);
    QCOMPARE(Sql::scalar(m_fixture->db->sql(), QStringLiteral("SELECT count(*) FROM disclosure"))
                 ->toLongLong(),
             logged);
    Run again = cli(args + QStringList{QStringLiteral("--again")});
    QCOMPARE(again.code, 0);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2);
}

QTEST_MAIN(TestLettersCli)
#include "test_letters_cli.moc"
