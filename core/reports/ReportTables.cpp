#include "reports/ReportTables.h"

#include "domain/DateInput.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ReportTables", text);
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

// Small-number suppression of counts about children. Meetings and attendance are about
// the partners, not children, and are never suppressed.
class Suppressor
{
public:
    explicit Suppressor(bool on) : m_on(on) {}

    bool hides(qint64 n) const { return m_on && n >= 1 && n <= 4; }
    bool hidesAny(std::initializer_list<qint64> counts) const
    {
        for (qint64 n : counts) {
            if (hides(n))
                return true;
        }
        return false;
    }
    bool hidesAny(const QList<qint64> &counts) const
    {
        for (qint64 n : counts) {
            if (hides(n))
                return true;
        }
        return false;
    }
    QVariant count(qint64 n) const
    {
        return hides(n) ? QVariant(ReportTables::smallMarker()) : QVariant(n);
    }
    // A total of parts: hidden when any part is, or subtraction would give the part back.
    QVariant total(qint64 n, const QList<qint64> &parts) const
    {
        if (hidesAny(parts))
            return ReportTables::hiddenMarker();
        return count(n);
    }
    // A derived figure: hidden when any count it is computed from is suppressed.
    QVariant derived(double value, bool hidden) const
    {
        return hidden ? QVariant(ReportTables::hiddenMarker()) : QVariant(round1(value));
    }

private:
    bool m_on = false;
};

double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? part * 100.0 / whole : 0.0;
}

QVariantList row(std::initializer_list<QVariant> cells)
{
    return QVariantList(cells);
}

ReportTable monthTable(const QString &key, const QString &title, const QString &sheet,
                       const QString &valueTitle, const QList<MonthCount> &months,
                       const Suppressor &s, ReportChart::Kind kind)
{
    ReportTable t{
        key, title, sheet, {{tr("Month"), CellKind::Month}, {valueTitle, CellKind::Count}},
        {},  {},    {}};
    for (const MonthCount &m : months)
        t.rows.append(row({m.month, s.count(m.count)}));
    t.chart = {kind, 0, {1}, valueTitle};
    return t;
}

ReportTable summary(const Report &r, const Suppressor &s)
{
    QList<qint64> monthCounts;
    for (const MonthCount &m : r.ppnsPerMonth)
        monthCounts << m.count;
    QList<qint64> escalationCounts;
    for (const MonthCount &m : r.escalationsPerMonth)
        escalationCounts << m.count;
    QList<qint64> outcomeCounts;
    qint64 decisions = 0;
    for (const OutcomeCount &o : r.outcomes) {
        outcomeCounts << o.count;
        decisions += o.count;
    }
    const RepeatFigures &rp = r.repeats;
    const QList<qint64> buckets{rp.once, rp.twice, rp.threeTimes, rp.fourOrMore};
    ReportTable t{QStringLiteral("summary"),
                  tr("Summary"),
                  tr("Summary"),
                  {{tr("Figure"), CellKind::Text}, {tr("Value"), CellKind::Count}},
                  {},
                  {},
                  tr("Meetings and attendance are about the partners, not children, and are "
                     "never suppressed.")};
    t.rows = {
        row({tr("PPNs (incidents in the period)"), s.total(r.ppns, monthCounts)}),
        row({tr("PPNs: domestic abuse"),
             s.total(r.ppnsDomesticAbuse, {r.ppnsDomesticAbuse, r.ppnsMissingChild})}),
        row({tr("PPNs: missing child"),
             s.total(r.ppnsMissingChild, {r.ppnsDomesticAbuse, r.ppnsMissingChild})}),
        row({tr("Children with a PPN"), s.total(rp.children, buckets)}),
        row({tr("Children with 2 or more PPNs"),
             s.total(rp.repeat(), {rp.twice, rp.threeTimes, rp.fourOrMore})}),
        row({tr("Escalations triggered"), s.total(r.escalations, escalationCounts)}),
        row({tr("Triage decisions"), s.total(decisions, outcomeCounts)}),
        row({tr("Meetings held"), r.meetings.held}),
        row({tr("Meetings quorate"), r.meetings.quorate}),
        row({tr("Meetings quorate (%)"), round1(percent(r.meetings.quorate, r.meetings.held))}),
    };
    return t;
}

ReportTable areas(const Report &r, const Suppressor &s)
{
    ReportTable t{QStringLiteral("areas"),
                  tr("Children's PPNs by area (top %1)").arg(r.top),
                  tr("By area"),
                  {{tr("Area"), CellKind::Text},
                   {tr("Children's PPNs"), CellKind::Count},
                   {tr("Children"), CellKind::Count},
                   {tr("Child population"), CellKind::Count},
                   {tr("Children per 1,000"), CellKind::Rate}},
                  {},
                  {ReportChart::Kind::HorizontalBar, 0, {1}, tr("Children's PPNs")},
                  tr("Each child of a PPN counts: a PPN about two siblings counts twice. The "
                     "rate, children with a PPN per 1,000 children, is given where the area's "
                     "child population is entered.")};
    for (const PlaceCount &p : r.areas) {
        t.rows.append(
            row({p.name, s.count(p.ppns), s.count(p.children),
                 p.hasRate() ? QVariant(p.population) : QVariant(),
                 p.hasRate() ? s.derived(p.ratePer1000(), s.hides(p.children)) : QVariant()}));
    }
    return t;
}

ReportTable settings(const Report &r, const Suppressor &s)
{
    ReportTable t{QStringLiteral("settings"),
                  tr("Children's PPNs by setting (top %1)").arg(r.top),
                  tr("By setting"),
                  {{tr("Setting"), CellKind::Text},
                   {tr("Area"), CellKind::Text},
                   {tr("Children's PPNs"), CellKind::Count},
                   {tr("Children"), CellKind::Count}},
                  {},
                  {ReportChart::Kind::HorizontalBar, 0, {2}, tr("Children's PPNs")},
                  tr("By the child's current setting: each child's PPN is a notification due to "
                     "the setting.")};
    for (const PlaceCount &p : r.settings)
        t.rows.append(row({p.name, p.area, s.count(p.ppns), s.count(p.children)}));
    return t;
}

ReportTable noSetting(const Report &r, const Suppressor &s)
{
    ReportTable t{QStringLiteral("no_setting"),
                  tr("Children without a known setting"),
                  tr("No setting"),
                  {{tr("Reason"), CellKind::Text},
                   {tr("Children's PPNs"), CellKind::Count},
                   {tr("Children"), CellKind::Count}},
                  {},
                  {ReportChart::Kind::Bar, 0, {2}, tr("Children")},
                  tr("These children need following up to find who can support them.")};
    for (const PlaceCount &p : r.noSetting)
        t.rows.append(row({p.name, s.count(p.ppns), s.count(p.children)}));
    return t;
}

ReportTable repeats(const Report &r, const Suppressor &s)
{
    const RepeatFigures &rp = r.repeats;
    ReportTable t{QStringLiteral("repeats"),
                  tr("Children by number of PPNs in the period"),
                  tr("Repeat PPNs"),
                  {{tr("PPNs in the period"), CellKind::Text}, {tr("Children"), CellKind::Count}},
                  {},
                  {ReportChart::Kind::Bar, 0, {1}, tr("Children")},
                  {}};
    t.rows = {row({tr("1"), s.count(rp.once)}), row({tr("2"), s.count(rp.twice)}),
              row({tr("3"), s.count(rp.threeTimes)}),
              row({tr("4 or more"), s.count(rp.fourOrMore)})};
    return t;
}

// A breakdown whose shares would give away a suppressed count: all shares are hidden then.
ReportTable outcomes(const Report &r, const Suppressor &s)
{
    ReportTable t{QStringLiteral("outcomes"),
                  tr("Triage outcomes"),
                  tr("Triage outcomes"),
                  {{tr("Outcome"), CellKind::Text},
                   {tr("Decisions"), CellKind::Count},
                   {tr("Share (%)"), CellKind::Percent}},
                  {},
                  {ReportChart::Kind::HorizontalBar, 0, {1}, tr("Decisions")},
                  tr("Decisions recorded in the period, by outcome.")};
    qint64 total = 0;
    QList<qint64> counts;
    for (const OutcomeCount &o : r.outcomes) {
        total += o.count;
        counts << o.count;
    }
    const bool hideShares = s.hidesAny(counts);
    for (const OutcomeCount &o : r.outcomes)
        t.rows.append(
            row({o.label, s.count(o.count), s.derived(percent(o.count, total), hideShares)}));
    return t;
}

ReportTable proformas(const Report &r, const Suppressor &s)
{
    const ProformaFigures &p = r.proformas;
    const qint64 notReturned = p.sent - p.returned;
    const bool hidden = s.hidesAny({p.sent, p.returned, notReturned});
    ReportTable t{QStringLiteral("proformas"),
                  tr("Proformas"),
                  tr("Proformas"),
                  {{tr("Figure"), CellKind::Text}, {tr("Value"), CellKind::Count}},
                  {},
                  {},
                  tr("Proformas sent to settings in the period; days from sending to return.")};
    t.rows = {
        row({tr("Sent"), s.total(p.sent, {p.returned, notReturned})}),
        row({tr("Returned"), s.count(p.returned)}),
        row({tr("Not yet returned"), s.count(notReturned)}),
        row({tr("Return rate (%)"), s.derived(percent(p.returned, p.sent), hidden)}),
        row({tr("Mean days to return"),
             p.returned ? s.derived(p.meanDays, s.hides(p.returned)) : QVariant()}),
        row({tr("Median days to return"),
             p.returned ? s.derived(p.medianDays, s.hides(p.returned)) : QVariant()}),
    };
    return t;
}

ReportTable timeliness(const Report &r, const Suppressor &s)
{
    const Timeliness &tm = r.timeliness;
    const bool hideShares = s.hidesAny({tm.sameDay, tm.nextWorkingDay, tm.later, tm.notYet});
    ReportTable t{QStringLiteral("timeliness"),
                  tr("Notification timeliness"),
                  tr("Timeliness"),
                  {{tr("Setting told"), CellKind::Text},
                   {tr("Children's PPNs"), CellKind::Count},
                   {tr("Share (%)"), CellKind::Percent}},
                  {},
                  {ReportChart::Kind::Bar, 0, {1}, tr("Children's PPNs")},
                  tr("From the incident date to the first notification logged for the child: "
                     "the setting should hear by the next working day.")};
    const auto line = [&](const QString &label, qint64 n) {
        t.rows.append(row({label, s.count(n), s.derived(percent(n, tm.total()), hideShares)}));
    };
    line(tr("Same day"), tm.sameDay);
    line(tr("Next working day"), tm.nextWorkingDay);
    line(tr("Later"), tm.later);
    line(tr("Not yet"), tm.notYet);
    return t;
}

ReportTable meetings(const Report &r)
{
    ReportTable t{QStringLiteral("meetings"),
                  tr("Meetings held and quorate"),
                  tr("Meetings"),
                  {{tr("Month"), CellKind::Month},
                   {tr("Held"), CellKind::Count},
                   {tr("Quorate"), CellKind::Count},
                   {tr("Police expected"), CellKind::Count},
                   {tr("Police attended"), CellKind::Count}},
                  {},
                  {ReportChart::Kind::Bar, 0, {1, 2, 4}, tr("Meetings")},
                  tr("Police attend monthly: expected counts the meetings they were due at.")};
    for (const MeetingMonth &m : r.meetings.months) {
        t.rows.append(row({m.month, m.held, m.quorate, m.policeExpected, m.policeAttended}));
    }
    return t;
}

ReportTable attendance(const Report &r)
{
    ReportTable t{QStringLiteral("attendance"),
                  tr("Attendance by agency"),
                  tr("Attendance"),
                  {{tr("Agency"), CellKind::Text},
                   {tr("Expected"), CellKind::Count},
                   {tr("Attended"), CellKind::Count},
                   {tr("Attendance (%)"), CellKind::Percent}},
                  {},
                  {ReportChart::Kind::HorizontalBar, 0, {3}, tr("Attendance (%)")},
                  tr("Attended: present in person or by a deputy.")};
    for (const AgencyAttendance &a : r.meetings.agencies) {
        t.rows.append(
            row({a.agency, a.expected, a.attended, round1(percent(a.attended, a.expected))}));
    }
    return t;
}

} // namespace

QString ReportTables::smallMarker()
{
    return QStringLiteral("<5");
}

QString ReportTables::hiddenMarker()
{
    return QStringLiteral("[c]");
}

bool ReportTables::isMarker(const QVariant &value)
{
    return value.typeId() == QMetaType::QString &&
           (value.toString() == smallMarker() || value.toString() == hiddenMarker());
}

QList<ReportTable> ReportTables::build(const Report &report, bool suppress)
{
    const Suppressor s(suppress);
    return {summary(report, s),
            monthTable(QStringLiteral("ppns_per_month"), tr("PPNs per month"), tr("PPNs per month"),
                       tr("PPNs"), report.ppnsPerMonth, s, ReportChart::Kind::Bar),
            areas(report, s),
            settings(report, s),
            noSetting(report, s),
            repeats(report, s),
            monthTable(QStringLiteral("escalations_per_month"), tr("Escalations per month"),
                       tr("Escalations"), tr("Escalations"), report.escalationsPerMonth, s,
                       ReportChart::Kind::Line),
            outcomes(report, s),
            proformas(report, s),
            timeliness(report, s),
            meetings(report),
            attendance(report)};
}

QString ReportTables::display(const QVariant &value, CellKind kind)
{
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return uk.toString(value.toLongLong());
    case QMetaType::Double:
        return uk.toString(value.toDouble(), 'f', 1);
    case QMetaType::QDate:
        return kind == CellKind::Month ? uk.toString(value.toDate(), QStringLiteral("MMM yyyy"))
                                       : DateInput::format(value.toDate());
    default:
        return value.toString();
    }
}

QString ReportTables::subtitle(const Report &report, bool suppress)
{
    QString text = tr("%1 to %2").arg(DateInput::format(report.from), DateInput::format(report.to));
    if (suppress) {
        text += QLatin1Char(' ') +
                tr("Counts of 1 to 4 are shown as %1; figures that could reveal them as %2.")
                    .arg(smallMarker(), hiddenMarker());
    }
    return text;
}

} // namespace enc
