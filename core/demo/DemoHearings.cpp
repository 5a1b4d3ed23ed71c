#include "demo/DemoModel.h"

#include "demo/BulkWrite.h"
#include "domain/MeetingSchedule.h"
#include "domain/Quorum.h"
#include "domain/WorkingDays.h"
#include "storage/RowInsert.h"
#include "storage/Sql.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace enc::demo {

namespace {

struct HeldMeeting
{
    QDate date;
    Id id = 0;
    QString chair;
    bool quorate = true;
    bool review = false;
};

enum Outcome
{
    Nfa,
    Universal,
    ProformaOutcome,
    Eha,
    Rpc,
    FamilyHub,
    SpecialistDa,
    HvFollowUp,
    InformSw,
    Mash,
    Marac,
    OutcomeCount
};

const char *const OutcomeCodes[OutcomeCount] = {
    "nfa",           "universal",    "proforma",  "eha",  "rpc",  "family_hub",
    "specialist_da", "hv_follow_up", "inform_sw", "mash", "marac"};

// Working days, precomputed once: bank holidays are computed on every call otherwise.
class Calendar
{
public:
    Calendar(QDate from, QDate to) : m_from(from)
    {
        for (QDate d = from; d <= to; d = d.addDays(1))
            m_working.push_back(WorkingDays::isWorkingDay(d));
    }
    bool isWorkingDay(QDate d) const
    {
        const qint64 i = m_from.daysTo(d);
        if (i >= 0 && i < qint64(m_working.size()))
            return m_working[size_t(i)];
        return WorkingDays::isWorkingDay(d);
    }
    QDate addWorkingDays(QDate d, int n) const
    {
        while (n > 0) {
            d = d.addDays(1);
            if (isWorkingDay(d))
                --n;
        }
        return d;
    }

private:
    QDate m_from;
    std::vector<bool> m_working;
};

struct Texts
{
    QStringList rationale[OutcomeCount];
    QString action[OutcomeCount];
    QString share;
    QString healthCheck;
    QStringList summaries;
    QStringList voices;
};

Texts makeTexts()
{
    Texts t;
    t.rationale[Nfa] = {
        tr("Notification %1 for this child. The setting reports the child is settled and well "
           "supported; information shared, no further action."),
        tr("Notification %1. Partners hold no further concerns; record for information only.")};
    t.rationale[Universal] = {
        tr("Notification %1. Needs can be met by universal services; parent signposted to local "
           "support.")};
    t.rationale[ProformaOutcome] = {
        tr("Notification %1. Setting asked to complete a proforma so the group hears how the "
           "child presents day to day."),
        tr("Notification %1. Proforma to setting to gather the child's voice and any changes "
           "noticed.")};
    t.rationale[Eha] = {tr("Notification %1. Emerging needs across the family; an Early Help "
                           "Assessment will be offered.")};
    t.rationale[Rpc] = {tr("Notification %1. Parental conflict below the threshold of abuse; "
                           "Reducing Parental Conflict offer agreed.")};
    t.rationale[FamilyHub] = {tr("Notification %1. Family would benefit from parenting support "
                                 "at the Family Hub.")};
    t.rationale[SpecialistDa] = {tr("Notification %1. Adult victim to be offered specialist "
                                    "domestic abuse support.")};
    t.rationale[HvFollowUp] = {tr("Notification %1. Young child; health visitor to follow up at "
                                  "the next contact.")};
    t.rationale[InformSw] = {tr("Notification %1. Child already open to children's social care; "
                                "allocated worker to be informed.")};
    t.rationale[Mash] = {tr("Notification %1. Concerns are rising; chair to refer to MASH after "
                            "discussion with partners.")};
    t.rationale[Marac] = {tr("Notification %1. High risk incident: Marac referral; Operation "
                             "Encompass is not the route for high risk.")};
    t.action[Nfa] = tr("Share notification with the setting's DSL");
    t.action[Universal] = tr("Signpost parent to universal services and local support");
    t.action[ProformaOutcome] = tr("Send proforma to setting and track its return");
    t.action[Eha] = tr("Offer Early Help Assessment to parent and record the response");
    t.action[Rpc] = tr("Send Reducing Parental Conflict offer to parents");
    t.action[FamilyHub] = tr("Refer family to the Family Hub for parenting support");
    t.action[SpecialistDa] = tr("Refer adult victim to the specialist domestic abuse service");
    t.action[HvFollowUp] = tr("Health visitor to make a targeted contact");
    t.action[InformSw] = tr("Inform the allocated social worker of the notification");
    t.action[Mash] = tr("Submit a referral to MASH");
    t.action[Marac] = tr("Complete the Marac referral and inform MASH");
    t.healthCheck = tr("Check health records and update the group");
    t.summaries = {tr("Child is settled and attends regularly; no changes noticed."),
                   tr("Child has seemed tired and withdrawn on some mornings; key person "
                      "keeping a closer eye."),
                   tr("Attendance has dropped this month; setting has spoken with the parent."),
                   tr("Child is happy and playing well with friends; parent shared the incident "
                      "with staff."),
                   tr("Some unsettled behaviour at drop-off; setting is using a calm "
                      "transition routine.")};
    t.voices = {tr("\"I like playing in the sand with my friends.\""),
                tr("Child drew a picture of their family and talked about the dog."),
                tr("\"Mummy was sad.\" Child then went back to play."),
                tr("Child too young to share views; key person observed a warm bond with "
                   "parent."),
                tr("\"I don't like it when it's loud at home.\"")};
    return t;
}

int chooseOutcome(Random &rng, const PlanChild &c, const PlanPpn &p, QDate today)
{
    if (c.socialCare && rng.chance(0.75))
        return InformSw;
    if (p.risk == Risk::High)
        return std::array{Marac, Mash, SpecialistDa}[size_t(rng.weighted({45, 35, 20}))];
    const bool young = c.dob.daysTo(today) < 3 * 365;
    const int rpc = p.risk == Risk::Standard ? 7 : (p.risk == Risk::Medium ? 1 : 2);
    return rng.weighted({18, 14, c.setting >= 0 ? 28 : 0, 8, rpc, 9, 6, young ? 14 : 5, 0,
                         1 + (c.heard >= 2 ? 3 : 0), 0});
}

const char *ownerKey(int outcome)
{
    static const char *const keys[OutcomeCount] = {
        "coordinator", "familyhub", "coordinator", "deputy", "rpc",   "familyhub",
        "da",          "hv",        "chair",       "chair",  "police"};
    return keys[outcome];
}

} // namespace

Result<HearingCounts> writeHearings(const QSqlDatabase &db, Plan &plan,
                                    const std::vector<PlanMember> &members, Random &rng,
                                    Progress &progress)
{
    using R = Result<HearingCounts>;
    HearingCounts counts;
    const Texts texts = makeTexts();
    const Calendar calendar(plan.periodStart.addDays(-7), plan.today.addDays(90));
    QHash<QString, const PlanMember *> byKey;
    for (const PlanMember &m : members)
        byKey.insert(m.key, &m);

    Id outcomeIds[OutcomeCount] = {};
    for (int i = 0; i < OutcomeCount; ++i) {
        auto id = Sql::scalar(db, QStringLiteral("SELECT id FROM outcome WHERE code = :code"),
                              {{QStringLiteral("code"), QString::fromLatin1(OutcomeCodes[i])}});
        if (!id)
            return id.error();
        if (id->isNull())
            return R::failure(tr("The outcome list has no \"%1\" entry.")
                                  .arg(QString::fromLatin1(OutcomeCodes[i])));
        outcomeIds[i] = id->toLongLong();
    }

    const auto columns = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    const auto schedule = MeetingSchedule::between(plan.periodStart, plan.today.addDays(-1));
    // A decision for most children (more are taken if need be).
    auto meetingIds = NewIds::reserve(db, QStringLiteral("meeting"), schedule.size());
    auto decisionIds = NewIds::reserve(db, QStringLiteral("decision"), plan.children.size());
    if (!meetingIds)
        return meetingIds.error();
    if (!decisionIds)
        return decisionIds.error();
    BulkWrite meeting(
        db, QStringLiteral("meeting"),
        columns({"id", "date", "starts", "ends", "kind", "chair_member_id", "closed_at"}));
    BulkWrite attend(db, QStringLiteral("attendance"),
                     columns({"meeting_id", "member_id", "status", "deputy_name", "expected"}));
    BulkWrite decision(db, QStringLiteral("decision"),
                       columns({"id", "child_id", "meeting_id", "outcome_id", "rationale",
                                "decided_by", "decided_on", "quorate", "created_at"}));
    BulkWrite action(
        db, QStringLiteral("action"),
        columns({"child_id", "decision_id", "description", "owner_member_id", "owner_text",
                 "due_on", "completed_on", "completed_by", "created_at"}));
    BulkWrite proforma(db, QStringLiteral("proforma"),
                       columns({"child_id", "setting_id", "sent_on", "due_on", "returned_on",
                                "summary", "voice_of_child", "reviewed_meeting_id"}));
    attend.after(&meeting);
    action.after(&decision);
    for (const BulkWrite *w : {&meeting, &attend, &decision, &action, &proforma}) {
        if (!w->status())
            return w->status().error();
    }

    // Meetings on the schedule's days up to yesterday; bank holidays are skipped.
    std::vector<HeldMeeting> held;
    std::vector<size_t> reviews;
    static const QString statuses[] = {QStringLiteral("present"), QStringLiteral("deputy"),
                                       QStringLiteral("apologies"), QStringLiteral("absent")};
    const PlanMember *chair = byKey.value(QStringLiteral("chair"));
    const PlanMember *deputyChair = byKey.value(QStringLiteral("deputy"));
    int month = 0;
    for (const ScheduledMeeting &s : schedule) {
        if (s.skipped)
            continue;
        const bool chairAway = rng.chance(0.06);
        const PlanMember *chairing = chairAway ? deputyChair : chair;
        auto meetingId = meetingIds->take();
        if (!meetingId)
            return meetingId.error();
        const Id id = *meetingId;
        const Status added = meeting.add(
            {id, isoDate(s.date), s.start.toString(QStringLiteral("HH:mm")),
             s.end.toString(QStringLiteral("HH:mm")),
             s.trackingReview ? QStringLiteral("triage_review") : QStringLiteral("triage"),
             chairing->id, stamp(s.date, 12 * 60 + 5)});
        if (!added)
            return added.error();
        const bool policeDue = s.date.month() != month; // monthly: the first meeting of a month
        month = s.date.month();
        QList<Attendance> attendance;
        for (const PlanMember &m : members) {
            Attendance a;
            a.memberId = m.id;
            a.expected = m.commitment == QLatin1String("always") ||
                         (m.commitment == QLatin1String("monthly") && policeDue);
            int status = 3;
            if (&m == chair)
                status = chairAway ? 2 : 0;
            else if (&m == deputyChair && chairAway)
                status = 0;
            else if (a.expected)
                status = rng.weighted({86, 5, 7, 2});
            else if (m.commitment == QLatin1String("optional") && rng.chance(0.2))
                status = 0;
            a.status = AttendanceStatus(status == 1 ? 2 : (status == 2 ? 1 : status));
            a.deputyName = status == 1 ? names::person(rng) : QString();
            attendance << a;
            if (Status st = attend.add({id, m.id, statuses[status], a.deputyName, a.expected}); !st)
                return st.error();
        }
        held.push_back(
            {s.date, id, chairing->name, Quorum::evaluate(attendance).quorate, s.trackingReview});
        if (s.trackingReview)
            reviews.push_back(held.size() - 1);
        ++counts.meetings;
    }
    if (Status st = attend.flush(); !st)
        return st.error();
    const auto firstOnOrAfter = [&](QDate d) {
        return std::lower_bound(held.begin(), held.end(), d,
                                [](const HeldMeeting &m, QDate x) { return m.date < x; });
    };
    const auto reviewAfter = [&](QDate d) -> const HeldMeeting * {
        const auto it = std::upper_bound(reviews.begin(), reviews.end(), d,
                                         [&](QDate x, size_t i) { return x < held[i].date; });
        return it == reviews.end() ? nullptr : &held[*it];
    };

    const QVariant none(QMetaType(QMetaType::QString));
    const qint64 total = qint64(plan.ppns.size());
    for (size_t pi = 0; pi < plan.ppns.size(); ++pi) {
        const PlanPpn &p = plan.ppns[pi];
        if (!progress.report(45, 85, qint64(pi), total))
            return R::failure(tr("Cancelled: nothing was written."));
        const PlanHousehold &h = plan.households[size_t(p.household)];
        const auto at = firstOnOrAfter(p.received);
        for (int ci = h.firstChild; ci < h.firstChild + h.childCount; ++ci) {
            PlanChild &c = plan.children[size_t(ci)];
            if (at == held.end()) {
                c.awaitingHearing = true; // heard at the next meeting
                continue;
            }
            const HeldMeeting &m = *at;
            if (c.lastMeeting == m.id)
                continue; // two PPNs before one meeting: the child is heard once
            c.lastMeeting = m.id;
            const int outcome = chooseOutcome(rng, c, p, plan.today);
            ++c.heard;
            c.lastActivity = std::max(c.lastActivity, m.date);
            const QStringList &why = texts.rationale[outcome];
            const QString rationale = why[rng.between(0, int(why.size()) - 1)].arg(c.heard);
            const QVariant decidedAt = stamp(m.date, 11 * 60 + 5 + rng.between(0, 50));
            auto decisionId = decisionIds->take();
            if (!decisionId)
                return decisionId.error();
            const Id did = *decisionId;
            if (Status st = decision.add({did, c.id, m.id, outcomeIds[outcome], rationale, m.chair,
                                          isoDate(m.date), m.quorate, decidedAt});
                !st)
                return st.error();
            ++counts.decisions;

            struct Planned
            {
                QString text;
                const PlanMember *owner;
                QDate due;
                QDate completed;
                QString ownerText;
            };
            QList<Planned> todo;
            if (outcome == ProformaOutcome) {
                const PlanSetting &setting = plan.settings[size_t(c.setting)];
                const QDate sent =
                    calendar.isWorkingDay(m.date) ? m.date : calendar.addWorkingDays(m.date, 1);
                const QDate due = calendar.addWorkingDays(sent, 10);
                QDate returned;
                if (rng.chance(0.88))
                    returned = calendar.addWorkingDays(sent, rng.between(2, 14));
                if (returned >= plan.today)
                    returned = QDate();
                const HeldMeeting *review = returned.isValid() ? reviewAfter(returned) : nullptr;
                const bool filled = returned.isValid();
                const QString summary = filled ? texts.summaries[rng.between(0, 4)] : QString();
                const QString voice = filled ? texts.voices[rng.between(0, 4)] : QString();
                if (Status st = proforma.add({c.id, setting.id, isoDate(sent), isoDate(due),
                                              isoDate(returned), summary, voice,
                                              review ? QVariant(review->id) : Sql::id(0)});
                    !st)
                    return st.error();
                ++counts.proformas;
                todo << Planned{texts.action[outcome],
                                byKey.value(QStringLiteral("coordinator")),
                                due,
                                review ? review->date : QDate(),
                                {}};
            } else if (outcome != Nfa || rng.chance(0.2)) {
                const QDate due = m.date.addDays(rng.between(5, 20));
                todo << Planned{texts.action[outcome],
                                byKey.value(QString::fromLatin1(ownerKey(outcome))), due, QDate(),
                                outcome == InformSw ? c.socialWorker : QString()};
                if (outcome != Nfa && rng.chance(0.1)) {
                    todo << Planned{texts.healthCheck,
                                    byKey.value(QStringLiteral("hvlead")),
                                    m.date.addDays(rng.between(5, 20)),
                                    QDate(),
                                    {}};
                }
                for (Planned &a : todo) {
                    const qint64 late = a.due.daysTo(plan.today);
                    // Old actions are nearly all done; recent ones are often still open.
                    const double open =
                        late <= 0 ? 0.55 : (late > 180 ? 0.004 : (late > 30 ? 0.04 : 0.15));
                    if (rng.chance(open))
                        continue;
                    const QDate done =
                        m.date.addDays(rng.between(1, int(m.date.daysTo(a.due)) + 7));
                    if (done < plan.today)
                        a.completed = done;
                    else if (late > 0)
                        a.completed = plan.today.addDays(-1);
                }
            }
            for (const Planned &a : todo) {
                const bool complete = a.completed.isValid();
                if (Status st = action.add({c.id, did, a.text, a.owner->id, a.ownerText,
                                            isoDate(a.due), complete ? isoDate(a.completed) : none,
                                            complete ? a.owner->name : QString(), decidedAt});
                    !st)
                    return st.error();
                ++counts.actions;
                if (complete)
                    c.lastActivity = std::max(c.lastActivity, a.completed);
                else
                    ++c.openActions;
            }
        }
    }
    for (BulkWrite *w : {&decision, &action, &proforma}) {
        if (Status st = w->flush(); !st)
            return st.error();
    }
    return counts;
}

} // namespace enc::demo
