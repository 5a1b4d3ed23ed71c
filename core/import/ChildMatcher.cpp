#include "import/ChildMatcher.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <deque>
#include <string_view>
#include <unordered_set>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ChildMatcher", text);
}

// One of 64 bits for a folded name, from its length and its first and last bytes: a name
// whose bit is not in a date's mask is not wanted on that date, with no hash looked up.
quint64 nameBit(std::string_view name)
{
    if (name.empty())
        return 1;
    return quint64(1) << ((name.size() * 7 + uchar(name.front()) * 3 + uchar(name.back())) & 63);
}

// The folded names wanted on one birth date, as UTF-8 views, and their bits.
struct WantedOnDate
{
    std::unordered_set<std::string_view> names;
    quint64 mask = 0;
};

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

Status ChildMatcher::preload(const QList<Wanted> &names)
{
    // The names wanted on each birth date not read before, folded and as stored (UTF-8; the
    // views point into utf8, which keeps them).
    QHash<QDate, QSet<QString>> fresh;
    for (const Wanted &w : names) {
        if (!w.dateOfBirth.isValid())
            continue;
        const QSet<QString> &known = m_preloadedNames[w.dateOfBirth];
        for (const QString *name : {&w.forenameKey, &w.surnameKey}) {
            if (!known.contains(*name))
                fresh[w.dateOfBirth].insert(*name);
        }
    }
    if (fresh.isEmpty())
        return {};
    std::deque<QByteArray> utf8;
    QHash<QByteArray, WantedOnDate> namesByDob;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        WantedOnDate &wanted = namesByDob[Sql::isoDateUtf8(it.key())];
        for (const QString &name : it.value()) {
            utf8.push_back(name.toUtf8());
            const std::string_view view(utf8.back().constData(), size_t(utf8.back().size()));
            wanted.names.insert(view);
            wanted.mask |= nameBit(view);
        }
        m_preloadedNames[it.key()].unite(it.value());
    }
    // Only the children that can match are read: an exact match, a close one (one name the
    // same, the other one letter different) or the names swapped all share the date of birth
    // and at least one name, either way round. The file's birth dates are looked up on the
    // child_name_dob index in one statement (the index alone holds the date, both names and the
    // id) and its entries kept here when one of their names is wanted on that date; then the
    // rows of the children kept are read by id.
    QJsonArray dobs;
    for (auto it = namesByDob.cbegin(); it != namesByDob.cend(); ++it)
        dobs.append(QString::fromUtf8(it.key()));
    QByteArray currentDob;
    const WantedOnDate *wanted = nullptr;
    QJsonArray ids;
    if (Status s = RowScan::run(
            m_db,
            QStringLiteral("SELECT c.date_of_birth, c.surname_key, c.forename_key, c.id FROM "
                           "json_each(:dobs) d JOIN child c INDEXED BY child_name_dob ON "
                           "c.date_of_birth = d.value"),
            {{QStringLiteral("dobs"),
              QString::fromUtf8(QJsonDocument(dobs).toJson(QJsonDocument::Compact))}},
            [&](const RowScan::Row &row) {
                const QByteArrayView dob = row.text(0);
                if (!wanted || dob != QByteArrayView(currentDob)) {
                    currentDob = dob.toByteArray();
                    wanted = &*namesByDob.constFind(currentDob);
                }
                const QByteArrayView skBytes = row.text(1);
                const QByteArrayView fkBytes = row.text(2);
                const std::string_view sk(skBytes.data(), size_t(skBytes.size()));
                const std::string_view fk(fkBytes.data(), size_t(fkBytes.size()));
                const bool maybe = (wanted->mask & nameBit(sk)) || (wanted->mask & nameBit(fk));
                if (maybe && (wanted->names.count(sk) > 0 || wanted->names.count(fk) > 0))
                    ids.append(row.integer(3));
            });
        !s)
        return s;
    if (ids.isEmpty())
        return {};
    if (Status s = RowScan::run(
            m_db,
            QStringLiteral("SELECT date_of_birth, id, forename, surname, forename_key, "
                           "surname_key, status FROM child WHERE id IN (SELECT value FROM "
                           "json_each(:ids)) AND archived_at IS NULL ORDER BY id"),
            {{QStringLiteral("ids"),
              QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))}},
            [this](const RowScan::Row &row) {
                QList<Candidate> &list = m_nearByDob[row.date(0)];
                const Id id = row.integer(1);
                if (!list.isEmpty() && list.constLast().id == id)
                    return;
                list.append({id, QString::fromUtf8(row.text(2)), QString::fromUtf8(row.text(3)),
                             QString::fromUtf8(row.text(4)), QString::fromUtf8(row.text(5)),
                             row.text(6) == QByteArrayView("greened_off")});
            });
        !s)
        return s;
    // A later preload adds to the birth dates read before: each list stays in id order, once.
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        auto list = m_nearByDob.find(it.key());
        if (list == m_nearByDob.end())
            continue;
        auto byId = [](const Candidate &a, const Candidate &b) {
            return a.id < b.id;
        };
        std::stable_sort(list->begin(), list->end(), byId);
        list->erase(
            std::unique(list->begin(), list->end(),
                        [](const Candidate &a, const Candidate &b) { return a.id == b.id; }),
            list->end());
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
    return findKeys(TextKey::name(forename), TextKey::name(surname), dateOfBirth);
}

Result<ChildMatcher::Match> ChildMatcher::findKeys(const QString &fk, const QString &sk,
                                                   QDate dateOfBirth)
{
    const auto preloaded = m_preloadedNames.constFind(dateOfBirth);
    auto list = preloaded != m_preloadedNames.constEnd() && preloaded->contains(fk) &&
                        preloaded->contains(sk)
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
