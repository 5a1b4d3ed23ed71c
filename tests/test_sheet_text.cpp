// The one writer of CSV and clipboard text: a cell that begins like a formula gets a ' and is
// quoted (OWASP's CSV injection rule), numbers the code holds stay numbers, and a field that
// holds a separator, quote or line break is quoted so it cannot start a new cell.

#include "ExportCheck.h"
#include "export/SheetText.h"

#include <QTest>

using namespace enc;
using namespace enc::test::exports;
using namespace Qt::StringLiterals;

class TestSheetText : public QObject
{
    Q_OBJECT

private slots:
    void formulaStartsGetAQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << u"=1+1"_s << u"\"'=1+1\""_s;
        QTest::newRow("plus") << u"+SUM(1+1)"_s << u"\"'+SUM(1+1)\""_s;
        QTest::newRow("minus") << u"-2+3"_s << u"\"'-2+3\""_s;
        QTest::newRow("at") << u"@SUM(1)"_s << u"\"'@SUM(1)\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("spaces first") << u"  =1"_s << u"\"'  =1\""_s;
        QTest::newRow("full-width equals")
            << QStringLiteral("\uFF1D1+1") << QStringLiteral("\"'\uFF1D1+1\"");
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"click\")"_s
                                   << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""_s;
        QTest::newRow("text that looks like a negative number") << u"-3"_s << u"\"'-3\""_s;
        QTest::newRow("plain name") << u"Siân"_s << u"Siân"_s;
        QTest::newRow("a comma") << u"KHAN, Sara"_s << u"\"KHAN, Sara\""_s;
        QTest::newRow("a semicolon") << u"a;=1+1"_s << u"\"a;=1+1\""_s;
        QTest::newRow("a quote inside") << u"O\"Brien"_s << u"\"O\"\"Brien\""_s;
        QTest::newRow("equals inside") << u"Smith=1"_s << u"Smith=1"_s;
        QTest::newRow("empty") << u""_s << u""_s;
    }
    void formulaStartsGetAQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(SheetText::csvField(text), field);
        QCOMPARE(SheetText::startsLikeFormula(text),
                 formulaLike(text) || text.startsWith(QChar(0xFF1D)));
    }

    // A figure the code computed is a number, whatever its sign; text never is.
    void numbersStayNumbers()
    {
        QCOMPARE(SheetText::csvField(qint64(-3)), QStringLiteral("-3"));
        QCOMPARE(SheetText::csvField(-3), QStringLiteral("-3"));
        QCOMPARE(SheetText::csvField(-2.5), QStringLiteral("-2.5"));
        QCOMPARE(SheetText::csvField(1.0, 1), QStringLiteral("1.0"));
        QCOMPARE(SheetText::csvField(QStringLiteral("-3")), QStringLiteral("\"'-3\""));
    }

    void csvFileReadsBackAsText()
    {
        const QByteArray csv = SheetText::csv(
            {{QStringLiteral("Name"), QStringLiteral("PPNs")}, {}, {hostileNames().at(0), 2}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1), QStringList{QString()});
        QCOMPARE(rows.at(2), (QStringList{QLatin1Char('\'') + hostileNames().at(0), u"2"_s}));
    }

    // Clipboard text: one line per row, cells apart by tabs, none begins like a formula.
    void clipboardTextHasNoFormula()
    {
        QList<QVariantList> rows{{QStringLiteral("Name"), QStringLiteral("Age")}};
        for (const QString &name : hostileNames())
            rows << QVariantList{name, 3};
        rows << QVariantList{QStringLiteral("two\tcells\nand a line"), 4};
        const QString tsv = SheetText::tsv(rows);
        const QList<QStringList> read = parseCsv(tsv.toUtf8(), QLatin1Char('\t'));
        QCOMPARE(read.size(), rows.size());
        for (const QStringList &row : read)
            QCOMPARE(row.size(), 2);
        QVERIFY2(formulaCells(read).isEmpty(), qPrintable(formulaCells(read).join(u'\n')));
        QCOMPARE(read.at(1).at(0), QStringLiteral("'=HYPERLINK(\"http://x\",\"click\")"));
        QCOMPARE(read.last().at(0), QStringLiteral("two cells and a line"));
    }
};

QTEST_GUILESS_MAIN(TestSheetText)
#include "test_sheet_text.moc"
