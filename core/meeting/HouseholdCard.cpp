#include "HouseholdCard.h"

#include "repo/Ppns.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace enc {

QString CardChild::initials() const
{
    QString out;
    if (!forename.trimmed().isEmpty())
        out += forename.trimmed().at(0).toUpper() + QLatin1Char('.');
    if (!surname.trimmed().isEmpty())
        out += surname.trimmed().at(0).toUpper() + QLatin1Char('.');
    return out;
}

Result<HouseholdCard> HouseholdCards::forChild(Id childId, QDate today) const
{
    auto household = Sql::scalar(m_db.sql(),
                                 QStringLiteral("SELECT coalesce(household_id, 0) FROM child "
                                                "WHERE id = :id"),
                                 {{QStringLiteral("id"), childId}});
    if (!household)
        return household.error();
    if (household->isNull())
        return Result<HouseholdCard>::failure(
            QCoreApplication::translate("enc::HouseholdCards", "There is no child with id %1.")
                .arg(childId));
    HouseholdCard card;
    card.householdId = household->toLongLong();
    const QString select = QStringLiteral(
        "SELECT c.id, c.forename, c.surname, c.date_of_birth, c.address, c.postcode, c.escalated, "
        "coalesce(h.address, ''), coalesce(h.postcode, '') FROM child c LEFT JOIN household h ON "
        "h.id = c.household_id ");
    auto q =
        card.householdId
            ? Sql::run(m_db.sql(),
                       select + QStringLiteral("WHERE c.household_id = :h AND (c.archived_at "
                                               "IS NULL OR c.id = :c) ORDER BY "
                                               "c.date_of_birth NULLS FIRST, c.id"),
                       {{QStringLiteral("h"), card.householdId}, {QStringLiteral("c"), childId}})
            : Sql::run(m_db.sql(), select + QStringLiteral("WHERE c.id = :c"),
                       {{QStringLiteral("c"), childId}});
    if (!q)
        return q.error();
    while (q->next()) {
        CardChild c;
        c.id = q->value(0).toLongLong();
        c.forename = q->value(1).toString();
        c.surname = q->value(2).toString();
        c.dateOfBirth = Sql::toDate(q->value(3));
        const QString address = q->value(4).toString(), postcode = q->value(5).toString();
        c.address = postcode.isEmpty() ? address : address + QStringLiteral(", ") + postcode;
        c.escalated = q->value(6).toBool();
        if (card.address.isEmpty()) {
            const QString ha = q->value(7).toString(), hp = q->value(8).toString();
            card.address =
                ha.isEmpty() ? c.address : (hp.isEmpty() ? ha : ha + QStringLiteral(", ") + hp);
        }
        card.children.append(c);
    }
    for (CardChild &c : card.children)
        if (Status s = fill(c, today); !s)
            return s.error();
    return card;
}

Status HouseholdCards::fill(CardChild &child, QDate today) const
{
    const QVariantMap id{{QStringLiteral("c"), child.id}};
    auto ppns = Sql::run(m_db.sql(),
                         QStringLiteral("SELECT p.police_ref, pc.incident_on, p.risk, p.type FROM "
                                        "ppn_child pc JOIN ppn p ON p.id = pc.ppn_id WHERE "
                                        "pc.child_id = :c AND pc.archived = 0 ORDER BY "
                                        "pc.incident_on DESC, p.id DESC"),
                         id);
    if (!ppns)
        return ppns.error();
    const QDate windowStart = today.addMonths(-3);
    while (ppns->next()) {
        CardPpn p{ppns->value(0).toString(), Sql::toDate(ppns->value(1)),
                  riskFromString(ppns->value(2).toString()),
                  ppns->value(3).toString() == QLatin1String("missing_child")};
        if (p.incidentDate > windowStart && p.incidentDate <= today)
            ++child.ppnsInWindow;
        child.ppns.append(p);
    }
    auto decisions = Sql::run(m_db.sql(),
                              QStringLiteral("SELECT d.decided_on, o.label, d.rationale FROM "
                                             "decision d JOIN outcome o ON o.id = d.outcome_id "
                                             "WHERE d.child_id = :c AND d.archived_at IS NULL "
                                             "ORDER BY d.decided_on DESC, d.id DESC"),
                              id);
    if (!decisions)
        return decisions.error();
    while (decisions->next())
        child.decisions.append({Sql::toDate(decisions->value(0)), decisions->value(1).toString(),
                                decisions->value(2).toString()});
    auto actions = Sql::run(m_db.sql(),
                            QStringLiteral("SELECT a.description, coalesce(m.name, a.owner_text), "
                                           "a.due_on FROM action a LEFT JOIN member m ON m.id = "
                                           "a.owner_member_id WHERE a.child_id = :c AND "
                                           "a.completed_on IS NULL AND a.archived_at IS NULL "
                                           "ORDER BY a.due_on NULLS FIRST, a.id"),
                            id);
    if (!actions)
        return actions.error();
    while (actions->next())
        child.openActions.append({actions->value(0).toString(), actions->value(1).toString(),
                                  Sql::toDate(actions->value(2))});
    auto partners = PartnerInfos(m_db).forChild(child.id);
    if (!partners)
        return partners.error();
    child.partners = *partners;
    return {};
}

} // namespace enc
