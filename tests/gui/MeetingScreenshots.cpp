// encompass-meeting-screenshots OUTDIR: renders the operator's meeting screen and the
// presenter screen at 1920x1080 to PNG, offscreen, on a constructed Easter 2026 history.

#include "../test_agenda_fixture.h"
#include "MessageBox.h"
#include "commands/Editor.h"
#include "meeting/AttendancePanel.h"
#include "meeting/MeetingsPage.h"
#include "meeting/PresenterWindow.h"
#include "repo/Directory.h"

#include <QApplication>
#include <QDir>

#include <cstdio>

using namespace enc;

namespace {

bool save(QWidget *w, const QString &path)
{
    QApplication::processEvents();
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);
    test::TempDatabase db;
    if (!db.db)
        return 2;
    Directory dir(*db);
    QList<Id> members;
    const QStringList people = {QStringLiteral("Alex Morgan (Early Help chair)"),
                                QStringLiteral("Bea Hughes (Health visiting)"),
                                QStringLiteral("Cas Patel (Early years)"),
                                QStringLiteral("Dee Owen (Family Hubs)"),
                                QStringLiteral("Eli Rhys (Reducing Parental Conflict)"),
                                QStringLiteral("Fin Lloyd (Action for Children)")};
    for (const QString &p : people) {
        Member m;
        m.name = p.section(QStringLiteral(" ("), 0, 0);
        m.role = p.section(QStringLiteral(" ("), 1).chopped(1);
        members.append(dir.addMember(m)->id);
    }
    Member police;
    police.name = QStringLiteral("PC Sam Example");
    police.role = QStringLiteral("Police");
    police.agencyId = *dir.ensureAgency(QStringLiteral("Police"), true);
    police.commitment = MemberCommitment::Monthly;
    (void)dir.addMember(police);
    test::AgendaHistory history;
    if (!history.build(*db))
        return 2;

    ui::Editor editor(*db);
    ui::MeetingsPage page;
    page.setDatabase(db.db.get(), &editor);
    page.resize(1920, 1080);
    page.show();
    page.openDate(QDate(2026, 4, 10));
    for (int i = 0; i < 4; ++i)
        page.attendancePanel()->setStatus(members[i], AttendanceStatus::Present);
    page.attendancePanel()->setStatus(members[4], AttendanceStatus::Deputy,
                                      QStringLiteral("Jo Deputy"));
    page.attendancePanel()->setStatus(members[5], AttendanceStatus::Apologies);
    page.setCurrentItem(1);
    bool ok = save(&page, QDir(out).filePath(QStringLiteral("meeting-operator.png")));

    ui::PresenterWindow *presenter = page.showPresenter();
    presenter->resize(1920, 1080);
    presenter->setClock([] { return QTime(11, 23); }); // mid-meeting, whenever this runs
    page.setCurrentItem(1);
    ok = save(presenter, QDir(out).filePath(QStringLiteral("meeting-presenter.png"))) && ok;
    presenter->setPrivacy(false);
    ok = save(presenter, QDir(out).filePath(QStringLiteral("meeting-presenter-names.png"))) && ok;
    presenter->close();
    return ok ? 0 : 1;
}
