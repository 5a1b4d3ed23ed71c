#include "import/MissedChildren.h"

#include "domain/AddressKey.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace enc {

namespace {

struct Resident
{
    Id id = 0;
    QString name;
    QString address;
    AddressKey key;
};

} // namespace

Status MissedChildren::addTo(const QSqlDatabase &db, ImportPlan &plan)
{
    // The new PPNs' homes, and the postcodes to read the tracker's children at.
    QList<AddressKey> homes;
    homes.reserve(plan.ppns.size());
    QJsonArray postcodes{QString()}; // children with no postcode held apart: read them all
    QSet<QString> asked;
    bool anyWithoutPostcode = false;
    for (const ImportPlan::NewPpn &p : std::as_const(plan.ppns)) {
        homes << AddressKey::of(p.first.homeAddress, p.first.postcode);
        const AddressKey &home = homes.constLast();
        if (home.isEmpty())
            continue;
        if (home.postcode.isEmpty())
            anyWithoutPostcode = true;
        else if (!asked.contains(home.postcode)) {
            asked.insert(home.postcode);
            postcodes.append(home.postcode);
        }
    }
    if (asked.isEmpty() && !anyWithoutPostcode)
        return {};

    // One statement: the children at those postcodes (on the postcode index), or, when a PPN's
    // home has no postcode, every live child with an address.
    const QString select = QStringLiteral(
        "SELECT id, forename, surname, address, postcode FROM child WHERE archived_at IS NULL "
        "AND address <> ''");
    auto q =
        anyWithoutPostcode
            ? Sql::run(db, select)
            : Sql::run(
                  db,
                  select + QStringLiteral(" AND postcode_key IN (") +
                      Dialect::jsonTexts(Dialect::of(db), QStringLiteral(":postcodes")) +
                      QStringLiteral(")"),
                  {{QStringLiteral("postcodes"),
                    QString::fromUtf8(QJsonDocument(postcodes).toJson(QJsonDocument::Compact))}});
    if (!q)
        return q.error();
    // Only the addresses starting as a new PPN's home does (its house number, mostly) are
    // folded whole: every child is read when a PPN has no postcode.
    QSet<QString> firstWords;
    for (const AddressKey &home : std::as_const(homes)) {
        if (!home.isEmpty())
            firstWords.insert(home.line.section(QLatin1Char(' '), 0, 0));
    }
    QHash<QString, QList<Resident>> byLine;
    while (q->next()) {
        const QString address = q->value(3).toString();
        if (!firstWords.contains(AddressKey::firstWord(address)))
            continue;
        Resident r;
        r.id = q->value(0).toLongLong();
        r.name = q->value(1).toString() + QLatin1Char(' ') + q->value(2).toString();
        r.address = address;
        r.key = AddressKey::of(r.address, q->value(4).toString());
        if (!r.key.isEmpty())
            byLine[r.key.line].append(r);
    }
    if (byLine.isEmpty())
        return {};

    // The children each PPN names, or proposes in the review queue, are not missed.
    QList<QSet<Id>> named(plan.ppns.size());
    for (qsizetype i = 0; i < plan.ppns.size(); ++i) {
        for (const ImportPlan::Link &l : plan.ppns.at(i).links) {
            if (l.childId > 0)
                named[i].insert(l.childId);
        }
    }
    for (const ImportPlan::Review &v : std::as_const(plan.reviews)) {
        if (v.ppn >= 0 && v.candidateChildId > 0)
            named[v.ppn].insert(v.candidateChildId);
    }

    for (qsizetype i = 0; i < plan.ppns.size(); ++i) {
        const AddressKey &home = homes.at(i);
        if (home.isEmpty())
            continue;
        const ImportPlan::NewPpn &p = plan.ppns.at(i);
        for (const Resident &r : byLine.value(home.line)) {
            if (!home.sameHome(r.key) || named.at(i).contains(r.id))
                continue;
            named[i].insert(r.id);
            const QString reason = QCoreApplication::translate("enc::MissedChildren",
                                                               "lives at %1, not named on PPN %2")
                                       .arg(r.address, p.first.reference);
            // The review keeps the PPN's details; the child is the candidate. Confirmed, the
            // child is linked as present.
            ImportRow row = p.first;
            row.forename.clear();
            row.surname.clear();
            row.dateOfBirth = {};
            row.age = -1;
            row.setting.clear();
            row.gender.clear();
            row.warnings.clear();
            row.presence = Presence::Present;
            plan.reviews.append({QStringLiteral("missed"), int(i), 0, row, r.id, reason});
            plan.report.missed.append({p.first.reference, r.id, r.name, reason});
        }
    }
    plan.report.missedChildren = int(plan.report.missed.size());
    return {};
}

} // namespace enc
