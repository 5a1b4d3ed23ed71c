// Figures for issue 6: 500 letters to PDF (filled template, letterhead, page numbers, files
// written with QSaveFile, disclosure log) against a bare QPdfWriter loop writing the same
// text, in the same process. The exporter lays letters out on one thread per core; the bare
// loop is the named baseline on one thread, and is also run on as many threads as ours for
// a like-for-like figure. CPU time (all threads) is shown beside wall time: the machine may
// be busy with other work. Usage:
// encompass-letters-bench [letters] [--password] [--threads N] [--logo | --big-logo]

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
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QThread>
#include <QThreadPool>

#include <sys/resource.h>

#include <atomic>
#include <cstdio>
#include <ctime>

using namespace enc;

namespace {

// CPU time of the whole process (every thread), in ms.
double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

struct Timing
{
    qint64 wallMs = 0;
    double cpuMs = 0;
};

// One letter of the bare loop: the text drawn with QPainter::drawText onto A4 pages, no
// template, no layout engine, no disclosure log.
bool bareLetter(const QString &text, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
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
    return true;
}

// The bare loop over every text, on one thread (the baseline) or on several, each taking the
// next letter.
Timing bareLoop(const QStringList &texts, const QString &folder, int threads)
{
    const double cpu = processCpuMs();
    QElapsedTimer t;
    t.start();
    std::atomic<int> next{0};
    std::atomic<bool> ok{true};
    auto work = [&] {
        for (int i = next++; i < texts.size(); i = next++) {
            if (!bareLetter(texts.at(i), QStringLiteral("%1/bare-%2.pdf").arg(folder).arg(i + 1)))
                ok = false;
        }
    };
    if (threads <= 1) {
        work();
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        for (int i = 0; i < threads; ++i)
            pool.start(work);
        pool.waitForDone();
    }
    if (!ok)
        return {-1, 0};
    return {t.elapsed(), processCpuMs() - cpu};
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
    const bool withLogo = args.contains(QStringLiteral("--logo"));
    const bool bigLogo = args.contains(QStringLiteral("--big-logo"));
    const qsizetype threadsAt = args.indexOf(QStringLiteral("--threads"));
    const int threads = threadsAt > 0 && threadsAt + 1 < args.size()
                            ? std::max(1, args.at(threadsAt + 1).toInt())
                            : QThread::idealThreadCount();

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
    if (withLogo || bigLogo) {
        // A letterhead logo of a usual size (600 x 200 pixels, colour), or a designer's
        // original (1800 x 600).
        QImage logo(bigLogo ? 1800 : 600, bigLogo ? 600 : 200, QImage::Format_RGB32);
        for (int y = 0; y < logo.height(); ++y)
            for (int x = 0; x < logo.width(); ++x)
                logo.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
        const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
        if (!logo.save(logoPath) || !options.setValue(QStringLiteral("office.logo_path"), logoPath))
            return 2;
    }

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
    request.threads = threads;
    const QString loadBefore = loadAverage();
    const double lettersCpu0 = processCpuMs();
    QElapsedTimer t;
    t.start();
    auto run = LetterExporter(db).write(entries, request);
    const qint64 lettersMs = t.elapsed();
    const double lettersCpuMs = processCpuMs() - lettersCpu0;
    if (!run) {
        std::fprintf(stderr, "%s\n", qPrintable(run.errorText()));
        return 1;
    }
    const int letters = int(run->written.size());

    // The same text for the bare loop (prepared outside the timing).
    auto tmpl = LetterTemplates(db).current(LetterKind::Notification);
    const OfficeDetails office = OfficeDetails::fromOptions(Options(db.sql()));
    auto plan = selection.plan(entries, true);
    const QImage logo = LetterDocument::logo(office);
    QStringList texts;
    for (const PlannedLetter &l : plan->letters) {
        auto doc = LetterDocument::build(
            LetterExporter::html(*tmpl, l, office, LetterFieldOptions{}, request.today), office,
            logo);
        texts << doc->toPlainText();
    }
    const Timing bare = bareLoop(texts, bareDir, 1);
    QDir(bareDir).removeRecursively();
    QDir().mkpath(bareDir);
    const Timing bareThreads = threads > 1 ? bareLoop(texts, bareDir, threads) : bare;
    const QString loadAfter = loadAverage();

    // Where one thread's CPU time goes, on the first 100 letters.
    double htmlMs = 0, buildMs = 0, pdfMs = 0;
    const qsizetype sample = std::min<qsizetype>(plan->letters.size(), 100);
    for (qsizetype i = 0; i < sample; ++i) {
        double c = threadCpuMs();
        const QString html = LetterExporter::html(*tmpl, plan->letters.at(i), office,
                                                  LetterFieldOptions{}, request.today);
        htmlMs += threadCpuMs() - c;
        c = threadCpuMs();
        auto doc = LetterDocument::build(html, office, logo);
        buildMs += threadCpuMs() - c;
        c = threadCpuMs();
        LetterDocument::toPdf(*doc, QStringLiteral("x"));
        pdfMs += threadCpuMs() - c;
    }
    if (sample > 0)
        std::printf("per letter CPU (first %lld) template %.2f ms, build %.2f ms, layout+PDF "
                    "%.2f ms\n",
                    qlonglong(sample), htmlMs / sample, buildMs / sample, pdfMs / sample);

    qint64 bytes = 0;
    for (const WrittenLetter &w : run->written)
        bytes += QFileInfo(w.path).size();
    auto perSecond = [](qsizetype n, qint64 ms) {
        return ms > 0 ? n * 1000.0 / ms : 0.0;
    };
    auto ratio = [](double ours, double base) {
        return base > 0 ? ours / base : 0.0;
    };
    std::printf("letters written        %d (%s%s), %lld bytes, %d disclosure entries\n", letters,
                password ? "AES-256 protected" : "not protected",
                bigLogo    ? ", big logo"
                : withLogo ? ", logo"
                           : "",
                bytes, letters);
    std::printf("load average           %s before, %s after (%d cores)\n", qPrintable(loadBefore),
                qPrintable(loadAfter), QThread::idealThreadCount());
    std::printf("letters pipeline       %lld ms wall, %.0f ms CPU, %.1f letters/s, %d thread(s) "
                "(target: 500 in < 10 s)\n",
                lettersMs, lettersCpuMs, perSecond(letters, lettersMs), threads);
    std::printf("bare QPdfWriter loop   %lld ms wall, %.0f ms CPU, %.1f letters/s, 1 thread\n",
                bare.wallMs, bare.cpuMs, perSecond(texts.size(), bare.wallMs));
    if (threads > 1)
        std::printf("bare loop, %d threads  %lld ms wall, %.0f ms CPU, %.1f letters/s\n", threads,
                    bareThreads.wallMs, bareThreads.cpuMs,
                    perSecond(texts.size(), bareThreads.wallMs));
    std::printf("ratio                  %.2fx the bare loop's wall time (ours %d threads, bare 1); "
                "%.2fx its CPU time\n",
                ratio(lettersMs, bare.wallMs), threads, ratio(lettersCpuMs, bare.cpuMs));
    if (threads > 1)
        std::printf("ratio, same threads    %.2fx the %d-thread bare loop's wall time\n",
                    ratio(lettersMs, bareThreads.wallMs), threads);
    return letters >= wanted && lettersMs < 10000 * wanted / 500 ? 0 : 1;
}
