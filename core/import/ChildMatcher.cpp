#include "import/ChildMatcher.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ChildMatcher", text);
}

} // namespace

ChildMatcher::ChildMatcher(const QSqlDatabase &db) : m_query(db)
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
    auto list = candidates(dateOfBirth);
    if (!list)
        return list.error();
    const QString fk = TextKey::name(forename);
    const QString sk = TextKey::name(surname);
    Match close;
    for (const Candidate &c : *list) {
        if (c.forenameKey == fk && c.surnameKey == sk)
            return Match{Kind::Exact, c.id, {}, c.greenedOff};
        if (close.kind != Kind::None)
            continue;
        const QString known = tr("%1 %2 (id %3), born %4")
                                  .arg(c.forename, c.surname)
                                  .arg(c.id)
                                  .arg(DateInput::format(dateOfBirth));
        if (c.forenameKey == sk && c.surnameKey == fk) {
            close = {Kind::Close, c.id, tr("forename and surname swapped: close to %1").arg(known),
                     c.greenedOff};
        } else if (editDistance(c.forenameKey, fk, 1) + editDistance(c.surnameKey, sk, 1) == 1) {
            close = {Kind::Close, c.id, tr("one letter different: close to %1").arg(known),
                     c.greenedOff};
        }
    }
    return close;
}

} // namespace enc
