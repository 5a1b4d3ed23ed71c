#include "MatchCases.h"

#include "domain/TextKey.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace bench {

using enc::TextKey;

namespace {

// Common first names of children in England and Wales, most frequent first (picked with a
// falling weight), with a few written with accents or letters police systems drop.
const char *const Forenames[] = {
    "Olivia",   "Muhammad", "Amelia", "Noah",     "Isla",     "Oliver", "Ava",      "George",
    "Ivy",      "Leo",      "Freya",  "Arthur",   "Lily",     "Oscar",  "Florence", "Harry",
    "Mia",      "Archie",   "Willow", "Jack",     "Rosie",    "Henry",  "Sophia",   "Charlie",
    "Isabella", "Freddie",  "Grace",  "Theodore", "Evie",     "Thomas", "Poppy",    "Finley",
    "Ella",     "Teddy",    "Elsie",  "Alfie",    "Sienna",   "Jacob",  "Daisy",    "Lucas",
    "Emily",    "Isaac",    "Harper", "Tommy",    "Ruby",     "Max",    "Sofia",    "Albie",
    "Phoebe",   "William",  "Millie", "Ethan",    "Matilda",  "Joshua", "Evelyn",   "James",
    "Ellie",    "Reggie",   "Maya",   "Mason",    "Alice",    "Ronnie", "Aria",     "Louie",
    "Eva",      "Zachary",  "Hallie", "Jude",     "Ada",      "Rory",   "Bonnie",   "Ezra",
    "Luna",     "Toby",     "Maisie", "Hugo",     "Penelope", "Jaxon",  "Emilia",   "Elijah",
    "Amelie",   "Leon",     "Nora",   "Harvey",   "Lola",     "Evan",   "Mya",      "Jake",
    "Aidan",    "Aiden",    "Lilly",  "Eliza",    "Ayla",     "Yusuf",  "Ibrahim",  "Zara",
    "Aisha",    "Fatima",   "Maryam", "Amir",     "Hamza",    "Zayn",   "Kacper",   "Oliwia",
    "Jan",      "Filip",    "Seren",  "Gethin",   "Rhys",     "Efa",    "Cerys",    "Dylan",
    "Siân",     "Zoë",      "Chloé",  "Renée",    "José",     "Élodie", "Łucja",    "Aoife",
    "Niamh",    "Tadhg",    "Dáire",  "Inés",
};

const char *const Surnames[] = {
    "Smith",      "Jones",     "Williams", "Taylor",   "Brown",       "Davies",     "Evans",
    "Wilson",     "Thomas",    "Johnson",  "Roberts",  "Robinson",    "Thompson",   "Wright",
    "Walker",     "White",     "Edwards",  "Hughes",   "Green",       "Hall",       "Lewis",
    "Harris",     "Clarke",    "Patel",    "Jackson",  "Wood",        "Turner",     "Martin",
    "Cooper",     "Hill",      "Ward",     "Morris",   "Moore",       "Clark",      "Lee",
    "King",       "Baker",     "Harrison", "Morgan",   "Allen",       "James",      "Scott",
    "Phillips",   "Watson",    "Davis",    "Parker",   "Price",       "Bennett",    "Young",
    "Griffiths",  "Mitchell",  "Kelly",    "Cook",     "Carter",      "Richardson", "Bailey",
    "Collins",    "Bell",      "Shaw",     "Murphy",   "Miller",      "Cox",        "Richards",
    "Khan",       "Marshall",  "Anderson", "Simpson",  "Ellis",       "Adams",      "Singh",
    "Begum",      "Wilkinson", "Foster",   "Chapman",  "Powell",      "Webb",       "Rogers",
    "Gray",       "Mason",     "Ali",      "Hunt",     "Hussain",     "Campbell",   "Matthews",
    "Owen",       "Palmer",    "Holmes",   "Mills",    "Barnes",      "Knight",     "Lloyd",
    "Butler",     "Russell",   "Barker",   "Fisher",   "Stevens",     "Jenkins",    "Murray",
    "Dixon",      "Harvey",    "Graham",   "Pearson",  "Ahmed",       "Fletcher",   "Walsh",
    "Kaur",       "Gibson",    "Howard",   "Andrews",  "Stewart",     "Elliott",    "Reynolds",
    "Saunders",   "Payne",     "Fox",      "Ford",     "Pearce",      "Brooks",     "West",
    "Lawrence",   "Cole",      "Atkinson", "Bradley",  "Spencer",     "Gill",       "Dawson",
    "Akhtar",     "Rahman",    "Nowak",    "Kowalski", "Nguyen",      "Okafor",     "Adeyemi",
    "Mensah",     "Popescu",   "Santos",   "Rees",     "Pritchard",   "Vaughan",    "Llewellyn",
    "O'Brien",    "O'Neill",   "O'Connor", "McCarthy", "McDonald",    "Núñez",      "Müller",
    "Wiśniewska", "Łukasik",   "Gómez",    "Kovač",    "Søndergaard",
};

const char *const MiddleNames[] = {"James", "Rose",      "Grace", "Louise", "John",      "Marie",
                                   "Mae",   "Alexander", "Jane",  "David",  "Elizabeth", "Lee"};

// Twins with names one or two letters apart, and some further apart.
const char *const TwinNames[][2] = {
    {"Amelia", "Amelie"}, {"Leo", "Leon"},      {"Ava", "Eva"},      {"Isla", "Ella"},
    {"Mia", "Mya"},       {"Lily", "Lilly"},    {"Evie", "Evan"},    {"Harry", "Harvey"},
    {"Ruby", "Rory"},     {"Noah", "Nora"},     {"Jack", "Jake"},    {"Aiden", "Aidan"},
    {"Ellie", "Eliza"},   {"Oliver", "Olivia"}, {"George", "Grace"}, {"Max", "Mia"},
};

const char *const Streets[] = {"Elm Road",      "Church Lane",  "Station Road",  "Mill Street",
                               "Victoria Road", "Park Avenue",  "Green Lane",    "Manor Way",
                               "Queen Street",  "The Crescent", "Orchard Close", "Meadow View",
                               "High Street",   "Brook Drive",  "School Lane",   "Willow Walk"};
const char *const Towns[][2] = {{"Ashford", "AS"}, {"Brackley", "BK"}, {"Carlton", "CN"},
                                {"Dunmore", "DU"}, {"Eastwick", "EW"}, {"Fairley", "FY"}};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Written as police systems write names: upper case, accents dropped, Ł as L.
QString policeStyle(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0141) || c == QChar(0x0142))
            out += QLatin1Char('L');
        else if (c == QChar(0x00D8) || c == QChar(0x00F8))
            out += QLatin1Char('O');
        else
            out += c.toUpper();
    }
    return out;
}

// Letters to change, drop or add to make one name the other (Levenshtein), independent of
// the matcher measured.
int lettersApart(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (const QChar ca : a) {
        int diagonal = row[0]++;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (ca == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.last();
}

class Generator
{
public:
    Generator(quint64 seed, QDate today) : m_random(quint32(seed ^ (seed >> 32))), m_today(today)
    {
        for (const char *f : Forenames)
            m_forenames << text(f);
        for (const char *s : Surnames)
            m_surnames << text(s);
    }

    void tracker(int children, QList<TrackerChild> &out);
    // A row of a kind picked by weight.
    bool row(const QList<TrackerChild> &tracker, MatchCase &out);

private:
    struct Household
    {
        QList<int> children;
        bool twins = false;
    };
    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    // Falling weights: the first names of the list are the commonest.
    QString pickName(const QStringList &pool)
    {
        const int a = below(int(pool.size()));
        const int b = below(int(pool.size()));
        return pool.at(std::min(a, b));
    }
    QString pickSurname()
    {
        const QString one = pickName(m_surnames);
        if (!chance(10))
            return one;
        QString two = pickName(m_surnames);
        while (TextKey::name(two) == TextKey::name(one))
            two = pickName(m_surnames);
        return one + QLatin1Char('-') + two;
    }
    QDate pickBirth() { return m_today.addDays(-1 - below(6 * 365)); }
    QString key(const QString &forename, const QString &surname, QDate dob) const
    {
        return TextKey::name(forename) + QLatin1Char('|') + TextKey::name(surname) +
               QLatin1Char('|') + dob.toString(Qt::ISODate);
    }
    bool onTracker(const QString &forename, const QString &surname, QDate dob) const
    {
        return m_trackerKeys.contains(key(forename, surname, dob));
    }
    // A fresh key for another child (not on the tracker, not another row's new child).
    bool freshChild(const QString &forename, const QString &surname, QDate dob)
    {
        const QString k = key(forename, surname, dob);
        if (m_trackerKeys.contains(k) || m_otherKeys.contains(k))
            return false;
        m_otherKeys.insert(k);
        return true;
    }
    void newAddress(QString *address, QString *postcode)
    {
        const auto &town = Towns[below(std::size(Towns))];
        *address = QStringLiteral("%1 %2, %3")
                       .arg(1 + below(180))
                       .arg(text(Streets[below(std::size(Streets))]), text(town[0]));
        *postcode = QStringLiteral("%1%2 %3%4%5")
                        .arg(text(town[1]))
                        .arg(1 + below(19))
                        .arg(below(10))
                        .arg(QChar(u'A' + below(26)))
                        .arg(QChar(u'A' + below(26)));
    }
    bool make(int kind, const QList<TrackerChild> &tracker, MatchCase &out);
    QString typo(const QString &name);
    // The row's address, as police write it for the child's home (moved or left out at times).
    void address(enc::ImportRow &row, const TrackerChild &home);

    QRandomGenerator m_random;
    QDate m_today;
    QStringList m_forenames;
    QStringList m_surnames;
    QList<Household> m_households;
    QList<int> m_householdOf;
    QSet<QString> m_trackerKeys;
    QSet<QString> m_otherKeys;
    int m_reference = 0;
};

void Generator::tracker(int children, QList<TrackerChild> &out)
{
    while (out.size() < children) {
        const QString surname = pickSurname();
        QString address;
        QString postcode;
        newAddress(&address, &postcode);
        const int roll = below(100);
        const int size = roll < 45 ? 1 : roll < 75 ? 2 : roll < 92 ? 3 : 4;
        Household household;
        household.twins = size >= 2 && chance(6);
        const auto &pair = TwinNames[below(std::size(TwinNames))];
        QSet<QString> forenames;
        QSet<QDate> births;
        for (int i = 0; i < size && out.size() < children; ++i) {
            // Twins: the first two children, born the same day (while the first was added).
            const bool twin = household.twins && i < 2;
            TrackerChild c{twin ? text(pair[i]) : pickName(m_forenames), surname,
                           twin && i == 1 ? out.constLast().dateOfBirth : pickBirth(), address,
                           postcode};
            if (forenames.contains(TextKey::name(c.forename)) ||
                (!(twin && i == 1) && births.contains(c.dateOfBirth)) ||
                onTracker(c.forename, c.surname, c.dateOfBirth)) {
                if (twin)
                    household.twins = false;
                continue;
            }
            forenames.insert(TextKey::name(c.forename));
            births.insert(c.dateOfBirth);
            m_trackerKeys.insert(key(c.forename, c.surname, c.dateOfBirth));
            household.children << int(out.size());
            m_householdOf << int(m_households.size());
            out << c;
        }
        m_households << household;
    }
}

QString Generator::typo(const QString &name)
{
    // Never the first letter: police systems get that right nearly always.
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString t = name;
        const int at = 1 + below(int(std::max<qsizetype>(1, name.size() - 1)));
        const QChar letter = QChar(u'a' + below(26));
        switch (below(4)) {
        case 0:
            if (at < t.size())
                t[at] = t.at(at).isUpper() ? letter.toUpper() : letter;
            break;
        case 1:
            if (t.size() > 3 && at < t.size())
                t.remove(at, 1);
            break;
        case 2:
            t.insert(at, letter);
            break;
        default:
            if (at + 1 < t.size())
                std::swap(t[at], t[at + 1]);
            break;
        }
        // One letter changed, dropped, added or two swapped: a hyphen or an apostrophe dropped
        // or moved is the same name.
        if (TextKey::name(t) != TextKey::name(name))
            return t;
    }
    return {};
}

void Generator::address(enc::ImportRow &row, const TrackerChild &home)
{
    const int roll = below(100);
    if (roll < 75) {
        row.homeAddress = home.address.toUpper();
        row.postcode = home.postcode;
    } else if (roll < 85) {
        row.homeAddress = home.address.toUpper() + QStringLiteral(", ") + home.postcode;
    } else if (roll < 93) {
        newAddress(&row.homeAddress, &row.postcode); // moved since
        row.homeAddress = row.homeAddress.toUpper();
    }
}

// Kinds of row and their weights: the same child first, then another child who looks alike.
const struct
{
    const char *name;
    int weight;
} Kinds[] = {
    {"as on the tracker", 25},
    {"case and accents", 25},
    {"forename and surname swapped", 8},
    {"typo in forename", 8},
    {"typo in surname", 8},
    {"half of a double-barrelled surname", 8},
    {"middle name added", 8},
    {"day and month of birth swapped", 8},
    {"new child", 30},
    {"twin not on the tracker", 6},
    {"namesake, another date of birth", 8},
    {"sibling not on the tracker", 10},
};
constexpr int SameChildKinds = 8;

bool Generator::row(const QList<TrackerChild> &tracker, MatchCase &out)
{
    int total = 0;
    for (const auto &k : Kinds)
        total += k.weight;
    int roll = below(total);
    int kind = 0;
    while (roll >= Kinds[kind].weight)
        roll -= Kinds[kind++].weight;
    // Another child of the tracker when this one cannot be written so (a single surname
    // cannot lose half of itself): each kind keeps its weight.
    for (int attempt = 0; attempt < 200; ++attempt) {
        if (make(kind, tracker, out))
            return true;
    }
    return false;
}

bool Generator::make(int kind, const QList<TrackerChild> &tracker, MatchCase &out)
{
    out = {};
    out.kind = text(Kinds[kind].name);
    enc::ImportRow &r = out.row;
    r.reference = QStringLiteral("MB/26/%1").arg(++m_reference, 6, 10, QLatin1Char('0'));
    r.incidentDate = m_today.addDays(-1);
    r.row = m_reference + 1;
    const int t = below(int(tracker.size()));
    const TrackerChild &c = tracker.at(t);
    r.forename = policeStyle(c.forename);
    r.surname = policeStyle(c.surname);
    r.dateOfBirth = c.dateOfBirth;
    if (kind < SameChildKinds) {
        out.child = t;
        address(r, c);
    }
    switch (kind) {
    case 0:
        r.forename = c.forename;
        r.surname = c.surname;
        return true;
    case 1:
        return true;
    case 2:
        std::swap(r.forename, r.surname);
        return true;
    case 3:
        r.forename = policeStyle(typo(c.forename));
        return !r.forename.isEmpty() && !onTracker(r.forename, r.surname, r.dateOfBirth);
    case 4:
        r.surname = policeStyle(typo(c.surname));
        return !r.surname.isEmpty() && !onTracker(r.forename, r.surname, r.dateOfBirth);
    case 5: {
        const QStringList halves = c.surname.split(QLatin1Char('-'));
        if (halves.size() != 2)
            return false;
        r.surname = policeStyle(halves.at(below(2)));
        return !onTracker(r.forename, r.surname, r.dateOfBirth);
    }
    case 6:
        r.forename = policeStyle(c.forename + QLatin1Char(' ') +
                                 text(MiddleNames[below(std::size(MiddleNames))]));
        return true;
    case 7:
        if (c.dateOfBirth.day() > 12 || c.dateOfBirth.day() == c.dateOfBirth.month())
            return false;
        r.dateOfBirth = QDate(c.dateOfBirth.year(), c.dateOfBirth.day(), c.dateOfBirth.month());
        return r.dateOfBirth < m_today && !onTracker(r.forename, r.surname, r.dateOfBirth);
    case 8: {
        r.forename = policeStyle(pickName(m_forenames));
        r.surname = policeStyle(pickSurname());
        r.dateOfBirth = pickBirth();
        newAddress(&r.homeAddress, &r.postcode);
        r.homeAddress = r.homeAddress.toUpper();
        return freshChild(r.forename, r.surname, r.dateOfBirth);
    }
    case 9: {
        const Household &h = m_households.at(m_householdOf.at(t));
        if (h.twins)
            return false;
        // Mostly a name one or two letters from the child's.
        QStringList near;
        if (chance(70)) {
            for (const QString &f : m_forenames) {
                if (TextKey::name(f) != TextKey::name(c.forename) &&
                    lettersApart(TextKey::name(f), TextKey::name(c.forename)) <= 2)
                    near << f;
            }
        }
        r.forename =
            policeStyle(near.isEmpty() ? pickName(m_forenames) : near.at(below(int(near.size()))));
        address(r, c);
        return freshChild(r.forename, r.surname, r.dateOfBirth);
    }
    case 10:
        r.dateOfBirth = pickBirth();
        newAddress(&r.homeAddress, &r.postcode);
        r.homeAddress = r.homeAddress.toUpper();
        return r.dateOfBirth != c.dateOfBirth && freshChild(r.forename, r.surname, r.dateOfBirth);
    default: {
        const Household &h = m_households.at(m_householdOf.at(t));
        r.forename = policeStyle(pickName(m_forenames));
        r.dateOfBirth = pickBirth();
        for (const int sibling : h.children) {
            if (TextKey::name(tracker.at(sibling).forename) == TextKey::name(r.forename) ||
                tracker.at(sibling).dateOfBirth == r.dateOfBirth)
                return false;
        }
        address(r, c);
        return freshChild(r.forename, r.surname, r.dateOfBirth);
    }
    }
}

} // namespace

MatchCases makeMatchCases(quint64 seed, int children, int rows, QDate today)
{
    MatchCases cases;
    Generator generator(seed, today);
    generator.tracker(children, cases.tracker);
    while (cases.rows.size() < rows) {
        MatchCase c;
        if (generator.row(cases.tracker, c))
            cases.rows << c;
    }
    return cases;
}

} // namespace bench
