#include "import/ChildMatcher.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "storage/Dialect.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVarLengthArray>

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

// The same date with day and month the other way round (03/04 for 04/03), when that is
// another date; invalid otherwise.
QDate swappedDayMonth(QDate d)
{
    if (!d.isValid() || d.day() > 12 || d.day() == d.month())
        return {};
    return QDate(d.year(), d.day(), d.month());
}

// A name's words (split at spaces and hyphens), each folded: "Akhtar-Rahman" -> akhtar, rahman.
QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\\x{2010}-\\x{2015}]+"));
    QStringList out;
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts)) {
        QString key = TextKey::name(w);
        if (!key.isEmpty())
            out << std::move(key);
    }
    return out;
}

// More than one word: a space or a hyphen between letters.
bool wordy(const QString &name)
{
    return std::any_of(name.begin(), name.end(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('-') ||
               (c.unicode() >= 0x2010 && c.unicode() <= 0x2015);
    });
}

// The shorter list's words are all in the longer one: Rahman and Akhtar-Rahman.
bool partOf(const QStringList &a, const QStringList &b)
{
    const QStringList &small = a.size() < b.size() ? a : b;
    const QStringList &large = a.size() < b.size() ? b : a;
    if (small.isEmpty() || small.size() == large.size())
        return false;
    return std::all_of(small.begin(), small.end(),
                       [&large](const QString &w) { return large.contains(w); });
}

// The shorter list starts the longer one: Leo and Leo James.
bool startsWith(const QStringList &a, const QStringList &b)
{
    const QStringList &small = a.size() < b.size() ? a : b;
    const QStringList &large = a.size() < b.size() ? b : a;
    return !small.isEmpty() && small.size() < large.size() &&
           std::equal(small.begin(), small.end(), large.begin());
}

const QRegularExpression &trailingPostcode()
{
    static const QRegularExpression re(
        QStringLiteral("[,\\s]*\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The postcode of an address: its own field, else the end of the address text.
QString postcodeOf(const QString &postcode, const QString &address)
{
    QString key = TextKey::postcode(postcode);
    if (!key.isEmpty())
        return key;
    const QRegularExpressionMatch m = trailingPostcode().match(address);
    return m.hasMatch() ? TextKey::postcode(m.captured(1) + m.captured(2)) : QString();
}

// An address without its postcode, folded.
QString addressKey(const QString &address)
{
    QString text = address;
    const QRegularExpressionMatch m = trailingPostcode().match(text);
    if (m.hasMatch())
        text.truncate(m.capturedStart());
    return TextKey::name(text);
}

} // namespace

ChildMatcher::ChildMatcher(const QSqlDatabase &db) : m_db(db), m_query(db)
{
    m_query.setForwardOnly(true);
    m_query.prepare(
        QStringLiteral("SELECT id, forename, surname, forename_key, surname_key, status, "
                       "address, postcode_key FROM child WHERE date_of_birth = :dob AND "
                       "archived_at IS NULL ORDER BY id"));
}

int ChildMatcher::editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the table: two letters swapped looks two rows back.
    QList<int> before(m + 1);
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
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                current[j] = std::min(current[j], before[j - 2] + 1);
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(before, previous);
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
        // The date with day and month swapped too: a child written so goes to review.
        for (const QDate dob : {w.dateOfBirth, swappedDayMonth(w.dateOfBirth)}) {
            if (!dob.isValid())
                continue;
            const qint64 day = dob.toJulianDay();
            fresh.push_back({day, w.forenameKey});
            fresh.push_back({day, w.surnameKey});
        }
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
    const Backend backend = Dialect::of(m_db);
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
            QStringLiteral("SELECT c.date_of_birth, c.surname_key, c.forename_key, c.id FROM ") +
                Dialect::jsonTextTable(backend, QStringLiteral(":dobs"), QStringLiteral("d")) +
                QStringLiteral(" JOIN child c") +
                Dialect::indexedBy(backend, QStringLiteral("child_name_dob")) +
                QStringLiteral(" ON c.date_of_birth = d.value"),
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
                               "surname_key, status, address, postcode_key FROM child WHERE id "
                               "IN (") +
                    Dialect::jsonIds(backend, QStringLiteral(":ids")) +
                    QStringLiteral(") AND archived_at IS NULL ORDER BY id"),
                {{QStringLiteral("ids"), QString::fromUtf8(ids)}},
                [this](const RowScan::Row &row) {
                    const QDate dob = row.date(0);
                    QList<Candidate> &list = m_nearByDob[dob];
                    const Id id = row.integer(1);
                    if (!list.isEmpty() && list.constLast().id == id)
                        return;
                    list.append({id, QString::fromUtf8(row.text(2)), QString::fromUtf8(row.text(3)),
                                 QString::fromUtf8(row.text(4)), QString::fromUtf8(row.text(5)),
                                 row.text(6) == QByteArrayView("greened_off"), dob,
                                 QString::fromUtf8(row.text(7)), QString::fromUtf8(row.text(8))});
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
                    m_query.value(5).toString() == QLatin1String("greened_off"), dateOfBirth,
                    m_query.value(6).toString(), m_query.value(7).toString()});
    }
    m_query.finish();
    m_byDob.insert(dateOfBirth, out);
    return out;
}

Result<QList<ChildMatcher::Candidate>> ChildMatcher::near(QDate dateOfBirth, const Wanted &keys)
{
    const qint64 day = dateOfBirth.toJulianDay();
    if (dateOfBirth.isValid() && preloaded(day, keys.forenameKey) &&
        preloaded(day, keys.surnameKey))
        return m_nearByDob.value(dateOfBirth);
    return candidates(dateOfBirth);
}

Result<ChildMatcher::Match> ChildMatcher::find(const QString &forename, const QString &surname,
                                               QDate dateOfBirth)
{
    ImportRow row;
    row.forename = forename;
    row.surname = surname;
    row.dateOfBirth = dateOfBirth;
    return findRow({TextKey::name(forename), TextKey::name(surname), dateOfBirth}, row);
}

Result<ChildMatcher::Match> ChildMatcher::findKeys(const QString &fk, const QString &sk,
                                                   QDate dateOfBirth)
{
    ImportRow row;
    row.forename = fk;
    row.surname = sk;
    row.dateOfBirth = dateOfBirth;
    return findRow({fk, sk, dateOfBirth}, row);
}

namespace {

// How a child's name differs from the name imported, on the same date of birth.
enum class Relation
{
    None,
    Swapped,        // forename and surname the other way round
    SurnameLetter,  // one letter different in the surname
    SurnamePart,    // one half of a double-barrelled surname
    MiddleName,     // a middle name given on one side only
    ForenameLetter, // one letter different in the forename: a twin may be
};

// A twin has the surname, date of birth and address of the child: a difference a twin's
// name cannot have.
bool notATwin(Relation r)
{
    return r != Relation::None && r != Relation::ForenameLetter;
}

} // namespace

QString ChildMatcher::knownAs(const Candidate &c)
{
    return tr("%1 %2, born %3").arg(c.forename, c.surname, DateInput::format(c.dateOfBirth));
}

Result<ChildMatcher::Match> ChildMatcher::findRow(const Wanted &keys, const ImportRow &row)
{
    const QString &fk = keys.forenameKey;
    const QString &sk = keys.surnameKey;
    auto list = near(keys.dateOfBirth, keys);
    if (!list)
        return list.error();
    for (const Candidate &c : *list) {
        if (c.forenameKey == fk && c.surnameKey == sk)
            return Match{Kind::Exact, c.id, {}, c.greenedOff, knownAs(c)};
    }
    const QDate swappedDob = swappedDayMonth(keys.dateOfBirth);
    Result<QList<Candidate>> swapped = QList<Candidate>();
    if (swappedDob.isValid())
        swapped = near(swappedDob, {fk, sk, swappedDob});
    if (!swapped)
        return swapped.error();
    if (list->isEmpty() && swapped->isEmpty())
        return Match{};

    // Nothing written the same: how each child sharing a name differs. The equality tests
    // first keep the edit distance and the words off almost every candidate.
    // A name's words are read only when one side has more than one: most names have one.
    const bool forenameWordy = wordy(row.forename);
    const bool surnameWordy = wordy(row.surname);
    auto relation = [&](const Candidate &c) {
        if (c.forenameKey == sk && c.surnameKey == fk)
            return Relation::Swapped;
        if (c.forenameKey == fk) {
            if (editDistance(c.surnameKey, sk, 1) == 1)
                return Relation::SurnameLetter;
            if ((surnameWordy || wordy(c.surname)) && partOf(words(row.surname), words(c.surname)))
                return Relation::SurnamePart;
        } else if (c.surnameKey == sk) {
            if ((forenameWordy || wordy(c.forename)) &&
                startsWith(words(row.forename), words(c.forename)))
                return Relation::MiddleName;
            if (editDistance(c.forenameKey, fk, 1) == 1)
                return Relation::ForenameLetter;
        }
        return Relation::None;
    };
    struct Found
    {
        const Candidate *child = nullptr;
        Relation relation = Relation::None;
        bool otherDob = false; // born on the date with day and month swapped
        bool sameAddress = false;
        // Likelier first: a name no twin has, the date of birth, the address, the name agreeing.
        int rank() const
        {
            return (relation == Relation::ForenameLetter ? 8 : 0) + (otherDob ? 4 : 0) +
                   (sameAddress ? 0 : 2) + (relation == Relation::None ? 0 : 1);
        }
        // Linked without asking when it is the only child close.
        bool likely() const { return notATwin(relation) && !otherDob && sameAddress; }
    };
    QVarLengthArray<Found, 4> found;
    // The row's postcode, read from its address only when a child is close.
    QString rowPostcode;
    bool postcodeRead = false;
    auto sameAddress = [&](const Candidate &c) {
        if (!postcodeRead) {
            rowPostcode = postcodeOf(row.postcode, row.homeAddress);
            postcodeRead = true;
        }
        const QString postcode = postcodeOf(c.postcodeKey, c.address);
        if (!rowPostcode.isEmpty() && !postcode.isEmpty())
            return rowPostcode == postcode;
        const QString here = addressKey(row.homeAddress);
        return !here.isEmpty() && here == addressKey(c.address);
    };
    for (const Candidate &c : *list) {
        if (const Relation r = relation(c); r != Relation::None)
            found.append({&c, r, false, sameAddress(c)});
    }
    for (const Candidate &c : *swapped) {
        // The date of birth differs already: only the name as written, or a difference a twin
        // cannot have, makes the child a candidate.
        const bool same = c.forenameKey == fk && c.surnameKey == sk;
        const Relation r = same ? Relation::None : relation(c);
        if (same || notATwin(r))
            found.append({&c, r, true, sameAddress(c)});
    }
    if (found.isEmpty())
        return Match{};
    std::stable_sort(found.begin(), found.end(),
                     [](const Found &a, const Found &b) { return a.rank() < b.rank(); });
    const Found &best = found.first();
    const Candidate &c = *best.child;
    const QString known = tr("%1 %2 (id %3), born %4")
                              .arg(c.forename, c.surname)
                              .arg(c.id)
                              .arg(DateInput::format(c.dateOfBirth));
    QString what;
    switch (best.relation) {
    case Relation::Swapped:
        what = tr("forename and surname swapped");
        break;
    case Relation::SurnameLetter:
    case Relation::ForenameLetter:
        what = tr("one letter different");
        break;
    case Relation::SurnamePart:
        what = tr("one half of a double-barrelled surname");
        break;
    case Relation::MiddleName:
        what = tr("a middle name on one side only");
        break;
    case Relation::None:
        break;
    }
    if (best.otherDob)
        what = tr("day and month of the date of birth swapped");
    // Linked only when nothing else is close and the home address agrees.
    if (found.size() == 1 && best.likely())
        return Match{Kind::Likely, c.id,
                     tr("%1, same date of birth and home address as %2").arg(what, known),
                     c.greenedOff, knownAs(c)};
    QString reason = tr("%1: close to %2").arg(what, known);
    if (notATwin(best.relation) && !best.otherDob && !best.sameAddress)
        reason += tr("; the home address does not confirm it");
    if (found.size() > 1)
        reason += tr("; another child is close too");
    return Match{Kind::Close, c.id, reason, c.greenedOff, knownAs(c)};
}

} // namespace enc
