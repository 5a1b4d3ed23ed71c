// encompass-match-bench: how well the import matches police rows to children on the tracker.
//
//   encompass-match-bench [--children N] [--rows N] [--seed S] [--today yyyy-MM-dd] [--misses]
//
// Puts N synthetic children on a fresh tracker through the import, then plans a file of
// labelled rows through the import's own planner (ImportPlanner and ChildMatcher, as
// encompass-cli import --dry-run does) and counts, against the labels: false merges (a row
// linked to another child), recall (the same child linked, or sent to review with that child
// proposed), the share of same-child rows linked automatically and the share of all rows sent
// to review. The same figures for an exact look-up of name and date of birth (the
// spreadsheet's VLOOKUP, case-insensitive as Excel's is) on the same rows stand beside them.
// Prints JSON to stdout and a table to stderr.

#include "MatchCases.h"

#include "import/ImportCommitter.h"
#include "import/ImportPlanner.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <map>

using namespace enc;

namespace {

// The goals of issue 18.
constexpr double RecallGoal = 0.97;
constexpr double AutomaticGoal = 0.70;
constexpr double ReviewGoal = 0.20;

QString tr(const char *text)
{
    return QCoreApplication::translate("encompass-match-bench", text);
}

// What became of one row.
struct Fate
{
    enum
    {
        New,
        Linked,
        Review
    } what = New;
    qint64 to = -1; // the child linked to or proposed (a label: see truth())
};

// The counts for a set of rows.
struct Tally
{
    int rows = 0;
    int sameChild = 0;
    int falseMerges = 0;
    int linked = 0;      // same child, linked to it
    int reviewRight = 0; // same child, sent to review with it proposed
    int reviewWrong = 0; // sent to review with another child proposed
    int missed = 0;      // same child made a new child
    int review = 0;      // every row sent to review

    void add(qint64 truth, bool same, const Fate &o)
    {
        ++rows;
        sameChild += same ? 1 : 0;
        if (o.what == Fate::Linked) {
            if (o.to != truth)
                ++falseMerges;
            else
                ++linked;
        } else if (o.what == Fate::Review) {
            ++review;
            if (same && o.to == truth)
                ++reviewRight;
            else
                ++reviewWrong;
        } else if (same) {
            ++missed;
        }
    }
    static double share(int part, int whole) { return whole ? double(part) / whole : 0; }
    double recall() const { return share(linked + reviewRight, sameChild); }
    double automatic() const { return share(linked, sameChild); }
    double reviewShare() const { return share(review, rows); }
    bool meetsGoals() const
    {
        return falseMerges == 0 && recall() >= RecallGoal && automatic() >= AutomaticGoal &&
               reviewShare() <= ReviewGoal;
    }
    QJsonObject json() const
    {
        auto round = [](double v) {
            return std::round(v * 10000) / 10000;
        };
        return {{QStringLiteral("rows"), rows},
                {QStringLiteral("same_child_rows"), sameChild},
                {QStringLiteral("false_merges"), falseMerges},
                {QStringLiteral("recall"), round(recall())},
                {QStringLiteral("matched_automatically"), round(automatic())},
                {QStringLiteral("to_review"), round(reviewShare())},
                {QStringLiteral("review_right_child"), reviewRight},
                {QStringLiteral("review_other_child"), reviewWrong},
                {QStringLiteral("same_child_made_new"), missed}};
    }
};

// A row's label: the tracker child's index, or a number of its own for another child.
qint64 truth(const bench::MatchCase &c, int index)
{
    return c.child >= 0 ? c.child : 1000000 + index;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("encompass-match-bench"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures the import's child matching on labelled synthetic rows, beside an exact "
           "name and date of birth look-up."));
    parser.addHelpOption();
    const QCommandLineOption childrenOption(QStringLiteral("children"),
                                            tr("Children on the tracker (default 20000)."), tr("n"),
                                            QStringLiteral("20000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        tr("Police rows to match (default 5000)."), tr("n"),
                                        QStringLiteral("5000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Generator seed (default 1)."),
                                        tr("s"), QStringLiteral("1"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         tr("The date taken as today (yyyy-MM-dd)."), tr("date"),
                                         QStringLiteral("2026-12-07"));
    const QCommandLineOption missesOption(
        QStringLiteral("misses"),
        tr("List the rows linked to another child, and the same child's rows made new or "
           "reviewed with another child proposed."));
    parser.addOptions({childrenOption, rowsOption, seedOption, todayOption, missesOption});
    parser.process(app);
    const int children = parser.value(childrenOption).toInt();
    const int rows = parser.value(rowsOption).toInt();
    const QDate today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
    const bool showMisses = parser.isSet(missesOption);
    if (children < 1 || rows < 1 || !today.isValid()) {
        err << tr("Give a positive --children and --rows and a --today as yyyy-MM-dd.") << '\n';
        return 2;
    }
    const bench::MatchCases cases =
        bench::makeMatchCases(parser.value(seedOption).toULongLong(), children, rows, today);

    QTemporaryDir dir;
    qputenv("ENCOMPASS_USER", "match-bench");
    auto opened = Database::open(dir.filePath(QStringLiteral("match.sqlite")));
    if (!opened) {
        err << opened.errorText() << '\n';
        return 1;
    }
    Database &db = **opened;
    const ImportPlanner::Options options{today, 0, 5};

    // The tracker: one PPN a child, imported a month ago.
    QList<qint64> childIds(cases.tracker.size());
    {
        RowMapper::Output known;
        for (qsizetype i = 0; i < cases.tracker.size(); ++i) {
            const bench::TrackerChild &c = cases.tracker.at(i);
            ImportRow r;
            r.row = int(i) + 2;
            r.reference = QStringLiteral("TR/%1").arg(i + 1);
            r.incidentDate = today.addDays(-30);
            r.forename = c.forename;
            r.surname = c.surname;
            r.dateOfBirth = c.dateOfBirth;
            r.homeAddress = c.address;
            r.postcode = c.postcode;
            known.rows << r;
        }
        auto plan = ImportPlanner(db, options).plan(known);
        if (plan && plan->newChildren.size() != cases.tracker.size())
            plan = Result<ImportPlan>::failure(tr("the tracker's children did not all import"));
        if (Status s = plan
                           ? ImportCommitter(db, today, today.addDays(-30), QStringLiteral("bench"))
                                 .commit(*plan)
                           : Status(plan.error());
            !s) {
            err << s.errorText() << '\n';
            return 1;
        }
        for (const ImportPlan::NewChild &c : plan->newChildren)
            childIds[c.source.row - 2] = c.createdId;
    }
    std::map<qint64, qint64> indexOfChild;
    for (qsizetype i = 0; i < childIds.size(); ++i)
        indexOfChild[childIds.at(i)] = i;

    // The police file, planned as the import plans it.
    RowMapper::Output file;
    QHash<int, int> caseOfRow;
    for (qsizetype i = 0; i < cases.rows.size(); ++i) {
        file.rows << cases.rows.at(i).row;
        caseOfRow.insert(cases.rows.at(i).row.row, int(i));
    }
    QElapsedTimer timer;
    timer.start();
    auto plan = ImportPlanner(db, options).plan(file);
    const qint64 planMs = timer.elapsed();
    if (!plan) {
        err << plan.errorText() << '\n';
        return 1;
    }
    QHash<int, int> newChildOfRow; // a row linked to a new child another row of the file made
    for (const ImportPlan::NewPpn &p : plan->ppns) {
        for (const ImportPlan::Link &l : p.links) {
            if (l.newChild >= 0)
                newChildOfRow.insert(p.first.row, plan->newChildren.at(l.newChild).source.row);
        }
    }

    // The spreadsheet's look-up: name and date of birth as written, case aside.
    QHash<QString, int> lookUp;
    auto lookUpKey = [](const QString &forename, const QString &surname, QDate dob) {
        return (forename + QLatin1Char(' ') + surname).toLower() + QLatin1Char('|') +
               dob.toString(Qt::ISODate);
    };
    for (qsizetype i = cases.tracker.size() - 1; i >= 0; --i) {
        const bench::TrackerChild &c = cases.tracker.at(i);
        lookUp.insert(lookUpKey(c.forename, c.surname, c.dateOfBirth), int(i));
    }

    Tally ours;
    Tally exact;
    QMap<QString, std::pair<Tally, Tally>> byKind;
    for (const RowOutcome &o : plan->report.rows) {
        const int index = caseOfRow.value(o.row, -1);
        if (index < 0)
            continue;
        const bench::MatchCase &c = cases.rows.at(index);
        const qint64 label = truth(c, index);
        Fate mine;
        if (o.status == RowStatus::MatchedChild && o.childId > 0) {
            mine = {Fate::Linked, indexOfChild[o.childId]};
        } else if (o.status == RowStatus::MatchedChild) {
            const int other = caseOfRow.value(newChildOfRow.value(o.row), -1);
            mine = {Fate::Linked, other >= 0 ? truth(cases.rows.at(other), other) : -1};
            if (other == index)
                mine = {}; // the row's own new child
        } else if (o.status == RowStatus::ForReview) {
            mine = {Fate::Review, indexOfChild[o.childId]};
        }
        Fate vlookup;
        const int found =
            lookUp.value(lookUpKey(c.row.forename, c.row.surname, c.row.dateOfBirth), -1);
        if (found >= 0)
            vlookup = {Fate::Linked, found};
        const bool same = c.child >= 0;
        const bool wrong = (mine.what == Fate::Linked && mine.to != label) ||
                           (same && mine.what != Fate::Linked && mine.to != label);
        if (showMisses && wrong) {
            const QString child = same ? cases.tracker.at(c.child).forename + QLatin1Char(' ') +
                                             cases.tracker.at(c.child).surname
                                       : tr("another child");
            err << QStringLiteral("%1: %2 %3 %4 (%5): %6\n")
                       .arg(c.kind, c.row.forename, c.row.surname,
                            c.row.dateOfBirth.toString(Qt::ISODate), child, o.reason);
        }
        ours.add(label, same, mine);
        exact.add(label, same, vlookup);
        byKind[c.kind].first.add(label, same, mine);
        byKind[c.kind].second.add(label, same, vlookup);
    }

    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        kinds.insert(it.key(), QJsonObject{{QStringLiteral("matcher"), it->first.json()},
                                           {QStringLiteral("exact_lookup"), it->second.json()}});
    }
    const QJsonObject result{
        {QStringLiteral("children"), int(cases.tracker.size())},
        {QStringLiteral("rows"), int(cases.rows.size())},
        {QStringLiteral("seed"), parser.value(seedOption).toLongLong()},
        {QStringLiteral("today"), today.toString(Qt::ISODate)},
        {QStringLiteral("plan_ms"), planMs},
        {QStringLiteral("goals"),
         QJsonObject{{QStringLiteral("false_merges"), 0},
                     {QStringLiteral("recall_at_least"), RecallGoal},
                     {QStringLiteral("matched_automatically_at_least"), AutomaticGoal},
                     {QStringLiteral("to_review_at_most"), ReviewGoal}}},
        {QStringLiteral("matcher"), ours.json()},
        {QStringLiteral("exact_lookup"), exact.json()},
        {QStringLiteral("matcher_meets_goals"), ours.meetsGoals()},
        {QStringLiteral("by_kind"), kinds}};

    auto line = [&err](const QString &name, const Tally &t) {
        err << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(name, -36)
                   .arg(t.rows, 6)
                   .arg(t.falseMerges, 7)
                   .arg(QString::number(100 * t.recall(), 'f', 1), 7)
                   .arg(QString::number(100 * t.automatic(), 'f', 1), 7)
                   .arg(QString::number(100 * t.reviewShare(), 'f', 1), 7)
                   .arg(t.missed, 6);
    };
    err << QStringLiteral("%1   rows  merges recall%   auto% review%   new\n").arg(QString(), -35);
    line(tr("matcher, all rows"), ours);
    line(tr("exact look-up, all rows"), exact);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        line(it.key(), it->first);
        line(QStringLiteral("  ") + tr("exact look-up"), it->second);
    }
    err.flush();

    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(result).toJson());
    return ours.meetsGoals() ? 0 : 1;
}
