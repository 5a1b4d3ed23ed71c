// The minutes as the chair prints them: a demonstration database and encompass-cli as a user
// runs them, the PDF read back by poppler's pdftohtml (the size of every run of text, the
// pages and their numbers), as the office would see it on paper.

#include "CliTestSupport.h"
#include "TestSupport.h"
#include "domain/Records.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace enc;
using namespace enc::test;

namespace {

struct TextRun
{
    int page = 0;
    double size = 0; // points (pdftohtml -zoom 1 rounds to whole points)
    QString text;
};

struct PdfLayout
{
    QList<QSizeF> pages; // points
    QList<TextRun> runs;
    QString error;

    QString pageText(int page) const
    {
        QStringList out;
        for (const TextRun &r : runs)
            if (r.page == page)
                out << r.text;
        return out.join(QLatin1Char('\n'));
    }
};

// Every run of text of the PDF with its font size, by pdftohtml -xml at 72 dots per inch.
PdfLayout readPdf(const QString &path)
{
    PdfLayout layout;
    QProcess p;
    p.start(QStringLiteral("pdftohtml"),
            {QStringLiteral("-xml"), QStringLiteral("-stdout"), QStringLiteral("-i"),
             QStringLiteral("-zoom"), QStringLiteral("1"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        layout.error =
            QStringLiteral("pdftohtml failed: ") + QString::fromUtf8(p.readAllStandardError());
        return layout;
    }
    QXmlStreamReader xml(p.readAllStandardOutput());
    QHash<QString, double> fontSizes;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            layout.pages.append(QSizeF(a.value(QLatin1String("width")).toDouble(),
                                       a.value(QLatin1String("height")).toDouble()));
        } else if (xml.name() == QLatin1String("fontspec")) {
            fontSizes.insert(a.value(QLatin1String("id")).toString(),
                             a.value(QLatin1String("size")).toDouble());
        } else if (xml.name() == QLatin1String("text")) {
            TextRun run;
            run.page = int(layout.pages.size());
            run.size = fontSizes.value(a.value(QLatin1String("font")).toString());
            run.text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            layout.runs.append(run);
        }
    }
    if (xml.hasError())
        layout.error = xml.errorString();
    return layout;
}

} // namespace

class TestMinutesPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printedMinutesAreReadableA4WithPageNumbers();

private:
    QTemporaryDir m_home;
    QString m_db;
};

void TestMinutesPrint::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftohtml")).isEmpty())
        QSKIP("pdftohtml is not installed (scripts/setup installs poppler-utils)");
    m_db = m_home.filePath(QStringLiteral("demo.sqlite"));
    const CliRun demo =
        runCli(m_home.path(), m_db,
               {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("300"),
                QStringLiteral("--today"), QStringLiteral("2026-12-07")});
    QVERIFY2(demo.code == 0, qPrintable(demo.errText()));
}

void TestMinutesPrint::printedMinutesAreReadableA4WithPageNumbers()
{
    // The held meeting with the most decisions: minutes of more than one page.
    Id meeting = 0;
    QString chair;
    QString firstChild;
    {
        auto opened = Database::open(m_db);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        Database &db = **opened;
        auto id = Sql::scalar(db.sql(),
                              QStringLiteral("SELECT meeting_id FROM decision WHERE meeting_id IS "
                                             "NOT NULL GROUP BY meeting_id ORDER BY count(*) DESC, "
                                             "meeting_id DESC LIMIT 1"));
        QVERIFY(id);
        meeting = id->toLongLong();
        auto name = Sql::scalar(db.sql(),
                                QStringLiteral("SELECT m.name FROM meeting g JOIN "
                                               "member m ON m.id = g.chair_member_id "
                                               "WHERE g.id = :m"),
                                {{QStringLiteral("m"), meeting}});
        QVERIFY(name);
        chair = name->toString();
        auto child = Sql::scalar(db.sql(),
                                 QStringLiteral("SELECT c.forename || ' ' || c.surname || '|' || "
                                                "c.id FROM decision d JOIN child c ON c.id = "
                                                "d.child_id WHERE d.meeting_id = :m ORDER BY "
                                                "d.id LIMIT 1"),
                                 {{QStringLiteral("m"), meeting}});
        QVERIFY(child);
        firstChild = child->toString();
    }
    QVERIFY(!chair.isEmpty());

    const QString pdf = m_home.filePath(QStringLiteral("minutes.pdf"));
    const CliRun run = runCli(m_home.path(), m_db,
                              {QStringLiteral("minutes"), QStringLiteral("--meeting"),
                               QString::number(meeting), QStringLiteral("--out"), pdf});
    QVERIFY2(run.code == 0, qPrintable(run.errText()));

    const PdfLayout layout = readPdf(pdf);
    QVERIFY2(layout.error.isEmpty(), qPrintable(layout.error));
    const int pages = int(layout.pages.size());
    for (const QSizeF &page : layout.pages) // A4: 595 x 842 points
        QVERIFY2(qAbs(page.width() - 595) <= 1 && qAbs(page.height() - 842) <= 1,
                 qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));

    // Every run of text is of a size read on paper: 10 points or more, the page footer 8.
    static const QRegularExpression footer(QStringLiteral("^(Page \\d+ of \\d+|OFFICIAL-)"));
    QVERIFY(footer.isValid());
    QVERIFY(!layout.runs.isEmpty());
    for (const TextRun &r : layout.runs)
        QVERIFY2(
            r.size >= (footer.match(r.text).hasMatch() ? 8 : 10),
            qPrintable(QStringLiteral("page %1, %2 pt: %3").arg(r.page).arg(r.size).arg(r.text)));

    // A dozen children heard fill more than one page: each is numbered "Page n of m".
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(
            layout.pageText(page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
            qPrintable(layout.pageText(page)));

    const QString first = layout.pageText(1);
    QVERIFY2(first.contains(QStringLiteral("Chair")) && first.contains(chair), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Quorate")) || first.contains(QStringLiteral("quorate")),
             qPrintable(first));
    // Children by initials and tracker id, as the privacy option says by default.
    const QStringList child = firstChild.split(QLatin1Char('|'));
    QCOMPARE(child.size(), 2);
    QStringList all;
    for (int page = 1; page <= pages; ++page)
        all << layout.pageText(page);
    const QString text = all.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("(id %1)").arg(child.at(1))), qPrintable(text));
    QVERIFY2(!text.contains(child.at(0)), qPrintable(child.at(0)));
}

QTEST_MAIN(TestMinutesPrint)
#include "test_minutes_print.moc"
