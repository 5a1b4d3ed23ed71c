// encompass-safety-worker: a desk in a separate process, for the crash and two-desk tests.
//
//   encompass-safety-worker edit DB SEED
//       Loops for ever editing the children named "Crash Worker *" (made when missing) and
//       adding PPNs. Each change is printed only after its COMMIT returned, flushed, as
//         add CHILD_ID 1 | edit CHILD_ID VERSION CASE_REF | ppn POLICE_REF
//       so whatever the test reads after killing the process was committed.
//   encompass-safety-worker edit-early DB SEED
//       The same, but reporting each edit before its COMMIT: the test's proof that it
//       notices a lost change.
//   encompass-safety-worker desk DB SEED SECONDS
//       One of two desks writing at once for SECONDS: edits the shared children ("Shared *",
//       made by the test), its own child and adds PPNs, each edit starting from the version
//       it read. Prints "edit CHILD_ID VERSION" after each committed edit, then one line
//         summary {"writes":..,"stale":..,"retries":..,"errors":..}
//       Errors (anything but a stale-edit refusal) are printed to stderr.
//   encompass-safety-worker read DB SEED SECONDS
//       The third desk: lists the tracker, opens records and builds the agenda for SECONDS,
//       then prints a summary with reads and errors.

#include "meeting/AgendaBuilder.h"
#include "repo/ChildQuery.h"
#include "repo/Children.h"
#include "repo/Ppns.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace enc;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

QList<Id> childrenNamed(Database &db, const QString &forename)
{
    QList<Id> ids;
    auto q = Sql::run(db.sql(),
                      QStringLiteral("SELECT id FROM child WHERE forename = :f AND archived_at "
                                     "IS NULL ORDER BY id"),
                      {{QStringLiteral("f"), forename}});
    if (q) {
        while (q->next())
            ids << q->value(0).toLongLong();
    }
    return ids;
}

Child newChild(const QString &forename, int n)
{
    Child c;
    c.forename = forename;
    c.surname = QStringLiteral("Desk%1").arg(n);
    c.dateOfBirth = QDate(2022, 1 + n % 12, 1 + n % 28);
    c.settingKnown = SettingKnown::Unknown;
    return c;
}

// Adds a PPN linking child; the reference is unique to this worker run.
Result<Saved> addPpn(Database &db, const QString &reference, Id child)
{
    Ppn p;
    p.policeReference = reference;
    p.incidentDate = QDate::currentDate().addDays(-1);
    p.receivedOn = QDate::currentDate();
    p.risk = DashRisk::Standard;
    p.children = {PpnChild{child, Presence::Present}};
    return Ppns(db).add(p);
}

// early: the wrong way round, for the harness's own test: each edit is reported inside
// its transaction, before COMMIT, so a kill there loses a change the test was told about.
int edit(Database &db, quint32 seed, bool early)
{
    QRandomGenerator random(seed);
    const QString forename = QStringLiteral("Crash Worker");
    Children children(db);
    QList<Id> ids = childrenNamed(db, forename);
    while (ids.size() < 8) {
        auto saved = children.add(newChild(forename, int(ids.size())));
        if (!saved) {
            complain(saved.errorText());
            return 1;
        }
        ids << saved->id;
        say(QStringLiteral("add %1 1").arg(saved->id));
    }
    for (quint64 n = 0;; ++n) {
        const Id id = ids.at(int(random.bounded(quint32(ids.size()))));
        if (random.bounded(4) == 0) {
            const QString ref = QStringLiteral("CW/%1/%2").arg(seed).arg(n);
            auto saved = addPpn(db, ref, id);
            if (!saved) {
                complain(saved.errorText());
                return 1;
            }
            say(QStringLiteral("ppn ") + ref);
            continue;
        }
        auto child = children.get(id);
        if (!child) {
            complain(child.errorText());
            return 1;
        }
        child->caseReference = QStringLiteral("CW-%1-%2").arg(seed).arg(n);
        child->socialWorker = QStringLiteral("Worker %1").arg(n);
        const QString report = QStringLiteral("edit %1 %2 %3")
                                   .arg(id)
                                   .arg(child->version + 1)
                                   .arg(child->caseReference);
        Status s = db.transaction([&]() -> Status {
            auto saved = children.update(*child);
            if (!saved)
                return saved.error();
            if (early) {
                say(report);
                QThread::msleep(5);
            }
            return {};
        });
        if (!s) {
            complain(s.errorText());
            return 1;
        }
        if (!early)
            say(report);
    }
}

int desk(Database &db, quint32 seed, int seconds)
{
    QRandomGenerator random(seed);
    Children children(db);
    const QList<Id> shared = childrenNamed(db, QStringLiteral("Shared"));
    QList<Id> own = childrenNamed(db, Audit::currentUser());
    if (shared.isEmpty()) {
        complain(QStringLiteral("no shared children"));
        return 1;
    }
    qint64 writes = 0;
    qint64 stale = 0;
    qint64 errors = 0;
    const qint64 retriesBefore = Database::busyRetries();
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    for (quint64 n = 0; !deadline.hasExpired(); ++n) {
        const quint32 op = random.bounded(10);
        if (op == 0 || own.isEmpty()) {
            // A new child of this desk's own.
            auto saved = children.add(newChild(Audit::currentUser(), int(n)));
            if (!saved) {
                ++errors;
                complain(QStringLiteral("add: ") + saved.errorText());
                continue;
            }
            own << saved->id;
            ++writes;
            continue;
        }
        if (op == 1) {
            const Id id = random.bounded(2) ? shared.at(int(random.bounded(quint32(shared.size()))))
                                            : own.at(int(random.bounded(quint32(own.size()))));
            auto saved = addPpn(
                db, QStringLiteral("%1/%2/%3").arg(Audit::currentUser()).arg(seed).arg(n), id);
            if (!saved) {
                ++errors;
                complain(QStringLiteral("ppn: ") + saved.errorText());
                continue;
            }
            ++writes;
            continue;
        }
        // An edit of a shared child (mostly) or one of its own, from the version it read,
        // after a moment's "typing" so that the other desk can get in first.
        const Id id = op < 8 ? shared.at(int(random.bounded(quint32(shared.size()))))
                             : own.at(int(random.bounded(quint32(own.size()))));
        auto child = children.get(id);
        if (!child) {
            ++errors;
            complain(QStringLiteral("get: ") + child.errorText());
            continue;
        }
        QThread::usleep(random.bounded(20000));
        child->caseReference = QStringLiteral("%1-%2").arg(Audit::currentUser()).arg(n);
        auto saved = children.update(*child);
        if (!saved) {
            const Error &e = saved.error();
            if (e.field == QLatin1String("version") &&
                e.message.contains(QLatin1String("was changed by"))) {
                ++stale;
                say(QStringLiteral("stale %1 ").arg(id) + e.message);
            } else {
                ++errors;
                complain(QStringLiteral("edit: ") + e.message);
            }
            continue;
        }
        ++writes;
        say(QStringLiteral("edit %1 %2").arg(id).arg(child->version + 1));
    }
    const QJsonObject summary{{QStringLiteral("writes"), writes},
                              {QStringLiteral("stale"), stale},
                              {QStringLiteral("retries"), Database::busyRetries() - retriesBefore},
                              {QStringLiteral("errors"), errors}};
    say(QStringLiteral("summary ") +
        QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    return 0;
}

int read(Database &db, quint32 seed, int seconds)
{
    QRandomGenerator random(seed);
    qint64 reads = 0;
    qint64 errors = 0;
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    Children children(db);
    while (!deadline.hasExpired()) {
        ChildFilter filter;
        auto rows = ChildQuery::find(db.sql(), filter, 200);
        if (!rows) {
            ++errors;
            complain(QStringLiteral("list: ") + rows.errorText());
            continue;
        }
        ++reads;
        if (!rows->isEmpty()) {
            const Id id = rows->at(int(random.bounded(quint32(rows->size())))).id;
            auto child = children.get(id);
            if (!child) {
                ++errors;
                complain(QStringLiteral("get: ") + child.errorText());
            } else {
                ++reads;
            }
        }
        // Not yet on a server: the agenda's SQL says INDEXED BY (issue 21, another part).
        if (!db.onServer() && random.bounded(5) == 0) {
            auto agenda = AgendaBuilder(db).build(QDate::currentDate(), 20);
            if (!agenda) {
                ++errors;
                complain(QStringLiteral("agenda: ") + agenda.errorText());
            } else {
                ++reads;
            }
        }
        (void)db.dataVersion();
    }
    const QJsonObject summary{{QStringLiteral("reads"), reads},
                              {QStringLiteral("retries"), Database::busyRetries()},
                              {QStringLiteral("errors"), errors}};
    say(QStringLiteral("summary ") +
        QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        complain(QStringLiteral("usage: encompass-safety-worker edit|desk|read DB SEED [SECONDS]"));
        return 2;
    }
    auto db = Database::open(args.at(2), Database::Mode::OpenExisting);
    if (!db) {
        complain(db.errorText());
        return 1;
    }
    const quint32 seed = args.at(3).toUInt();
    const int seconds = args.size() > 4 ? args.at(4).toInt() : 30;
    if (args.at(1) == QLatin1String("edit"))
        return edit(**db, seed, false);
    if (args.at(1) == QLatin1String("edit-early"))
        return edit(**db, seed, true);
    if (args.at(1) == QLatin1String("desk"))
        return desk(**db, seed, seconds);
    if (args.at(1) == QLatin1String("read"))
        return read(**db, seed, seconds);
    complain(QStringLiteral("unknown mode ") + args.at(1));
    return 2;
}
