#include "import/AgeCandidates.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::AgeCandidates", text);
}

constexpr int MaxCandidates = 5;

QString agreement(bool forename, bool surname, bool address)
{
    if (forename && surname && address)
        return tr("same name and address");
    if (forename && surname)
        return tr("same name");
    if (surname)
        return tr("same surname and address");
    return tr("same forename and address");
}

} // namespace

Result<QList<AgeCandidates::Candidate>> AgeCandidates::find(const QSqlDatabase &db,
                                                            const ImportRow &row)
{
    QList<Candidate> out;
    if (row.age < 0 || !row.incidentDate.isValid())
        return out;
    const QString forename = TextKey::name(row.forename);
    const QString surname = TextKey::name(row.surname);
    const QString postcode = TextKey::postcode(row.postcode);
    const QString address = TextKey::name(row.homeAddress);
    // Children a year either side of the age given, found through the name and postcode
    // indexes (each term of the OR has its own).
    const QDate earliest = row.incidentDate.addYears(-(row.age + 2)).addDays(1);
    const QDate latest = row.incidentDate.addYears(-std::max(row.age - 1, 0));
    QString sql = QStringLiteral(
        "SELECT id, forename, surname, forename_key, surname_key, date_of_birth, address, "
        "postcode_key FROM child WHERE archived_at IS NULL AND date_of_birth >= :earliest AND "
        "date_of_birth <= :latest AND (surname_key = :surname OR forename_key = :forename");
    QVariantMap values{{QStringLiteral("earliest"), Sql::isoDate(earliest)},
                       {QStringLiteral("latest"), Sql::isoDate(latest)},
                       {QStringLiteral("surname"), surname},
                       {QStringLiteral("forename"), forename}};
    if (!postcode.isEmpty()) {
        sql += QStringLiteral(" OR postcode_key = :postcode");
        values.insert(QStringLiteral("postcode"), postcode);
    }
    sql += QStringLiteral(") ORDER BY id LIMIT 500");
    auto q = Sql::run(db, sql, values);
    if (!q)
        return q.error();
    while (q->next()) {
        const QDate dob = Sql::toDate(q->value(5));
        const int ageThen = DateInput::ageInYears(dob, row.incidentDate);
        if (ageThen < 0 || std::abs(ageThen - row.age) > 1)
            continue;
        const bool sameForename = q->value(3).toString() == forename;
        const bool sameSurname = q->value(4).toString() == surname;
        const bool sameAddress =
            (!postcode.isEmpty() && q->value(7).toString() == postcode) ||
            (!address.isEmpty() && TextKey::name(q->value(6).toString()) == address);
        const int score = int(sameForename) + int(sameSurname) + int(sameAddress);
        if (score < 2)
            continue;
        out.append({q->value(0).toLongLong(),
                    q->value(1).toString() + QLatin1Char(' ') + q->value(2).toString(), dob,
                    score * 2 + (ageThen == row.age ? 1 : 0),
                    agreement(sameForename, sameSurname, sameAddress)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (out.size() > MaxCandidates)
        out.resize(MaxCandidates);
    return out;
}

QString AgeCandidates::reason(const ImportRow &row, const QList<Candidate> &candidates)
{
    const QString given = tr("age %1 given, no date of birth").arg(row.age);
    if (candidates.isEmpty()) {
        return tr("%1: no child on the tracker of about that age shares two of forename, "
                  "surname and home address. Add the child with their date of birth and link "
                  "this row to them, or close it")
            .arg(given);
    }
    QStringList names;
    for (const Candidate &c : candidates) {
        names << tr("%1, born %2 (child %3): %4")
                     .arg(c.name, DateInput::format(c.dateOfBirth))
                     .arg(c.childId)
                     .arg(c.agrees);
    }
    return tr("%1: link it to the child it is, or close it. Could be %2")
        .arg(given, names.join(QStringLiteral("; ")));
}

} // namespace enc
