#include "demo/DemoModel.h"

#include <QSet>

#include <algorithm>

namespace enc::demo {

namespace {

constexpr int BandMaxDays = 2189;     // under 6 years old
constexpr int OlderMaxDays = 2919;    // a few older siblings, up to 7
constexpr int SpacingDays = 47;       // 3 PPNs this far apart never share a 3-month window
constexpr double ClusterShare = 0.05; // households with 3-4 PPNs within 3 months

int pickArea(Random &rng, const Plan &plan)
{
    int total = 0;
    for (const PlanArea &a : plan.areas)
        total += a.weight;
    int r = rng.between(0, total - 1);
    for (int i = 0; i < int(plan.areas.size()); ++i) {
        if (r < plan.areas[i].weight)
            return i;
        r -= plan.areas[i].weight;
    }
    return 0;
}

QString pickSurname(Random &rng)
{
    const QString first = rng.pick(names::surnames());
    if (!rng.chance(0.08))
        return first;
    QString second = rng.pick(names::surnames());
    if (second == first || second.contains(QLatin1Char(' ')))
        return first;
    return first + QLatin1Char('-') + second;
}

QString postcode(Random &rng, const PlanArea &area)
{
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    // One draw per statement: the order of draws must not depend on the compiler.
    const int district = area.districtBase + rng.between(0, 3);
    const int sector = rng.between(1, 9);
    const QChar first = letters[rng.between(0, int(letters.size()) - 1)];
    const QChar second = letters[rng.between(0, int(letters.size()) - 1)];
    return QStringLiteral("ZT%1 %2").arg(district).arg(sector) + first + second;
}

QString streetLine(Random &rng)
{
    const int number = rng.between(1, 180);
    const QString street = rng.pick(names::streets());
    const QString kind = rng.pick(names::streetKinds());
    QString line = QStringLiteral("%1 %2 %3").arg(number).arg(street, kind);
    if (rng.chance(0.12))
        line = tr("Flat %1, %2").arg(rng.between(1, 24)).arg(line);
    return line;
}

void makeAreas(Random &rng, Plan &plan, int children)
{
    const int count = std::clamp(6 + children / 15000, 6, 12);
    for (int i = 0; i < count; ++i)
        plan.areas.push_back({names::localities()[i], 1 + i * 4, rng.between(5, 20), 0, 0});
}

void makeSettings(Random &rng, Plan &plan, int children)
{
    static const QStringList types = {QStringLiteral("nursery"), QStringLiteral("childminder"),
                                      QStringLiteral("school nursery class"),
                                      QStringLiteral("pre-school"),
                                      QStringLiteral("health visitor team")};
    const int count = std::max(4, (children + 12) / 25);
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        PlanSetting s;
        s.area = i < int(plan.areas.size()) ? i : pickArea(rng, plan);
        const int type = rng.weighted({35, 25, 20, 12, 8});
        s.type = types[type];
        s.urn = QString::number(100000 + i * 8 + rng.between(0, 7));
        const QString town = plan.areas[s.area].name;
        s.dslName = names::person(rng);
        s.deputyName = names::person(rng);
        QString host = QStringLiteral("setting%1.example.org").arg(s.urn);
        switch (type) {
        case 0:
            s.name = rng.pick(names::settingWords());
            s.name += rng.chance(0.5) ? tr(" Day Nursery") : tr(" Nursery");
            break;
        case 1:
            s.name = tr("%1 (childminder)").arg(s.dslName);
            s.deputyName.clear();
            break;
        case 2:
            s.name = tr("%1 Primary School Nursery Class").arg(rng.pick(names::streets()));
            host = QStringLiteral("setting%1.sch.example.org").arg(s.urn);
            break;
        case 3:
            s.name = tr("%1 Pre-school").arg(rng.pick(names::settingWords()));
            break;
        default:
            s.name = tr("%1 Health Visiting Team").arg(town);
            host = QStringLiteral("hvteam%1.nhs.example.org").arg(s.urn);
            break;
        }
        QString name = s.name + QStringLiteral(", ") + town;
        for (int n = 2; used.contains(name); ++n)
            name = s.name + QStringLiteral(" (%1), ").arg(n) + town;
        used.insert(name);
        s.name = name;
        s.dslEmail = QStringLiteral("dsl@") + host;
        if (!s.deputyName.isEmpty())
            s.deputyEmail = QStringLiteral("deputy.dsl@") + host;
        s.phone = QStringLiteral("01632 960%1").arg(rng.between(0, 999), 3, 10, QLatin1Char('0'));
        if (!rng.chance(0.1))
            s.verifiedOn = plan.today.addDays(-rng.between(0, 540));
        plan.settings.push_back(std::move(s));
    }
}

void makeChild(Random &rng, Plan &plan, PlanHousehold &h, const QString &surname, int ageDays,
               const std::vector<std::vector<int>> &settingsByArea, bool socialCare,
               const QString &worker)
{
    PlanChild c;
    c.household = int(plan.households.size());
    const bool girl = rng.chance(0.5);
    const QStringList &pool = girl ? names::girls() : names::boys();
    do {
        c.forename = rng.pick(pool);
    } while (std::any_of(plan.children.begin() + h.firstChild, plan.children.end(),
                         [&](const PlanChild &o) { return o.forename == c.forename; }));
    c.gender =
        rng.chance(0.08) ? QString() : (girl ? QStringLiteral("Female") : QStringLiteral("Male"));
    c.surname = rng.chance(0.85) ? surname : pickSurname(rng);
    c.dob = plan.today.addDays(-ageDays);
    const std::vector<int> &local = settingsByArea[h.area];
    if (rng.chance(0.95) && !local.empty()) {
        c.settingKnown = QStringLiteral("known");
        const bool shareWithSibling =
            h.childCount > 0 && plan.children.back().setting >= 0 && rng.chance(0.4);
        c.setting = shareWithSibling ? plan.children.back().setting
                                     : local[rng.between(0, int(local.size()) - 1)];
    } else {
        static const QStringList reasons = {
            QStringLiteral("not_in_setting"), QStringLiteral("unknown"),
            QStringLiteral("out_of_area"), QStringLiteral("home_educated")};
        c.settingKnown = reasons[rng.weighted({45, 30, 15, 10})];
    }
    c.socialCare = socialCare;
    c.socialWorker = worker;
    if (socialCare)
        c.caseReference = QStringLiteral("MOS-%1").arg(rng.between(1000000, 9999999));
    else if (rng.chance(0.35))
        c.caseReference = QStringLiteral("EHM-%1").arg(rng.between(100000, 999999));
    plan.children.push_back(std::move(c));
    ++h.childCount;
    ++plan.areas[h.area].children;
}

void makeHouseholds(Random &rng, Plan &plan, int children)
{
    std::vector<std::vector<int>> settingsByArea(plan.areas.size());
    for (int i = 0; i < int(plan.settings.size()); ++i)
        settingsByArea[plan.settings[i].area].push_back(i);
    plan.children.reserve(size_t(children));
    while (int(plan.children.size()) < children) {
        PlanHousehold h;
        h.area = pickArea(rng, plan);
        h.address = streetLine(rng) + QStringLiteral(", ") + plan.areas[h.area].name;
        h.postcode = postcode(rng, plan.areas[h.area]);
        h.firstChild = int(plan.children.size());
        const int size =
            std::min(1 + rng.weighted({45, 33, 15, 7}), children - int(plan.children.size()));
        const int limit = rng.chance(0.03) ? OlderMaxDays : BandMaxDays;
        const QString surname = pickSurname(rng);
        const bool socialCare = rng.chance(0.05);
        const QString worker = socialCare ? names::person(rng) : QString();
        // Ages from the youngest up; eldest first in the table.
        QList<int> ages{rng.between(14, BandMaxDays - (size - 1) * 300)};
        while (int(ages.size()) < size) {
            const int next = ages.last() + (rng.chance(0.03) ? 0 : rng.between(300, 900));
            if (next > limit)
                break;
            ages << next;
        }
        std::reverse(ages.begin(), ages.end());
        for (int age : ages)
            makeChild(rng, plan, h, surname, age, settingsByArea, socialCare, worker);
        plan.households.push_back(std::move(h));
    }
}

// k dates in [from, to] at least SpacingDays apart (k already fits).
QList<QDate> spacedDates(Random &rng, QDate from, QDate to, int k)
{
    const int free = int(from.daysTo(to)) - (k - 1) * SpacingDays;
    QList<int> offsets;
    for (int i = 0; i < k; ++i)
        offsets << rng.between(0, std::max(0, free));
    std::sort(offsets.begin(), offsets.end());
    QList<QDate> out;
    for (int i = 0; i < k; ++i)
        out << from.addDays(offsets[i] + i * SpacingDays);
    return out;
}

PlanPpn makePpn(Random &rng, const Plan &plan, int household, QDate incident)
{
    PlanPpn p;
    p.household = household;
    p.incident = incident;
    if (rng.chance(0.88)) {
        static const std::initializer_list<int> hourWeights = {4, 3, 2, 2, 1, 1, 1, 1, 2, 2, 2, 3,
                                                               3, 3, 3, 4, 5, 6, 8, 9, 9, 8, 7, 5};
        const int hour = rng.weighted(hourWeights);
        p.time = QTime(hour, rng.between(0, 59));
    }
    p.received = std::min(plan.today, incident.addDays(rng.weighted({35, 50, 15})));
    p.risk = Risk(rng.weighted({55, 33, 7, 5}));
    p.crime = quint8(rng.weighted({60, 37, 3}));
    p.missingChild = rng.chance(0.03);
    p.elsewhere = rng.chance(0.15);
    if (p.risk != Risk::Unknown && rng.chance(0.6)) {
        static const int low[] = {0, 10, 14};
        static const int high[] = {9, 13, 24};
        p.dash = rng.between(low[int(p.risk)], high[int(p.risk)]);
    }
    return p;
}

void makePpns(Random &rng, Plan &plan)
{
    const QDate last = plan.today.addDays(-1);
    std::vector<QDate> windowStart(plan.households.size());
    QList<int> eligible;
    for (int i = 0; i < int(plan.households.size()); ++i) {
        const PlanHousehold &h = plan.households[i];
        const QDate youngest = plan.children[size_t(h.firstChild + h.childCount - 1)].dob;
        windowStart[size_t(i)] = std::max(plan.periodStart, youngest.addDays(1));
        if (windowStart[size_t(i)].daysTo(last) >= 150)
            eligible << i;
    }
    // Repeat clusters: an exact share of households, most of them recent enough to be live.
    const int clusters = std::min(int(eligible.size()),
                                  std::max(1, int(plan.households.size() * ClusterShare + 0.5)));
    std::vector<int> clusterKind(plan.households.size(), 0); // 0 none, 1 recent, 2 older
    for (int i = 0; i < clusters; ++i) {
        const int j = rng.between(i, int(eligible.size()) - 1);
        std::swap(eligible[i], eligible[j]);
        clusterKind[size_t(eligible[i])] = i < (clusters * 6 + 9) / 10 ? 1 : 2;
    }
    plan.ppns.reserve(plan.households.size() * 5);
    for (int i = 0; i < int(plan.households.size()); ++i) {
        const QDate from = windowStart[size_t(i)];
        const int length = int(from.daysTo(last));
        QList<QDate> dates;
        if (clusterKind[size_t(i)] != 0) {
            const int span = rng.between(20, 80);
            QDate end = last.addDays(-rng.between(0, 59));
            if (clusterKind[size_t(i)] == 2 && length > span + 130)
                end = from.addDays(span + rng.between(0, length - span - 130));
            const QDate start = end.addDays(-span);
            dates << start << end;
            const int inside = rng.chance(0.3) ? 2 : 1;
            for (int n = 0; n < inside; ++n)
                dates << start.addDays(rng.between(1, span - 1));
            const int before = rng.weighted({50, 30, 20});
            const QDate room = start.addDays(-100);
            if (before > 0 && from.daysTo(room) >= (before - 1) * SpacingDays)
                dates << spacedDates(rng, from, room, before);
        } else {
            const int bucket = rng.weighted({30, 15, 18, 22, 15});
            static const int lo[] = {1, 2, 3, 6, 11};
            static const int hi[] = {1, 2, 5, 10, 16};
            const int k = std::min(rng.between(lo[bucket], hi[bucket]), 1 + length / SpacingDays);
            dates = spacedDates(rng, from, last, std::max(1, k));
        }
        for (const QDate &d : dates)
            plan.ppns.push_back(makePpn(rng, plan, i, d));
    }
    std::stable_sort(plan.ppns.begin(), plan.ppns.end(), [](const PlanPpn &a, const PlanPpn &b) {
        if (a.incident != b.incident)
            return a.incident < b.incident;
        return a.time < b.time;
    });
    // Occurrence numbers rise through each year, with gaps for the force's other incidents.
    int year = 0;
    int number = 0;
    for (PlanPpn &p : plan.ppns) {
        if (p.incident.year() != year) {
            year = p.incident.year();
            number = rng.between(100, 5000);
        }
        number += rng.between(1, 12);
        p.reference = QStringLiteral("NICHE-%1-%2").arg(year).arg(number, 7, 10, QLatin1Char('0'));
    }
}

} // namespace

Plan makePlan(Random &rng, int children, QDate today)
{
    Plan plan;
    plan.today = today;
    plan.periodStart = today.addYears(-4);
    makeAreas(rng, plan, children);
    makeSettings(rng, plan, children);
    makeHouseholds(rng, plan, children);
    makePpns(rng, plan);
    return plan;
}

std::vector<PlanMember> makeMembers()
{
    // Modelled on an Operation Encompass 0-5 terms of reference; every name is invented.
    const auto m = [](const char *name, const char *role, const char *agency, const char *email,
                      const char *commitment, const char *key) {
        return PlanMember{QString::fromUtf8(name),
                          tr(role),
                          tr(agency),
                          QString::fromUtf8(email),
                          QString::fromUtf8(commitment),
                          QString::fromUtf8(key)};
    };
    return {
        m("Bethan Marlowe",
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Chair: Assistant Team Manager, Early Help"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Early Help"),
          "bethan.marlowe@council.example.org", "always", "chair"),
        m("Imran Castell",
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Deputy Chair: Early Help Service Manager"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Early Help"),
          "imran.castell@council.example.org", "always", "deputy"),
        m("Joanne Treharne",
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Operation Encompass Coordinator"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Early Help"),
          "joanne.treharne@council.example.org", "always", "coordinator"),
        m("Femi Adebayo-Clarke",
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Business Support Officer"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Early Help"),
          "femi.adebayo-clarke@council.example.org", "always", "bso"),
        m("Rosa Penhaligon", QT_TRANSLATE_NOOP("enc::DemoGenerator", "Health Visitor Team Lead"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Health Visiting Service"),
          "rosa.penhaligon@nhs.example.org", "always", "hvlead"),
        m("Ngozi Ellery",
          QT_TRANSLATE_NOOP("enc::DemoGenerator",
                            "Specialist Community Public Health Nurse (Health Visitor)"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Health Visiting Service"),
          "ngozi.ellery@nhs.example.org", "always", "hv"),
        m("Claire Fenwick-Hart", QT_TRANSLATE_NOOP("enc::DemoGenerator", "Early Years Adviser"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Early Years and Education"),
          "claire.fenwick-hart@council.example.org", "always", "earlyyears"),
        m("Marek Zawadzki", QT_TRANSLATE_NOOP("enc::DemoGenerator", "Family Hubs Worker"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Family Hubs"),
          "marek.zawadzki@familyhubs.example.org", "always", "familyhub"),
        m("Lowri Pendry",
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Reducing Parental Conflict Coordinator"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Early Help"), "lowri.pendry@council.example.org",
          "always", "rpc"),
        m("Daniel Okoro", QT_TRANSLATE_NOOP("enc::DemoGenerator", "Area Coordinator"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Action for Children"),
          "daniel.okoro@afc.example.org", "always", "afc"),
        m("Gareth Voss",
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Sergeant, Public Protection Unit"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Police"), "gareth.voss@police.example.org",
          "monthly", "police"),
        m("Samira Haddad",
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Independent Domestic Violence Adviser"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Domestic Abuse Service"),
          "samira.haddad@dasupport.example.org", "always", "da"),
        m("Aled Morrow", QT_TRANSLATE_NOOP("enc::DemoGenerator", "School Nurse"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "School Nursing"), "aled.morrow@nhs.example.org",
          "optional", "schoolnurse"),
        m("Meera Vaswani",
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Consultant Social Worker, MASH"),
          QT_TRANSLATE_NOOP("enc::DemoGenerator", "Children's Social Care (MASH)"),
          "meera.vaswani@council.example.org", "optional", "mash"),
    };
}

} // namespace enc::demo
