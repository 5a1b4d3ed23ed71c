#include "import/ImportPlanner.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "import/AgeCandidates.h"
#include "import/CellParser.h"
#include "import/ChildMatcher.h"
#include "import/MissedChildren.h"
#include "import/StepClock.h"
#include "repo/Directory.h"
#include "repo/Ppns.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ImportPlanner", text);
}

QString childKeyOfKeys(const QString &forenameKey, const QString &surnameKey, QDate dob)
{
    const QByteArray date = Sql::isoDateUtf8(dob);
    QString key;
    key.reserve(forenameKey.size() + surnameKey.size() + date.size() + 2);
    key.append(forenameKey).append(QLatin1Char('|')).append(surnameKey).append(QLatin1Char('|'));
    key.append(QLatin1String(date));
    return key;
}

// The rows of one reference seen so far, by child key: a reference has a handful of rows.
class SeenInReference
{
public:
    // The row with this child key seen before, or 0 (and the key is remembered).
    int rowBefore(const QString &key, int row)
    {
        for (const auto &[k, r] : m_seen) {
            if (*k == key)
                return r;
        }
        m_seen.append({&key, row});
        return 0;
    }

private:
    QVarLengthArray<std::pair<const QString *, int>, 4> m_seen;
};

QString childKey(const QString &forename, const QString &surname, QDate dob)
{
    return childKeyOfKeys(TextKey::name(forename), TextKey::name(surname), dob);
}

QString childText(const ImportRow &r)
{
    if (!r.dateOfBirth.isValid() && r.age >= 0)
        return tr("%1 %2 (age %3)").arg(r.forename, r.surname).arg(r.age);
    return QStringLiteral("%1 %2 (%3)")
        .arg(r.forename, r.surname, DateInput::format(r.dateOfBirth));
}

// One reference is one incident: its first time stands, and a row timed otherwise says so.
QString timedOtherwise(const ImportRow &r, QTime kept)
{
    return tr("reference %1 is timed %2 on an earlier row but %3 here: the PPN keeps %2")
        .arg(r.reference, kept.toString(QStringLiteral("HH:mm")),
             r.incidentTime.toString(QStringLiteral("HH:mm")));
}

QString typeText(PpnType t)
{
    return t == PpnType::MissingChild ? tr("a missing child") : tr("domestic abuse");
}

int riskRank(DashRisk r)
{
    switch (r) {
    case DashRisk::Standard:
        return 1;
    case DashRisk::Medium:
        return 2;
    case DashRisk::High:
        return 3;
    case DashRisk::Unknown:
        break;
    }
    return 0;
}

} // namespace

struct ImportPlanner::Known
{
    Id id = 0;
    QString reference;
    QDate incidentDate;
    QTime incidentTime;
    PpnType type = PpnType::DomesticAbuse;
    DashRisk risk = DashRisk::Unknown;
    bool archived = false;
    QSet<QString> children; // child keys linked or waiting in the review queue
    QSet<Id> childIds;      // the children linked
};

ImportPlanner::ImportPlanner(Database &db, Options options) : m_db(db), m_options(options) {}

Result<ImportPlanner::SettingMatch> ImportPlanner::setting(const QString &text)
{
    const QString folded = TextKey::name(text);
    if (auto it = m_settings.constFind(folded); it != m_settings.constEnd())
        return *it;
    SettingMatch m;
    m.known = CellParser::settingWord(text);
    if (m.known == SettingKnown::Unknown && !folded.isEmpty()) {
        Directory directory(m_db);
        auto id = directory.findSetting(text);
        if (id && *id == 0 && text != text.toUpper())
            id = directory.findSetting(text.toUpper()); // URNs typed in lower case
        if (!id)
            return id.error();
        if (*id > 0) {
            m.settingId = *id;
            m.known = SettingKnown::Known;
            auto area = Sql::scalar(m_db.sql(),
                                    QStringLiteral("SELECT area_id FROM setting WHERE id = :id"),
                                    {{QStringLiteral("id"), *id}});
            if (!area)
                return area.error();
            m.areaId = area->toLongLong();
        }
    }
    m_settings.insert(folded, m);
    return m;
}

namespace {

QString jsonList(const QJsonArray &values)
{
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QHash<QString, ImportPlanner::Known>> ImportPlanner::lookup(const QStringList &referenceKeys)
{
    // Three statements for the whole file (not three per reference): the recorded PPNs, the
    // children linked to them, and the rows of theirs waiting in the review queue.
    QHash<QString, Known> out;
    QJsonArray keys;
    for (const QString &k : referenceKeys)
        keys.append(k);
    auto q = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT id, police_ref, incident_on, incident_time, risk, "
                       "archived_at, police_ref_key, type FROM ppn WHERE police_ref_key "
                       "IN (") +
            Dialect::jsonTexts(m_db.backend(), QStringLiteral(":keys")) + QStringLiteral(")"),
        {{QStringLiteral("keys"), jsonList(keys)}});
    if (!q)
        return q.error();
    QHash<Id, QString> keyOf;
    QJsonArray ids;
    while (q->next()) {
        Known known;
        known.id = q->value(0).toLongLong();
        known.reference = q->value(1).toString();
        known.incidentDate = Sql::toDate(q->value(2));
        known.incidentTime = QTime::fromString(q->value(3).toString(), QStringLiteral("HH:mm"));
        known.risk = riskFromString(q->value(4).toString());
        known.archived = !q->value(5).isNull();
        known.type = ppnTypeFromString(q->value(7).toString());
        const QString key = q->value(6).toString();
        keyOf.insert(known.id, key);
        ids.append(known.id);
        out.insert(key, known);
    }
    if (ids.isEmpty())
        return out;
    auto links =
        Sql::run(m_db.sql(),
                 QStringLiteral("SELECT pc.ppn_id, c.forename, c.surname, c.date_of_birth, c.id "
                                "FROM ppn_child pc JOIN child c ON c.id = pc.child_id "
                                "WHERE pc.ppn_id IN (") +
                     Dialect::jsonIds(m_db.backend(), QStringLiteral(":ids")) + QStringLiteral(")"),
                 {{QStringLiteral("ids"), jsonList(ids)}});
    if (!links)
        return links.error();
    while (links->next()) {
        Known &k = out[keyOf.value(links->value(0).toLongLong())];
        k.children.insert(childKey(links->value(1).toString(), links->value(2).toString(),
                                   Sql::toDate(links->value(3))));
        k.childIds.insert(links->value(4).toLongLong());
    }
    auto waiting =
        Sql::run(m_db.sql(),
                 QStringLiteral("SELECT ppn_id, data FROM import_review WHERE ppn_id "
                                "IN (") +
                     Dialect::jsonIds(m_db.backend(), QStringLiteral(":ids")) + QStringLiteral(")"),
                 {{QStringLiteral("ids"), jsonList(ids)}});
    if (!waiting)
        return waiting.error();
    while (waiting->next()) {
        const ImportRow r = ImportPlan::rowFromJson(
            QJsonDocument::fromJson(waiting->value(1).toByteArray()).object());
        out[keyOf.value(waiting->value(0).toLongLong())].children.insert(
            childKey(r.forename, r.surname, r.dateOfBirth));
    }
    return out;
}

Result<ImportPlan> ImportPlanner::plan(const RowMapper::Output &mapped)
{
    ImportPlan plan;
    ImportReport &report = plan.report;
    static const bool profile = qEnvironmentVariableIntValue("ENCOMPASS_IMPORT_PROFILE") != 0;
    StepClock clock;
    QStringList laps;
    auto lap = [&](const char *step) {
        if (!profile)
            return;
        const StepClock::Lap t = clock.lap();
        laps << QStringLiteral("%1 %2 ms (%3 CPU)")
                    .arg(QLatin1String(step))
                    .arg(t.wallMs)
                    .arg(t.cpuMs);
    };
    report.rowsRead = int(mapped.rows.size() + mapped.errors.size());
    // A row each: reserved, not grown by copying thousands of rows over and over.
    report.rows.reserve(report.rowsRead);
    plan.newChildren.reserve(mapped.rows.size());
    for (const RowError &e : mapped.errors) {
        RowOutcome o;
        o.row = e.row;
        o.reference = e.reference;
        o.status = RowStatus::Error;
        o.column = e.column;
        o.reason = e.message;
        report.rows.append(std::move(o));
    }

    // Rows sharing a reference are one incident.
    QStringList order;
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < mapped.rows.size(); ++i) {
        const QString key = TextKey::reference(mapped.rows.at(i).reference);
        if (!groups.contains(key))
            order << key;
        groups[key].append(i);
    }

    plan.ppns.reserve(order.size());
    auto knownRefs = lookup(order);
    if (!knownRefs)
        return knownRefs.error();
    lap("references");
    // Each row's names folded once: for matching and for its child key.
    QList<ChildMatcher::Wanted> names;
    QStringList keys;
    names.reserve(mapped.rows.size());
    keys.reserve(mapped.rows.size());
    for (const ImportRow &r : mapped.rows) {
        names.append({TextKey::name(r.forename), TextKey::name(r.surname), r.dateOfBirth});
        keys.append(childKeyOfKeys(names.constLast().forenameKey, names.constLast().surnameKey,
                                   r.dateOfBirth));
    }
    lap("names");
    ChildMatcher matcher(m_db.sql());
    if (Status s = matcher.preload(names); !s)
        return s.error();
    lap("candidates");
    // The same words on thousands of rows: translated once.
    const QString newChild = tr("new child");
    const QString noSettingGiven =
        tr("no school or setting given: the child goes on the no known setting list");
    const QString highRisk = tr("high risk: imported and flagged. Operation Encompass is not the "
                                "route for high risk: make sure the MASH / Marac referral is made");
    QHash<QString, int> plannedChildren; // child key -> index into plan.newChildren
    QHash<QString, int> plannedRows;     // child key -> the row that created it
    QSet<Id> reopened;
    qsizetype done = 0;
    for (const QString &refKey : order) {
        if (m_cancel && m_cancel->load())
            return Result<ImportPlan>::failure(tr("Import cancelled: nothing was written."));
        if (m_progress && (++done % 512 == 0))
            m_progress(int(done), int(order.size()));
        const auto knownIt = knownRefs->constFind(refKey);
        const bool found = knownIt != knownRefs->constEnd();
        static const Known unknown;
        const Known &known = found ? *knownIt : unknown;
        SeenInReference seen;
        const QList<qsizetype> &indexes = groups.value(refKey);

        if (found) {
            // The file's time for the reference, as an import keeps it: the first time among
            // the rows dated as its first row (a row dated otherwise is an error there).
            QTime fileTime;
            const QDate fileDate = mapped.rows.at(indexes.first()).incidentDate;
            for (qsizetype i : indexes) {
                const ImportRow &r = mapped.rows.at(i);
                if (r.incidentDate == fileDate && r.incidentTime.isValid()) {
                    fileTime = r.incidentTime;
                    break;
                }
            }
            for (qsizetype i : indexes) {
                const ImportRow &r = mapped.rows.at(i);
                RowOutcome o{r.row, r.reference, childText(r), RowStatus::Unchanged,
                             {},    0,           {},           r.warnings};
                const QString &key = keys.at(i);
                if (const int before = seen.rowBefore(key, r.row)) {
                    o.status = RowStatus::Duplicate;
                    o.reason = tr("same reference and child as row %1: skipped").arg(before);
                    ++report.duplicates;
                    report.rows.append(std::move(o));
                    continue;
                }
                QStringList changes;
                if (known.archived)
                    changes << tr("the PPN was withdrawn (archived) on the tracker");
                if (known.incidentDate != r.incidentDate) {
                    changes << tr("incident date %1 on the tracker, %2 in the file")
                                   .arg(DateInput::format(known.incidentDate),
                                        DateInput::format(r.incidentDate));
                }
                if (r.incidentDate == fileDate && r.incidentTime.isValid() &&
                    r.incidentTime != fileTime)
                    o.warnings << timedOtherwise(r, fileTime);
                if (known.incidentTime.isValid() && fileTime.isValid() &&
                    known.incidentTime != fileTime) {
                    changes << tr("incident time %1 on the tracker, %2 in the file")
                                   .arg(known.incidentTime.toString(QStringLiteral("HH:mm")),
                                        fileTime.toString(QStringLiteral("HH:mm")));
                }
                if (r.typeWritten && known.type != r.type) {
                    changes << tr("%1 on the tracker, %2 in the file")
                                   .arg(typeText(known.type), typeText(r.type));
                }
                if (r.risk != DashRisk::Unknown && known.risk != r.risk) {
                    changes << tr("DASH risk %1 on the tracker, %2 in the file")
                                   .arg(toString(known.risk), toString(r.risk));
                }
                // A child the import linked though written differently is linked too.
                bool linked = known.children.contains(key);
                if (!linked) {
                    auto match = matcher.findRow(names.at(i), r);
                    if (!match)
                        return match.error();
                    linked = match->kind == ChildMatcher::Kind::Likely &&
                             known.childIds.contains(match->childId);
                }
                if (!linked)
                    changes << tr("%1 is not linked to this PPN").arg(childText(r));
                if (changes.isEmpty()) {
                    o.reason = tr("reference %1 is already recorded with these details")
                                   .arg(known.reference);
                    ++report.unchanged;
                } else {
                    o.status = RowStatus::Conflict;
                    o.reason = tr("reference %1 is already recorded: %2")
                                   .arg(known.reference, changes.join(QStringLiteral("; ")));
                    plan.reviews.append({QStringLiteral("conflict"), -1, known.id, r, 0, o.reason});
                    ++report.conflicts;
                    ++report.forReview;
                }
                report.rows.append(std::move(o));
            }
            continue;
        }

        ImportPlan::NewPpn ppn;
        ppn.first = mapped.rows.at(indexes.first());
        const int ppnIndex = int(plan.ppns.size());
        int accepted = 0;
        int typeRow = 0; // the row that gave the PPN's type

        for (qsizetype i : indexes) {
            const ImportRow &r = mapped.rows.at(i);
            RowOutcome o{r.row, r.reference, childText(r), RowStatus::NewChild,
                         {},    0,           {},           r.warnings};
            if (r.incidentDate != ppn.first.incidentDate) {
                o.status = RowStatus::Error;
                o.column = ColumnMapping::label(ImportField::IncidentDate);
                o.reason = tr("reference %1 is dated %2 on row %3 but %4 here: one reference is "
                              "one incident")
                               .arg(r.reference, DateInput::format(ppn.first.incidentDate))
                               .arg(ppn.first.row)
                               .arg(DateInput::format(r.incidentDate));
                report.rows.append(std::move(o));
                continue;
            }
            // The type the file writes for the reference: a row leaving it empty says nothing.
            if (r.typeWritten && typeRow == 0) {
                ppn.first.type = r.type;
                typeRow = r.row;
            } else if (r.typeWritten && r.type != ppn.first.type) {
                o.status = RowStatus::Error;
                o.column = ColumnMapping::label(ImportField::NotificationType);
                o.reason = tr("reference %1 is %2 on row %3 but %4 here: one reference is one "
                              "incident")
                               .arg(r.reference, typeText(ppn.first.type))
                               .arg(typeRow)
                               .arg(typeText(r.type));
                report.rows.append(std::move(o));
                continue;
            }
            const QString &key = keys.at(i);
            if (const int before = seen.rowBefore(key, r.row)) {
                o.status = RowStatus::Duplicate;
                o.reason = tr("same reference and child as row %1: skipped").arg(before);
                ++report.duplicates;
                report.rows.append(std::move(o));
                continue;
            }
            ++accepted;
            if (riskRank(r.risk) > riskRank(ppn.risk)) {
                ppn.risk = r.risk;
                ppn.riskText = r.riskText;
            }
            if (ppn.riskText.isEmpty())
                ppn.riskText = r.riskText;
            if (!r.setting.isEmpty() && !ppn.settingText.split(QStringLiteral("; "))
                                             .contains(r.setting, Qt::CaseInsensitive))
                ppn.settingText +=
                    (ppn.settingText.isEmpty() ? QString() : QStringLiteral("; ")) + r.setting;
            if (!ppn.first.incidentTime.isValid() && r.incidentTime.isValid()) {
                ppn.first.incidentTime = r.incidentTime;
            } else if (r.incidentTime.isValid() && r.incidentTime != ppn.first.incidentTime) {
                o.warnings << timedOtherwise(r, ppn.first.incidentTime);
            }
            if (ppn.first.incidentAddress.isEmpty())
                ppn.first.incidentAddress = r.incidentAddress;
            if (ppn.first.homeAddress.isEmpty())
                ppn.first.homeAddress = r.homeAddress;

            if (!r.dateOfBirth.isValid()) {
                // An age and no date of birth: a person links it to the child it is.
                auto candidates = AgeCandidates::find(m_db.sql(), r);
                if (!candidates)
                    return candidates.error();
                o.status = RowStatus::ForReview;
                o.childId = candidates->isEmpty() ? 0 : candidates->first().childId;
                o.reason = AgeCandidates::reason(r, *candidates);
                plan.reviews.append({QStringLiteral("age"), ppnIndex, 0, r, o.childId, o.reason});
                ++report.forReview;
                if (r.risk == DashRisk::High) {
                    ++report.highRisk;
                    o.warnings << highRisk;
                }
                if (r.age < m_options.ageMin || r.age > m_options.ageMax) {
                    ++report.outsideAgeBand;
                    o.warnings << tr("age %1 is outside the age band %2-%3")
                                      .arg(r.age)
                                      .arg(m_options.ageMin)
                                      .arg(m_options.ageMax);
                }
                report.rows.append(std::move(o));
                continue;
            }
            auto match = matcher.findRow(names.at(i), r);
            if (!match)
                return match.error();
            if (match->kind == ChildMatcher::Kind::Exact ||
                match->kind == ChildMatcher::Kind::Likely) {
                o.status = RowStatus::MatchedChild;
                o.childId = match->childId;
                o.reason = tr("on the tracker: linked to %1").arg(match->known);
                // Linked though written differently: said, so that a person can check it.
                if (match->kind == ChildMatcher::Kind::Likely)
                    o.warnings << tr("written differently: %1").arg(match->reason);
                ppn.links.append({match->childId, -1, r.presence});
                ++report.matchedChildren;
                if (match->greenedOff && !reopened.contains(match->childId)) {
                    reopened.insert(match->childId);
                    plan.greenedOffMatched << match->childId;
                    o.warnings << tr("%1 was greened off and will be reopened by this PPN")
                                      .arg(childText(r));
                }
            } else if (match->kind == ChildMatcher::Kind::Close) {
                o.status = RowStatus::ForReview;
                o.childId = match->childId;
                o.reason = match->reason;
                plan.reviews.append(
                    {QStringLiteral("match"), ppnIndex, 0, r, match->childId, match->reason});
                ++report.forReview;
            } else if (plannedChildren.contains(key)) {
                o.status = RowStatus::MatchedChild;
                o.reason = tr("the same new child as row %1").arg(plannedRows.value(key));
                ppn.links.append({0, plannedChildren.value(key), r.presence});
                ++report.matchedChildren;
            } else {
                auto s = setting(r.setting);
                if (!s)
                    return s.error();
                ImportPlan::NewChild child{r, s->settingId, s->known, s->areaId, 0};
                plannedChildren.insert(key, int(plan.newChildren.size()));
                plannedRows.insert(key, r.row);
                ppn.links.append({0, int(plan.newChildren.size()), r.presence});
                plan.newChildren.append(std::move(child));
                o.reason = newChild;
                if (s->known == SettingKnown::Unknown) {
                    ++report.noKnownSetting;
                    o.warnings << (r.setting.isEmpty()
                                       ? noSettingGiven
                                       : tr("school or setting \"%1\" is not in the directory: "
                                            "the child goes on the no known setting list")
                                             .arg(r.setting));
                }
            }
            if (r.risk == DashRisk::High) {
                ++report.highRisk;
                o.warnings << highRisk;
            }
            if (!DateInput::inAgeBand(r.dateOfBirth, m_options.today, m_options.ageMin,
                                      m_options.ageMax)) {
                ++report.outsideAgeBand;
                o.warnings << tr("%1 is %2 years old, outside the age band %3-%4: imported and "
                                 "flagged")
                                  .arg(childText(r))
                                  .arg(DateInput::ageInYears(r.dateOfBirth, m_options.today))
                                  .arg(m_options.ageMin)
                                  .arg(m_options.ageMax);
            }
            report.rows.append(std::move(o));
        }
        if (accepted > 0)
            plan.ppns.append(std::move(ppn));
    }

    lap("rows");
    if (Status s = MissedChildren::addTo(m_db.sql(), plan); !s)
        return s.error();
    lap("missed children");
    report.newPpns = int(plan.ppns.size());
    report.newChildren = int(plan.newChildren.size());
    for (const RowOutcome &o : report.rows) {
        if (o.status == RowStatus::Error)
            ++report.errors;
    }
    std::stable_sort(report.rows.begin(), report.rows.end(),
                     [](const RowOutcome &a, const RowOutcome &b) { return a.row < b.row; });
    lap("report");
    if (profile)
        qInfo("import plan: %s", qPrintable(laps.join(QStringLiteral(", "))));
    return plan;
}

} // namespace enc
