#include "import/HeadingGuess.h"

#include "domain/TextKey.h"
#include "import/CellParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::HeadingGuess", text);
}

// A column is taken without asking from this score up; below it, it is only a candidate.
constexpr int Confident = 50;
// The rows read to learn what a column holds.
constexpr int SampleRows = 200;

// Abbreviations police systems write in headings, spelt out.
const QHash<QString, QStringList> &spelling()
{
    static const QHash<QString, QStringList> s = {
        {QStringLiteral("occ"), {QStringLiteral("occurrence")}},
        {QStringLiteral("ocurrence"), {QStringLiteral("occurrence")}},
        {QStringLiteral("ref"), {QStringLiteral("reference")}},
        {QStringLiteral("refno"), {QStringLiteral("reference"), QStringLiteral("number")}},
        {QStringLiteral("no"), {QStringLiteral("number")}},
        {QStringLiteral("num"), {QStringLiteral("number")}},
        {QStringLiteral("nbr"), {QStringLiteral("number")}},
        {QStringLiteral("inc"), {QStringLiteral("incident")}},
        {QStringLiteral("incid"), {QStringLiteral("incident")}},
        {QStringLiteral("fname"), {QStringLiteral("forename")}},
        {QStringLiteral("firstname"), {QStringLiteral("forename")}},
        {QStringLiteral("forenames"), {QStringLiteral("forename")}},
        {QStringLiteral("givenname"), {QStringLiteral("forename")}},
        {QStringLiteral("sname"), {QStringLiteral("surname")}},
        {QStringLiteral("lname"), {QStringLiteral("surname")}},
        {QStringLiteral("lastname"), {QStringLiteral("surname")}},
        {QStringLiteral("familyname"), {QStringLiteral("surname")}},
        {QStringLiteral("addr"), {QStringLiteral("address")}},
        {QStringLiteral("pcode"), {QStringLiteral("postcode")}},
        {QStringLiteral("datetime"), {QStringLiteral("date"), QStringLiteral("time")}},
        {QStringLiteral("dt"), {QStringLiteral("date")}},
        {QStringLiteral("birthdate"), {QStringLiteral("birth"), QStringLiteral("date")}},
        {QStringLiteral("dateofbirth"), {QStringLiteral("dob")}},
        {QStringLiteral("cyp"), {QStringLiteral("child")}},
        {QStringLiteral("children"), {QStringLiteral("child")}},
        {QStringLiteral("childs"), {QStringLiteral("child")}},
        {QStringLiteral("yp"), {QStringLiteral("child")}},
        {QStringLiteral("sex"), {QStringLiteral("gender")}},
        {QStringLiteral("witnessed"), {QStringLiteral("witness")}},
        {QStringLiteral("present"), {QStringLiteral("presence")}},
        {QStringLiteral("noncrime"), {QStringLiteral("crime")}},
        {QStringLiteral("grading"), {QStringLiteral("grade")}},
    };
    return s;
}

// Words kept when a trailing "s" is taken off ("Dates" -> "date", "Names" -> "name").
bool singularKnown(const QString &word)
{
    static const QSet<QString> known = {
        QStringLiteral("date"),      QStringLiteral("time"),    QStringLiteral("name"),
        QStringLiteral("address"),   QStringLiteral("surname"), QStringLiteral("forename"),
        QStringLiteral("reference"), QStringLiteral("detail"),  QStringLiteral("setting"),
        QStringLiteral("school"),    QStringLiteral("number"),  QStringLiteral("postcode")};
    return known.contains(word);
}

// The heading's few words (listed once per score: walking a QSet reads all its buckets) each
// compared with the list in place: QSet::contains() made a QString of every word on the list
// first, and a guess asks some forty thousand times.
bool any(const QStringList &words, std::initializer_list<const char *> list)
{
    for (const QString &word : words) {
        for (const char *s : list) {
            if (word == QLatin1String(s))
                return true;
        }
    }
    return false;
}

// A police reference as forces write them: digits with letters, slashes or dashes
// ("NC/26/1234", "43/123456/26", "PPN-2026-000123", "1234567"), not a date.
bool referenceShaped(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(?=.*\\d)[A-Za-z0-9]+([/\\-_ .][A-Za-z0-9]+){0,4}$"));
    return text.size() >= 4 && text.size() <= 30 && shape.match(text).hasMatch();
}

// A date written as people write them, whether or not it reads as a valid one.
bool dateShaped(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,2}[-/. ]+(\\d{1,2}|[A-Za-z]{3,9})[-/. ]+\\d{2,4}|\\d{4}-\\d{1,2}-"
                       "\\d{1,2})([ T]\\d{1,2}[:.]\\d{2}.*)?$"));
    return shape.match(text).hasMatch();
}

bool postcodeShaped(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}$"));
    return shape.match(text.trimmed()).hasMatch();
}

} // namespace

QStringList HeadingGuess::words(const QString &heading)
{
    // Split at anything not a letter or digit, at a lower-to-upper change ("IncidentDate")
    // and between letters and digits.
    static const QRegularExpression possessive(QStringLiteral("['\u2019]s\\b"));
    QStringList raw;
    QString current;
    QChar previous;
    QString text = heading;
    text.remove(possessive); // "Child's" is the child
    for (const QChar c : std::as_const(text)) {
        const bool keep = c.isLetterOrNumber();
        const bool boundary =
            !keep || (!current.isEmpty() &&
                      ((previous.isLower() && c.isUpper()) || (previous.isDigit() != c.isDigit())));
        if (boundary && !current.isEmpty()) {
            raw << current;
            current.clear();
        }
        if (keep)
            current.append(c);
        previous = c;
    }
    if (!current.isEmpty())
        raw << current;
    // Fold, then join runs of single letters ("D.O.B." -> "dob").
    QStringList folded;
    QString letters;
    auto flushLetters = [&] {
        if (!letters.isEmpty())
            folded << letters;
        letters.clear();
    };
    for (const QString &r : raw) {
        const QString f = TextKey::name(r);
        if (f.isEmpty())
            continue;
        if (f.size() == 1 && f.at(0).isLetter()) {
            letters.append(f);
            continue;
        }
        flushLetters();
        folded << f;
    }
    flushLetters();
    // "post code" is one word; abbreviations spelt out; plurals made singular.
    QStringList out;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        QString f = folded.at(i);
        if (f == QLatin1String("post") && i + 1 < folded.size() &&
            folded.at(i + 1) == QLatin1String("code")) {
            out << QStringLiteral("postcode");
            ++i;
            continue;
        }
        if (f.endsWith(QLatin1Char('s')) && singularKnown(f.chopped(1)))
            f.chop(1);
        const auto it = spelling().constFind(f);
        if (it != spelling().constEnd())
            out << *it;
        else
            out << f;
    }
    return out;
}

QString HeadingGuess::columnLetters(int column)
{
    QString out;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return out;
}

HeadingGuess::ColumnFacts HeadingGuess::factsOf(int column, const QList<QStringList> &rows,
                                                QDate today) const
{
    ColumnFacts f;
    const QDate twentyYears = today.addYears(-20);
    const int n = std::min<int>(int(rows.size()), SampleRows);
    for (int r = 0; r < n; ++r) {
        const QStringList &row = rows.at(r);
        const QString text = column < row.size() ? row.at(column).trimmed() : QString();
        if (text.isEmpty())
            continue;
        ++f.filled;
        bool number = false;
        const double value = text.toDouble(&number);
        if (number ? value >= 0 && value < 20 && value == std::floor(value)
                   : CellParser::age(text) >= 0) // "3 yrs", "18 months"
            ++f.smallNumbers;
        // A serial number is a date only in a date-sized range (1955-2075): small
        // numbers are ages, large ones references.
        const bool serialDate = number && value > 20000 && value < 64000;
        bool isDate = false;
        if (!number || serialDate) {
            auto d = CellParser::dateTime(text, today);
            if (!d && dateShaped(text)) {
                isDate = true; // a date the row will be refused for (an ambiguous year)
                ++f.dates;
            } else if (d && d->date.isValid()) {
                isDate = true;
                ++f.dates;
                if (d->time.isValid() && (!serialDate || value != std::floor(value)))
                    ++f.dateTimes;
                if (d->date >= twentyYears && d->date <= today)
                    ++f.recent;
            }
        }
        if (!isDate && (!number || value < 1)) {
            auto t = CellParser::time(text);
            if (t && t->isValid())
                ++f.times;
        }
        if (!isDate && referenceShaped(text) && !postcodeShaped(text) && !(number && value < 20))
            ++f.references;
        if (postcodeShaped(text))
            ++f.postcodes;
        bool known = false;
        CellParser::ppnType(text, &known);
        if (known && !number)
            ++f.typeWords;
    }
    return f;
}

int HeadingGuess::score(ImportField field, const QSet<QString> &w, const ColumnFacts &c) const
{
    const QStringList words = w.values();
    const bool birth = any(words, {"dob", "birth", "born"});
    const bool date = any(words, {"date", "when", "day"});
    const bool time = w.contains(QStringLiteral("time"));
    const bool incident = any(words, {"incident", "occurrence", "offence", "committed", "event"});
    // Another person's column ("Partner DOB", "Witness name"): offered, never taken for the
    // child's; a heading that says child ("CYP DOB") is preferred.
    const bool adult =
        any(words, {"parent", "mother", "father", "adult", "victim", "suspect", "perpetrator",
                    "offender", "officer", "oic", "carer", "partner", "aggrieved", "complainant",
                    "informant", "caller", "ip"}) ||
        (w.contains(QStringLiteral("witness")) && !w.contains(QStringLiteral("child")));
    const int childs = w.contains(QStringLiteral("child")) ? 5 : 0;
    const bool setting =
        any(words, {"school", "nursery", "setting", "provider", "education", "educational",
                    "establishment", "childminder", "preschool", "academy", "ey", "earlyyear"});
    const bool place = any(words, {"address", "location", "place", "street"});
    // What the contents say: a share of the filled cells (no cells: no evidence).
    const auto share = [&c](int n) {
        return c.filled ? double(n) / c.filled : -1.0;
    };
    int s = 0;
    switch (field) {
    case ImportField::DateOfBirth:
        if (birth && !any(words, {"place", "country", "town"}))
            s = adult ? 35 : 85 + childs;
        return s;
    case ImportField::Age:
        if (w.contains(QStringLiteral("age")) && !birth)
            s = adult ? 30 : 75 + childs;
        return s;
    case ImportField::IncidentDate:
        if (date && !birth) {
            s = 55 + (incident ? 25 : 0) + (time ? 5 : 0);
            if (any(words, {"received", "created", "report", "reported", "notification", "sent",
                            "entered", "review", "due", "closed", "recorded", "logged", "input",
                            "updated", "modified", "printed"}))
                s -= 30;
        } else if (!birth && !date && !time && c.filled && share(c.dateTimes) >= 0.8) {
            s = 45; // no telling heading, but a column of date-times
        }
        return s;
    case ImportField::IncidentTime:
        if (time && !date && !birth)
            s = 70 + (incident ? 10 : 0);
        return s;
    case ImportField::Forename:
        if (!date && !time && !setting && any(words, {"forename", "first", "given", "christian"}))
            s = adult ? 30 : 85 + childs;
        return s;
    case ImportField::Surname:
        if (!date && !time && !setting && any(words, {"surname", "family", "last"}) &&
            !w.contains(QStringLiteral("forename")))
            s = adult ? 30 : 85 + childs;
        return s;
    case ImportField::FullName:
        if (!date && !time && !setting && !birth && w.contains(QStringLiteral("name")) &&
            !any(words, {"forename", "first", "given", "surname", "family", "last", "middle",
                         "street", "road", "file", "user"}))
            s = adult ? 25 : w.contains(QStringLiteral("child")) ? 80 : 70;
        else if (w.size() == 1 && w.contains(QStringLiteral("child")))
            s = 60;
        return s;
    case ImportField::Setting:
        if (setting && !date && !place && !any(words, {"phone", "telephone", "email", "contact"}))
            s = 80;
        return s;
    case ImportField::Reference:
        if (date || time || birth || setting || any(words, {"phone", "telephone", "mobile"}))
            return 0;
        if (any(words, {"reference", "urn", "niche", "crn", "storm"}))
            s = 80;
        else if (any(words, {"number", "id", "log"}) &&
                 any(words, {"occurrence", "incident", "crime", "ppn", "log", "niche", "police",
                             "case", "notification", "record"}))
            s = 80;
        else if (w.contains(QStringLiteral("occurrence")) && w.size() == 1)
            s = 65;
        else if (any(words, {"number", "id"}) && w.size() == 1)
            s = 40;
        else if (c.filled && share(c.references) >= 0.9)
            s = 30; // police reference shapes under an unknown heading
        return s;
    case ImportField::HomeAddress:
        if (place && !incident && !setting && !w.contains(QStringLiteral("location")) &&
            !w.contains(QStringLiteral("email")))
            s = adult ? 45 : 80;
        return s;
    case ImportField::IncidentAddress:
        if (place && incident)
            s = 85;
        else if (w.contains(QStringLiteral("location")) && !setting && !birth)
            s = 60;
        return s;
    case ImportField::Postcode:
        if (w.contains(QStringLiteral("postcode")))
            s = (incident || setting) ? 40 : 90;
        return s;
    case ImportField::Risk:
        if (any(words, {"risk", "dash", "grade", "rating"}) ||
            (w.contains(QStringLiteral("level")) && !setting))
            s = 80;
        return s;
    case ImportField::NotificationType:
        // "Crime type" or "Offence type" says what crime it was (an assault, a burglary): read
        // as a notification type it would refuse every row.
        if ((any(words, {"type", "category", "classification"}) ||
             (w.size() == 1 && w.contains(QStringLiteral("notification")))) &&
            !adult && !date && !time && !birth && !place && !setting &&
            !any(words,
                 {"crime", "offence", "risk", "dash", "grade", "level", "number", "reference",
                  "ref", "id", "gender", "sex", "relationship", "premises", "property"}))
            s = any(words, {"notification", "ppn"}) ? 85 : w.size() == 1 ? 70 : 55;
        else if (!birth && !date && !time && c.filled && share(c.typeWords) >= 0.8)
            s = 45; // no telling heading, but a column of "Domestic abuse" and "Missing person"
        return s;
    case ImportField::Crime:
        if (w.contains(QStringLiteral("crime")) &&
            !any(words, {"number", "reference", "id", "type", "date", "time"}))
            s = 75;
        return s;
    case ImportField::Presence:
        // "Child witnessed?", "Presence"; not "Witness name" or "Witness DOB" (a person).
        if (any(words, {"presence", "witness"}) && !date && !birth && !setting && !place &&
            !any(words, {"name", "forename", "surname", "age", "gender", "number", "reference"}))
            s = 80;
        return s;
    case ImportField::Gender:
        if (w.contains(QStringLiteral("gender")))
            s = adult ? 30 : 90 + childs;
        return s;
    }
    return 0;
}

int HeadingGuess::evidence(ImportField field, const ColumnFacts &c)
{
    if (!c.filled)
        return 0; // an empty column says nothing
    const auto share = [&c](int n) {
        return double(n) / c.filled;
    };
    // Contents that confirm (+), or rule out (-), a field the heading suggests.
    const auto contents = [](double s, int confirm, int refute) {
        return s >= 0.8 ? confirm : s < 0.5 ? -refute : 0;
    };
    switch (field) {
    case ImportField::DateOfBirth:
        return contents(share(c.dates), 10, 40);
    case ImportField::Age:
        return contents(share(c.smallNumbers), 10, 40);
    case ImportField::IncidentDate:
        return contents(share(c.dates), 10, 60) + (share(c.dateTimes) >= 0.8 ? 5 : 0);
    case ImportField::IncidentTime:
        return contents(share(c.times), 10, 40);
    case ImportField::Reference:
        return contents(share(c.references), 10, 35);
    case ImportField::Postcode:
        return contents(share(c.postcodes), 5, 30);
    default:
        return 0;
    }
}

HeadingGuess::HeadingGuess(const QStringList &header, const QList<QStringList> &rows, QDate today)
    : m_header(header)
{
    struct Candidate
    {
        int score;
        ImportField field;
        int column;
    };
    QList<Candidate> all;
    for (int c = 0; c < header.size(); ++c) {
        const QStringList w = words(header.at(c));
        const QSet<QString> set(w.cbegin(), w.cend());
        const ColumnFacts facts = factsOf(c, rows, today);
        ImportField known;
        const bool listed = ColumnMapping::knownHeading(header.at(c), &known);
        for (ImportField f : ColumnMapping::allFields()) {
            int s = score(f, set, facts);
            if (listed && f == known)
                s = 100 + s / 10; // a heading the lists name exactly; words still rank
            if (s > 0)
                s += evidence(f, facts);
            if (s > 0)
                all.append({s, f, c});
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    for (const Candidate &c : all)
        m_scores[c.field].append({c.score, c.column});
    // The best first: each field and each column taken once.
    QSet<int> taken;
    for (const Candidate &c : all) {
        if (c.score < Confident || m_mapping.has(c.field) || taken.contains(c.column))
            continue;
        m_mapping.set(c.field, c.column);
        taken.insert(c.column);
    }
    // One name column alongside separate ones is the separate ones' summary: prefer them.
    if (m_mapping.has(ImportField::Forename) && m_mapping.has(ImportField::Surname))
        m_mapping.clear(ImportField::FullName);
}

QList<int> HeadingGuess::candidates(ImportField field) const
{
    QList<int> out;
    for (const auto &[score, column] : m_scores.value(field))
        if (!out.contains(column))
            out << column;
    return out;
}

QString HeadingGuess::candidatesText(ImportField field) const
{
    QStringList named;
    for (int c : candidates(field))
        named << QStringLiteral("%1 \"%2\"").arg(columnLetters(c), m_header.value(c));
    if (named.isEmpty())
        return {};
    return tr("%1: could be %2").arg(ColumnMapping::label(field), named.join(tr(" or ")));
}

QStringList HeadingGuess::doubts(const ColumnMapping *chosen) const
{
    const auto columnUsed = [this](int column) {
        for (ImportField f : ColumnMapping::allFields())
            if (m_mapping.column(f) == column)
                return true;
        return false;
    };
    QStringList out;
    for (ImportField field : ColumnMapping::allFields()) {
        const int used = m_mapping.column(field);
        if (used < 0 || (chosen && chosen->column(field) != used))
            continue;
        int usedScore = 0;
        for (const auto &[score, column] : m_scores.value(field))
            if (column == used)
                usedScore = score;
        for (const auto &[score, column] : m_scores.value(field)) {
            // Two headings the lists both name for the field: ColumnMapping::clashes() says
            // so already, in its own words.
            ImportField a, b;
            if (ColumnMapping::knownHeading(m_header.value(used), &a) && a == field &&
                ColumnMapping::knownHeading(m_header.value(column), &b) && b == field)
                continue;
            if (column == used || score < Confident || usedScore - score > 10 || columnUsed(column))
                continue;
            out << tr("%1 is read from column %2 \"%3\", but column %4 \"%5\" could be it too. "
                      "Check the review, or choose with --map or in the import wizard.")
                       .arg(ColumnMapping::label(field), columnLetters(used), m_header.value(used),
                            columnLetters(column), m_header.value(column));
            break;
        }
    }
    return out;
}

} // namespace enc
