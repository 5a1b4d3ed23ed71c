// encompass-screenshots OUTDIR: renders the main screens on demo data to PNG,
// offscreen, at the sizes the README shows.

#include "MainWindow.h"
#include "MessageBox.h"
#include "TrackerPage.h"
#include "child/ChildRecordPage.h"
#include "commands/Editor.h"
#include "demo/DemoGenerator.h"
#include "dialogs/PpnDialog.h"
#include "import/ImportPage.h"
#include "import/ImportWizard.h"
#include "letters/LettersPage.h"
#include "letters/TemplateEditor.h"
#include "reports/ReportsPage.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace enc;

namespace {

bool save(QWidget *w, const QString &path)
{
    QApplication::processEvents();
    const bool ok = w->grab().save(path);
    printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("ENCOMPASS_USER", "screenshots");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EncompassTrackerScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Encompass Tracker"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = Database::open(path);
        if (!db)
            return 2;
        DemoOptions options;
        options.children = 300;
        options.seed = 1;
        if (!DemoGenerator::generate(**db, options))
            return 2;
    }
    ui::MainWindow window(path);
    if (!window.openDatabase())
        return 2;
    window.resize(1600, 1000);
    window.show();
    bool ok = save(&window, out + QStringLiteral("/tracker.png"));

    // The child record: an escalated child, to show the story.
    auto escalated = Sql::scalar(window.database()->sql(),
                                 QStringLiteral("SELECT id FROM child WHERE escalated = 1 ORDER BY "
                                                "ppn_count DESC, id LIMIT 1"));
    window.openChild(escalated && !escalated->isNull() ? escalated->toLongLong() : 1);
    ok = save(&window, out + QStringLiteral("/child-record.png")) && ok;

    ui::PpnDialog dialog(*window.database(), *window.editor(), window.childPage()->childId(),
                         &window);
    QTest::keyClicks(dialog.referenceEdit(), QStringLiteral("NICHE-2026-0099881"));
    dialog.resize(700, 680);
    dialog.show();
    ok = save(&dialog, out + QStringLiteral("/ppn-dialog.png")) && ok;
    dialog.hide();

    window.showTracker();
    window.trackerPage()->searchEdit()->setText(QStringLiteral("ev"));
    QTest::qWait(300);
    ok = save(&window, out + QStringLiteral("/tracker-search.png")) && ok;

    // Reports for the demo's last two years (counted on a worker thread).
    window.showPage(QStringLiteral("Reports"));
    if (auto *reports = window.findChild<ui::ReportsPage *>()) {
        const QDate today = QDate::currentDate();
        reports->setPeriod(today.addYears(-2), today);
        for (int i = 0; i < 300 && reports->isBuilding(); ++i)
            QTest::qWait(100);
        QTest::qWait(200);
        ok = save(&window, out + QStringLiteral("/reports.png")) && ok;
    }

    // The letter template editor's design view.
    window.showPage(QStringLiteral("Letters"));
    if (auto *letters = window.findChild<ui::LettersPage *>()) {
        ui::TemplateEditor *editor = letters->templateEditor();
        if (auto *tabs = qobject_cast<QTabWidget *>(editor->parentWidget()->parentWidget()))
            tabs->setCurrentWidget(editor);
        QTest::qWait(200);
        ok = save(&window, out + QStringLiteral("/letter-template.png")) && ok;
    }

    // The import: the columns mapped over the file's first rows, then the review before
    // commit. One child of the file is already on the tracker, the others are new.
    auto known = Sql::run(window.database()->sql(),
                          QStringLiteral("SELECT forename, surname, date_of_birth FROM child "
                                         "ORDER BY id LIMIT 1"));
    if (known && known->next()) {
        const QDate yesterday = QDate::currentDate().addDays(-1);
        const QString dob =
            QDate::fromString(known->value(2).toString(), Qt::ISODate).toString(u"dd/MM/yyyy");
        const QString day = yesterday.toString(u"dd/MM/yyyy");
        QStringList lines{QStringLiteral("Occurrence Number,Incident Date,Time,Child Forename,"
                                         "Child Surname,DOB,School,DASH Risk,Presence")};
        lines << QStringLiteral("NICHE-26-1001,%1,22:40,%2,%3,%4,,Medium,Present")
                     .arg(day, known->value(0).toString(), known->value(1).toString(), dob);
        lines << QStringLiteral("NICHE-26-1002,%1,01:15,Nia,Castell,14/03/2023,,Standard,"
                                "Present")
                     .arg(day);
        lines << QStringLiteral("NICHE-26-1002,%1,01:15,Osian,Castell,02/09/2021,,Standard,"
                                "Witnessed")
                     .arg(day);
        lines << QStringLiteral("NICHE-26-1003,31/02/2026,18:05,Poppy,Marsh,05/05/2022,,High,"
                                "Present");
        QFile csv(dir.filePath(QStringLiteral("police-daily.csv")));
        if (csv.open(QIODevice::WriteOnly))
            csv.write(lines.join(QStringLiteral("\r\n")).toUtf8());
        csv.close();
        window.showPage(QStringLiteral("Import"));
        ui::ImportWizard *wizard = window.importPage()->wizard();
        wizard->openFile(csv.fileName());
        ok = QTest::qWaitFor([wizard] { return !wizard->isBusy(); }, 60000) && ok;
        ok = save(&window, out + QStringLiteral("/import-mapping.png")) && ok;
        wizard->check();
        ok = QTest::qWaitFor([wizard] { return !wizard->isBusy(); }, 60000) && ok;
        ok = save(&window, out + QStringLiteral("/import-review.png")) && ok;
    }
    return ok ? 0 : 1;
}
