#include "import/ChildMatcher.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ChildMatcher", text);
}

} // namespace

ChildMatcher::ChildMatcher(const QSqlDatabase &db) : m_db(db), m_query(db)
{
    m_query.setForwardOnly(true);
    m_query.prepare(
        QStringLiteral("SELECT id, forename, surname, forename_key, surname_key, status FROM child "
                       "WHERE date_of_birth = :dob AND archived_at IS NULL ORDER BY id"));
}

int ChildMatcher::editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    QList<int> previous(m + 1);
    QList<int> current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[m];
}

namespace {

QString wantedKey(QDate dob, const QString &forenameKey, const QString &surnameKey)
{
    return dob.toString(Qt::ISODate) + QLatin1Char('|') + forenameKey + QLatin1Char('|') +
           surnameKey;
}

} // namespace

Status ChildMatcher::preload(const QList<Wanted> &names)
{
    QJsonArray wanted;
    for (const Wanted &w : names) {
        if (!w.dateOfBirth.isValid())
            continue;
        const QString fk = TextKey::name(w.forename);
        const QString sk = TextKey::name(w.surname);
        const QString key = wantedKey(w.dateOfBirth, fk, sk);
        if (m_preloaded.contains(key))
            continue;
        m_preloaded.insert(key);
        wanted.append(QJsonArray{w.dateOfBirth.toString(Qt::ISODate), fk, sk});
    }
    if (wanted.isEmpty())
        return {};
    // One statement for the whole file. The names are checked on the child_name_dob index
    // entries of each birth date, so only the children that can match are read: an exact
    // match, a close one (one name the same, the other one letter different) or the names
    // swapped all share the date of birth and at least one name, either way round.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "WITH w AS MATERIALIZED (SELECT json_extract(value, '$[0]') AS d, "
            "json_extract(value, '$[1]') AS f, json_extract(value, '$[2]') AS s FROM "
            "json_each(:wanted)) SELECT c.date_of_birth, c.id, c.forename, c.surname, "
            "c.forename_key, c.surname_key, c.status FROM w JOIN child c INDEXED BY "
            "child_name_dob ON c.date_of_birth = w.d AND (c.forename_key IN (w.f, w.s) OR "
            "c.surname_key IN (w.f, w.s)) WHERE c.archived_at IS NULL ORDER BY "
            "c.date_of_birth, c.id")))
        return Status::failure(Sql::errorText(q));
    q.bindValue(QStringLiteral(":wanted"),
                QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(Sql::errorText(q));
    while (q.next()) {
        const QDate dob = Sql::toDate(q.value(0));
        QList<Candidate> &list = m_nearByDob[dob];
        const Id id = q.value(1).toLongLong();
        if (!list.isEmpty() && list.constLast().id == id)
            continue;
        list.append({id, q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toString() == QLatin1String("greened_off")});
    }
    return {};
}

Result<QList<ChildMatcher::Candidate>> ChildMatcher::candidates(QDate dateOfBirth)
{
    if (auto it = m_byDob.constFind(dateOfBirth); it != m_byDob.constEnd())
        return *it;
    m_query.bindValue(QStringLiteral(":dob"), Sql::date(dateOfBirth));
    if (!m_query.exec())
        return Result<QList<Candidate>>::failure(Sql::errorText(m_query));
    QList<Candidate> out;
    while (m_query.next()) {
        out.append({m_query.value(0).toLongLong(), m_query.value(1).toString(),
                    m_query.value(2).toString(), m_query.value(3).toString(),
                    m_query.value(4).toString(),
                    m_query.value(5).toString() == QLatin1String("greened_off")});
    }
    m_query.finish();
    m_byDob.insert(dateOfBirth, out);
    return out;
}

Result<ChildMatcher::Match> ChildMatcher::find(const QString &forename, const QString &surname,
                                               QDate dateOfBirth)
{
    const QString fk = TextKey::name(forename);
    const QString sk = TextKey::name(surname);
    auto list = m_preloaded.contains(wantedKey(dateOfBirth, fk, sk))
                    ? Result<QList<Candidate>>(m_nearByDob.value(dateOfBirth))
                    : candidates(dateOfBirth);
    if (!list)
        return list.error();
    Match close;
    const Candidate *closest = nullptr;
    for (const Candidate &c : *list) {
        if (c.forenameKey == fk && c.surnameKey == sk)
            return Match{Kind::Exact, c.id, {}, c.greenedOff};
        if (closest)
            continue;
        // One letter different in one name means the other name is the same: the equality
        // test first keeps the edit distance off almost every candidate.
        if (c.forenameKey == sk && c.surnameKey == fk) {
            closest = &c;
            close = {Kind::Close, c.id, {}, c.greenedOff};
        } else if ((c.forenameKey == fk && editDistance(c.surnameKey, sk, 1) == 1) ||
                   (c.surnameKey == sk && editDistance(c.forenameKey, fk, 1) == 1)) {
            closest = &c;
            close = {Kind::Close, c.id, {}, c.greenedOff};
        }
    }
    if (closest) {
        const QString known = tr("%1 %2 (id %3), born %4")
                                  .arg(closest->forename, closest->surname)
                                  .arg(closest->id)
                                  .arg(DateInput::format(dateOfBirth));
        close.reason = closest->forenameKey == sk && closest->surnameKey == fk
                           ? tr("forename and surname swapped: close to %1").arg(known)
                           : tr("one letter different: close to %1").arg(known);
    }
    return close;
}

} // namespace enc
