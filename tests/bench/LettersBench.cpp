// Figures for issue 6: 500 letters to PDF (filled template, letterhead, page numbers, files
// written with QSaveFile, disclosure log) against a bare QPdfWriter loop writing the same
// text, in the same process. Usage: encompass-letters-bench [letters] [--password]

#include "demo/DemoGenerator.h"
#include "letters/LetterDocument.h"
#include "letters/LetterExporter.h"
#include "letters/LetterSelection.h"
#include "letters/LetterTemplates.h"
#include "repo/Options.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>

using namespace enc;

namespace {

// The same text, drawn with QPainter::drawText onto A4 pages: no template, no layout engine.
qint64 bareLoop(const QStringList &texts, const QString &folder)
{
    QElapsedTimer t;
    t.start();
    int n = 0;
    for (const QString &text : texts) {
        QFile file(QStringLiteral("%1/bare-%2.pdf").arg(folder).arg(++n));
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        QPainter p(&writer);
        QFont font;
        font.setFamilies({QStringLiteral("Roboto"), QStringLiteral("DejaVu Sans")});
        font.setPointSizeF(10.5);
        p.setFont(font);
        const QRect page = writer.pageLayout().paintRectPixels(300);
        p.drawText(page, Qt::TextWordWrap, text);
        p.end();
    }
    return t.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("ENCOMPASS_USER", "bench");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int wanted = args.size() > 1 && args.at(1).toInt() > 0 ? args.at(1).toInt() : 500;
    const bool password = args.contains(QStringLiteral("--password"));

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorText()));
        return 2;
    }
    Database &db = **opened;
    DemoOptions demo;
    demo.children = wanted * 2;
    demo.today = QDate(2026, 11, 20);
    if (auto s = DemoGenerator::generate(db, demo); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorText()));
        return 2;
    }
    Options options(db.sql());
    if (!options.setValue(QStringLiteral("office.name"), QStringLiteral("Early Help Office")) ||
        !options.setValue(QStringLiteral("office.address"),
                          QStringLiteral("1 Civic Way\nExampletown EX1 1AA")))
        return 2;

    // One letter per child with a known setting and a PPN.
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT c.id FROM child c WHERE c.setting_known = "
                                               "'known' AND c.ppn_count > 0 ORDER BY c.id"));
    LetterSelection selection(db);
    QList<LetterEntry> entries;
    while (q->next() && entries.size() < wanted) {
        auto e = selection.child(q->value(0).toLongLong());
        if (e)
            entries += *e;
    }
    if (entries.size() < wanted)
        std::fprintf(stderr, "only %lld children with a setting\n", qlonglong(entries.size()));

    const QString outDir = dir.filePath(QStringLiteral("letters"));
    const QString bareDir = dir.filePath(QStringLiteral("bare"));
    QDir().mkpath(outDir);
    QDir().mkpath(bareDir);

    LetterRequest request;
    request.perChild = true;
    request.folder = outDir;
    request.today = demo.today;
    if (password)
        request.password = "bench password";
    QElapsedTimer t;
    t.start();
    auto run = LetterExporter(db).write(entries, request);
    const qint64 lettersMs = t.elapsed();
    if (!run) {
        std::fprintf(stderr, "%s\n", qPrintable(run.errorText()));
        return 1;
    }
    const int letters = int(run->written.size());

    // The same text for the bare loop (prepared outside the timing).
    auto tmpl = LetterTemplates(db).current(LetterKind::Notification);
    const OfficeDetails office = OfficeDetails::fromOptions(Options(db.sql()));
    auto plan = selection.plan(entries, true);
    QStringList texts;
    for (const PlannedLetter &l : plan->letters) {
        auto doc = LetterDocument::build(
            LetterExporter::html(*tmpl, l, office, LetterFieldOptions{}, request.today), office);
        texts << doc->toPlainText();
    }
    const qint64 bareMs = bareLoop(texts, bareDir);

    // Where the time goes, on the first 100 letters.
    qint64 htmlNs = 0, layoutNs = 0, pdfNs = 0;
    for (qsizetype i = 0; i < plan->letters.size() && i < 100; ++i) {
        QElapsedTimer s;
        s.start();
        const QString html = LetterExporter::html(*tmpl, plan->letters.at(i), office,
                                                  LetterFieldOptions{}, request.today);
        htmlNs += s.nsecsElapsed();
        s.restart();
        auto doc = LetterDocument::build(html, office);
        layoutNs += s.nsecsElapsed();
        s.restart();
        LetterDocument::toPdf(*doc, QStringLiteral("x"));
        pdfNs += s.nsecsElapsed();
    }
    std::printf("per letter (first 100) template %.2f ms, build %.2f ms, layout+PDF %.2f ms\n",
                htmlNs / 1e8, layoutNs / 1e8, pdfNs / 1e8);

    qint64 bytes = 0;
    for (const WrittenLetter &w : run->written)
        bytes += QFileInfo(w.path).size();
    const double perSecond = lettersMs > 0 ? letters * 1000.0 / lettersMs : 0;
    const double barePerSecond = bareMs > 0 ? texts.size() * 1000.0 / bareMs : 0;
    std::printf("letters written        %d (%s), %lld bytes, %d disclosure entries\n", letters,
                password ? "AES-256 protected" : "not protected", bytes, letters);
    std::printf("letters pipeline       %lld ms, %.1f letters/s (target: 500 in < 10 s)\n",
                lettersMs, perSecond);
    std::printf("bare QPdfWriter loop   %lld ms, %.1f letters/s\n", bareMs, barePerSecond);
    std::printf("ratio                  %.2fx the bare loop's time\n",
                bareMs > 0 ? double(lettersMs) / double(bareMs) : 0.0);
    return letters >= wanted && lettersMs < 10000 * wanted / 500 ? 0 : 1;
}
