#include "import/ChildMatcher.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ChildMatcher", text);
}

// A 64-bit key for a folded name on a birth date (FNV-1a over the day and the name's UTF-8
// bytes). The scan of the birth dates' index entries keeps a child when the key of one of
// its names is among those wanted: a collision only keeps a child that findKeys() then does
// not match.
constexpr quint64 FnvPrime = 1099511628211ULL;

quint64 dayKey(qint64 julianDay)
{
    return (14695981039346656037ULL ^ quint64(julianDay)) * FnvPrime;
}

quint64 nameKey(quint64 day, QByteArrayView utf8)
{
    quint64 h = day;
    for (const char c : utf8)
        h = (h ^ uchar(c)) * FnvPrime;
    return h;
}

quint64 nameKey(quint64 day, const QString &name)
{
    // Folded names are nearly always plain ASCII, whose UTF-16 units are its UTF-8 bytes.
    quint64 h = day;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80)
            return nameKey(day, QByteArrayView(name.toUtf8()));
        h = (h ^ c.unicode()) * FnvPrime;
    }
    return h;
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

Status ChildMatcher::preload(const QList<Wanted> &names)
{
    // The (birth date, folded name) pairs wanted and not read before, sorted: vectors and
    // sorting, not a set per date, as a 10,000-row file has 20,000 of them.
    std::vector<NameOnDate> fresh;
    fresh.reserve(size_t(names.size()) * 2);
    for (const Wanted &w : names) {
        if (!w.dateOfBirth.isValid())
            continue;
        const qint64 day = w.dateOfBirth.toJulianDay();
        fresh.push_back({day, w.forenameKey});
        fresh.push_back({day, w.surnameKey});
    }
    std::sort(fresh.begin(), fresh.end());
    fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
    if (!m_preloaded.empty()) {
        std::vector<NameOnDate> unread;
        std::set_difference(fresh.begin(), fresh.end(), m_preloaded.begin(), m_preloaded.end(),
                            std::back_inserter(unread));
        fresh.swap(unread);
    }
    if (fresh.empty())
        return {};
    std::vector<quint64> wanted;
    wanted.reserve(fresh.size());
    QByteArray dobs = "[";
    for (size_t i = 0; i < fresh.size(); ++i) {
        const NameOnDate &n = fresh[i];
        wanted.push_back(nameKey(dayKey(n.day), n.name));
        if (i == 0 || fresh[i - 1].day != n.day) {
            dobs += dobs.size() > 1 ? ",\"" : "\"";
            dobs += Sql::isoDateUtf8(QDate::fromJulianDay(n.day));
            dobs += '"';
        }
    }
    dobs += ']';
    std::sort(wanted.begin(), wanted.end());
    // A bit per key (2^20 bits, 128 KiB) in front of the sorted keys: most names in the scan
    // are not wanted, and one bit tells so without a search.
    constexpr quint64 FilterBits = quint64(1) << 20;
    std::vector<quint64> filter(FilterBits / 64);
    for (const quint64 key : wanted)
        filter[(key % FilterBits) / 64] |= quint64(1) << (key % 64);
    auto isWanted = [&wanted, &filter](quint64 key) {
        return (filter[(key % FilterBits) / 64] & (quint64(1) << (key % 64))) &&
               std::binary_search(wanted.begin(), wanted.end(), key);
    };
    // Only the children that can match are read: an exact match, a close one (one name the
    // same, the other one letter different) or the names swapped all share the date of birth
    // and at least one name, either way round. The file's birth dates are looked up on the
    // child_name_dob index in one statement (the index alone holds the date, both names and the
    // id) and its entries kept here when one of their names is wanted on that date; then the
    // rows of the children kept are read by id.
    QByteArray currentDob;
    quint64 day = 0;
    QByteArray ids = "[";
    if (Status s = RowScan::run(
            m_db,
            QStringLiteral("SELECT c.date_of_birth, c.surname_key, c.forename_key, c.id FROM "
                           "json_each(:dobs) d JOIN child c INDEXED BY child_name_dob ON "
                           "c.date_of_birth = d.value"),
            {{QStringLiteral("dobs"), QString::fromUtf8(dobs)}},
            [&](const RowScan::Row &row) {
                const QByteArrayView dob = row.text(0);
                if (dob != QByteArrayView(currentDob)) {
                    currentDob = dob.toByteArray();
                    day = dayKey(row.date(0).toJulianDay());
                }
                if (isWanted(nameKey(day, row.text(1))) || isWanted(nameKey(day, row.text(2)))) {
                    if (ids.size() > 1)
                        ids += ',';
                    ids += QByteArray::number(row.integer(3));
                }
            });
        !s)
        return s;
    ids += ']';
    if (ids.size() > 2) {
        if (Status s = RowScan::run(
                m_db,
                QStringLiteral("SELECT date_of_birth, id, forename, surname, forename_key, "
                               "surname_key, status FROM child WHERE id IN (SELECT value FROM "
                               "json_each(:ids)) AND archived_at IS NULL ORDER BY id"),
                {{QStringLiteral("ids"), QString::fromUtf8(ids)}},
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
    }
    // A later preload adds to the birth dates read before: each list stays in id order, once.
    if (!m_preloaded.empty()) {
        qint64 last = 0;
        for (const NameOnDate &n : fresh) {
            if (n.day == last)
                continue;
            last = n.day;
            auto list = m_nearByDob.find(QDate::fromJulianDay(n.day));
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
    }
    std::vector<NameOnDate> all;
    all.reserve(m_preloaded.size() + fresh.size());
    std::merge(m_preloaded.begin(), m_preloaded.end(), fresh.begin(), fresh.end(),
               std::back_inserter(all));
    m_preloaded.swap(all);
    return {};
}

bool ChildMatcher::preloaded(qint64 day, const QString &name) const
{
    return std::binary_search(m_preloaded.begin(), m_preloaded.end(), NameOnDate{day, name});
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
    const qint64 day = dateOfBirth.toJulianDay();
    auto list = dateOfBirth.isValid() && preloaded(day, fk) && preloaded(day, sk)
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
