#include "import/CellParser.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::CellParser", text);
}

int monthFromName(QStringView name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.toString().toLower();
    if (lower.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (lower.startsWith(QLatin1String(names[m])))
            return m + 1;
    }
    return 0;
}

} // namespace

QDate CellParser::fromExcelSerial(double serial, QTime *time)
{
    // Excel counts 1900-01-01 as day 1 and wrongly keeps 29 February 1900 (day 60).
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466)
        return {};
    const auto day = qint64(std::floor(serial));
    if (day == 60)
        return {};
    const QDate base = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    if (time) {
        const double fraction = serial - double(day);
        const int minutes = int(std::lround(fraction * 24 * 60));
        *time = fraction > 0 ? QTime(0, 0).addSecs(std::min(minutes, 24 * 60 - 1) * 60) : QTime();
    }
    return base.addDays(day);
}

Result<QTime> CellParser::time(const QString &text)
{
    using R = Result<QTime>;
    const QString value = text.trimmed();
    if (value.isEmpty())
        return QTime();
    // The police files' usual "hh:mm", read without the expressions below (one per row).
    if (value.size() == 5 && value[2] == QLatin1Char(':')) {
        const auto digit = [&value](int i) {
            const char16_t c = value[i].unicode();
            return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
        };
        const int d[4] = {digit(0), digit(1), digit(3), digit(4)};
        if (d[0] >= 0 && d[1] >= 0 && d[2] >= 0 && d[3] >= 0) {
            const QTime t(d[0] * 10 + d[1], d[2] * 10 + d[3]);
            if (t.isValid())
                return t;
        }
    }
    static const QRegularExpression clock(
        QStringLiteral("^([0-9]{1,2})[:.]([0-9]{2})(?::([0-9]{2}))?(?:\\.[0-9]+)?$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{2})([0-9]{2})$"));
    static const QRegularExpression dayFraction(QStringLiteral("^0?\\.[0-9]+$"));
    int h = -1;
    int m = -1;
    if (dayFraction.match(value).hasMatch()) {
        const int minutes = int(std::lround(value.toDouble() * 24 * 60));
        return QTime(0, 0).addSecs(std::min(minutes, 24 * 60 - 1) * 60);
    }
    if (const auto c = clock.match(value); c.hasMatch()) {
        h = c.capturedView(1).toInt();
        m = c.capturedView(2).toInt();
    } else if (const auto k = compact.match(value); k.hasMatch()) {
        h = k.capturedView(1).toInt();
        m = k.capturedView(2).toInt();
    } else {
        bool isNumber = false;
        const double fraction = value.toDouble(&isNumber);
        if (isNumber && fraction >= 0 && fraction < 1) {
            const int minutes = int(std::lround(fraction * 24 * 60));
            return QTime(0, 0).addSecs(std::min(minutes, 24 * 60 - 1) * 60);
        }
    }
    const QTime t(h, m);
    if (h < 0 || !t.isValid())
        return R::failure(tr("\"%1\" is not a 24-hour time: use hh:mm").arg(value));
    return t;
}

Result<DateTimeCell> CellParser::dateTime(const QString &text, QDate today)
{
    using R = Result<DateTimeCell>;
    const QString value = text.trimmed();
    DateTimeCell out;
    if (value.isEmpty())
        return out;

    int year = 0;
    int month = 0;
    int day = 0;
    bool twoDigitYear = false;
    QString timeText;
    // The common form, dd/mm/yyyy, is read here without the regular expressions below (what
    // they would read from it, several times faster).
    auto digit = [&value](int i) {
        const char16_t c = value.at(i).unicode();
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    };
    bool plain =
        value.size() == 10 && value.at(2) == QLatin1Char('/') && value.at(5) == QLatin1Char('/');
    for (int i : {0, 1, 3, 4, 6, 7, 8, 9})
        plain = plain && digit(i) >= 0;
    if (plain) {
        day = digit(0) * 10 + digit(1);
        month = digit(3) * 10 + digit(4);
        year = digit(6) * 1000 + digit(7) * 100 + digit(8) * 10 + digit(9);
    } else {
        bool isNumber = false;
        const double serial = value.toDouble(&isNumber);
        if (isNumber && !value.contains(QLatin1Char('/'))) {
            out.date = fromExcelSerial(serial, &out.time);
            if (!out.date.isValid())
                return R::failure(tr("\"%1\" is not a date: use dd/mm/yyyy").arg(value));
            return out;
        }

        // Numeric dates, day first; the time, if any, follows a space or a T.
        static const QRegularExpression dayFirst(QStringLiteral(
            "^([0-9]{1,2})[/.\\-]([0-9]{1,2})[/.\\-]([0-9]{2}|[0-9]{4})(?:[ T]+(.+))?$"));
        static const QRegularExpression yearFirst(
            QStringLiteral("^([0-9]{4})[/\\-]([0-9]{1,2})[/\\-]([0-9]{1,2})(?:[ T]+(.+))?$"));
        static const QRegularExpression named(QStringLiteral(
            "^([0-9]{1,2})[ \\-]([A-Za-z]{3,9})[ \\-,]+([0-9]{2}|[0-9]{4})(?:[ T]+(.+))?$"));
        if (const auto d = dayFirst.match(value); d.hasMatch()) {
            day = d.capturedView(1).toInt();
            month = d.capturedView(2).toInt();
            year = d.capturedView(3).toInt();
            twoDigitYear = d.capturedLength(3) == 2;
            timeText = d.captured(4);
        } else if (const auto y = yearFirst.match(value); y.hasMatch()) {
            year = y.capturedView(1).toInt();
            month = y.capturedView(2).toInt();
            day = y.capturedView(3).toInt();
            timeText = y.captured(4);
        } else if (const auto n = named.match(value); n.hasMatch()) {
            day = n.capturedView(1).toInt();
            month = monthFromName(n.capturedView(2));
            year = n.capturedView(3).toInt();
            twoDigitYear = n.capturedLength(3) == 2;
            timeText = n.captured(4);
            if (month == 0)
                return R::failure(tr("\"%1\" is not a date: use dd/mm/yyyy").arg(value));
        } else {
            return R::failure(tr("\"%1\" is not a date: use dd/mm/yyyy").arg(value));
        }
    }
    if (twoDigitYear)
        year += 2000;
    out.date = QDate(year, month, day);
    if (!out.date.isValid()) {
        if (month > 12 && day <= 12) {
            return R::failure(
                tr("\"%1\" is not a date: month %2 does not exist (dates are day first, "
                   "dd/mm/yyyy)")
                    .arg(value)
                    .arg(month));
        }
        return R::failure(tr("\"%1\" is not a date").arg(value));
    }
    if (twoDigitYear && today.isValid() && out.date > today) {
        return R::failure(
            tr("\"%1\" is ambiguous: the two-digit year could be %2 or %3. Write the year in "
               "full.")
                .arg(value)
                .arg(year)
                .arg(year - 100));
    }
    if (!timeText.isEmpty()) {
        auto t = time(timeText);
        if (!t)
            return R::failure(tr("\"%1\" has a date but the time %2").arg(value, t.errorText()));
        out.time = *t;
    }
    return out;
}

PersonName CellParser::splitName(const QString &text)
{
    const QString value = text.simplified();
    PersonName out;
    const qsizetype comma = value.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        out.surname = value.left(comma).trimmed();
        out.forename = value.mid(comma + 1).trimmed();
        return out;
    }
    const qsizetype space = value.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        out.surname = value;
        return out;
    }
    out.forename = value.left(space);
    out.surname = value.mid(space + 1);
    return out;
}

QString CellParser::tidyName(const QString &text)
{
    const QString value = text.simplified();
    if (value != value.toUpper() || value == value.toLower())
        return value;
    QString out = value.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\'') ||
                c == QChar(0x2019);
    }
    // "Mcdonald" is "McDonald".
    if (out.startsWith(QLatin1String("Mc")) && out.size() > 2)
        out[2] = out.at(2).toUpper();
    return out;
}

bool CellParser::stripControls(QString *text)
{
    const auto control = [](char16_t c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    };
    const QString &in = *text;
    if (std::none_of(in.cbegin(), in.cend(), [&](QChar c) { return control(c.unicode()); }))
        return false;
    QString out;
    out.reserve(in.size());
    bool removed = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char16_t c = in.at(i).unicode();
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            out += QLatin1Char(' ');
            continue;
        }
        if (!control(c)) {
            out += in.at(i);
            continue;
        }
        removed = true;
        const char16_t next = i + 1 < in.size() ? in.at(i + 1).unicode() : 0;
        if ((c == 0x1B && next == u'[') || c == 0x9B) {
            // CSI: parameters and intermediates up to a final byte @ to ~.
            i += c == 0x9B ? 1 : 2;
            while (i < in.size() && !(in.at(i).unicode() >= 0x40 && in.at(i).unicode() <= 0x7E))
                ++i;
        } else if ((c == 0x1B && next == u']') || c == 0x9D) {
            // OSC (a window title, a link): up to BEL or ESC backslash.
            i += c == 0x9D ? 1 : 2;
            while (i < in.size() && in.at(i).unicode() != 0x07 &&
                   !(in.at(i).unicode() == 0x1B && i + 1 < in.size() && in.at(i + 1) == u'\\'))
                ++i;
            if (i < in.size() && in.at(i).unicode() == 0x1B)
                ++i;
        } else if (c == 0x1B && next >= 0x20 && next <= 0x7E) {
            ++i; // a two-character escape
        }
    }
    *text = out;
    return removed;
}

DashRisk CellParser::risk(const QString &text, bool *ok)
{
    const QString k = TextKey::name(text);
    *ok = true;
    if (k.isEmpty() || k == QLatin1String("unknown") || k == QLatin1String("notknown") ||
        k == QLatin1String("na") || k == QLatin1String("notassessed"))
        return DashRisk::Unknown;
    if (k == QLatin1String("standard") || k == QLatin1String("s") || k == QLatin1String("low") ||
        k == QLatin1String("standardrisk") || k == QLatin1String("lowrisk") ||
        k == QLatin1String("level1") || k == QLatin1String("1"))
        return DashRisk::Standard;
    if (k == QLatin1String("medium") || k == QLatin1String("m") ||
        k == QLatin1String("mediumrisk") || k == QLatin1String("level2") || k == QLatin1String("2"))
        return DashRisk::Medium;
    if (k == QLatin1String("high") || k == QLatin1String("h") || k == QLatin1String("highrisk") ||
        k == QLatin1String("level3") || k == QLatin1String("3"))
        return DashRisk::High;
    *ok = false;
    return DashRisk::Unknown;
}

QHash<QString, DashRisk> CellParser::riskWords(const QString &setting, QString *error)
{
    QHash<QString, DashRisk> words;
    QStringList wrong;
    for (const QString &entry :
         setting.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        const QString word = TextKey::name(entry.left(eq));
        bool ok = false;
        const DashRisk grade = eq > 0 ? risk(entry.mid(eq + 1), &ok) : DashRisk::Unknown;
        if (eq <= 0 || word.isEmpty() || !ok || grade == DashRisk::Unknown) {
            wrong << entry.trimmed();
            continue;
        }
        words.insert(word, grade);
    }
    if (error) {
        *error = wrong.isEmpty()
                     ? QString()
                     : QCoreApplication::translate("enc::CellParser",
                                                   "%1: \"%2\" is not a word = standard, medium "
                                                   "or high")
                           .arg(QLatin1String(RiskWordsKey), wrong.join(QStringLiteral("\", \"")));
    }
    return words;
}

int CellParser::age(const QString &text)
{
    const QString t = text.trimmed().toLower();
    qsizetype i = 0;
    while (i < t.size() && t.at(i).isDigit())
        ++i;
    if (i == 0 || i > 3)
        return -1;
    const int n = t.left(i).toInt();
    QString unit = t.mid(i).trimmed();
    if (unit.startsWith(QLatin1Char('.'))) { // "3.5": the whole years
        qsizetype j = 1;
        while (j < unit.size() && unit.at(j).isDigit())
            ++j;
        unit = unit.mid(j).trimmed();
    }
    // The unit is the first word ("2y 4m", "3 years old"); an address ("12 Mill Lane") is none.
    qsizetype end = 0;
    while (end < unit.size() && unit.at(end).isLetter())
        ++end;
    const QString word = unit.left(end);
    static const QStringList months = {QStringLiteral("m"),     QStringLiteral("mo"),
                                       QStringLiteral("mos"),   QStringLiteral("mth"),
                                       QStringLiteral("mths"),  QStringLiteral("month"),
                                       QStringLiteral("months")};
    static const QStringList years = {QStringLiteral("y"),     QStringLiteral("yr"),
                                      QStringLiteral("yrs"),   QStringLiteral("year"),
                                      QStringLiteral("years"), QStringLiteral("yo")};
    if (months.contains(word))
        return n / 12;
    if (unit.isEmpty() || years.contains(word))
        return n;
    return -1;
}

SettingKnown CellParser::settingWord(const QString &text)
{
    const QString folded = TextKey::name(text);
    if (folded == QLatin1String("notinsetting") || folded == QLatin1String("none") ||
        folded == QLatin1String("nosetting") || folded == QLatin1String("notinschool"))
        return SettingKnown::NotInSetting;
    if (folded == QLatin1String("homeeducated") || folded == QLatin1String("ehe") ||
        folded == QLatin1String("electivehomeeducation"))
        return SettingKnown::HomeEducated;
    if (folded == QLatin1String("outofarea"))
        return SettingKnown::OutOfArea;
    return SettingKnown::Unknown;
}

PpnType CellParser::ppnType(const QString &text, bool *ok)
{
    static const QStringList domestic = {QStringLiteral("domesticabuse"),
                                         QStringLiteral("da"),
                                         QStringLiteral("domestic"),
                                         QStringLiteral("domesticincident"),
                                         QStringLiteral("domesticviolence"),
                                         QStringLiteral("dv"),
                                         QStringLiteral("dva"),
                                         QStringLiteral("domesticabuseincident")};
    static const QStringList missing = {QStringLiteral("missingperson"),
                                        QStringLiteral("missingchild"),
                                        QStringLiteral("missing"),
                                        QStringLiteral("mfh"),
                                        QStringLiteral("missingfromhome"),
                                        QStringLiteral("missingfromcare"),
                                        QStringLiteral("mfc"),
                                        QStringLiteral("missingpersonincident")};
    // Words that say which, whatever else the force writes around them ("Domestic Abuse - Non
    // Crime", "MISPER - Child", "Missing Person (Child)", "Concern for welfare - missing").
    static const QStringList domesticWords = {QStringLiteral("domestic"), QStringLiteral("da"),
                                              QStringLiteral("dv"), QStringLiteral("dva")};
    static const QStringList missingWords = {QStringLiteral("missing"),  QStringLiteral("misper"),
                                             QStringLiteral("mispers"),  QStringLiteral("mfh"),
                                             QStringLiteral("mfc"),      QStringLiteral("absent"),
                                             QStringLiteral("absconded")};
    const QString k = TextKey::name(text);
    *ok = true;
    if (k.isEmpty() || domestic.contains(k))
        return PpnType::DomesticAbuse;
    if (missing.contains(k))
        return PpnType::MissingChild;
    bool isDomestic = false;
    bool isMissing = false;
    static const QRegularExpression between(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString &word : text.split(between, Qt::SkipEmptyParts)) {
        const QString w = TextKey::name(word);
        isDomestic = isDomestic || domesticWords.contains(w);
        isMissing = isMissing || missingWords.contains(w);
    }
    *ok = isDomestic != isMissing; // neither, or both: not for the tracker to guess
    return isMissing && !isDomestic ? PpnType::MissingChild : PpnType::DomesticAbuse;
}

CrimeKind CellParser::crime(const QString &text, bool *ok)
{
    const QString k = TextKey::name(text);
    *ok = true;
    if (k.isEmpty() || k == QLatin1String("unknown"))
        return CrimeKind::Unknown;
    if (k == QLatin1String("crime") || k == QLatin1String("c") || k == QLatin1String("y") ||
        k == QLatin1String("yes") || k == QLatin1String("crimed"))
        return CrimeKind::Crime;
    if (k == QLatin1String("noncrime") || k == QLatin1String("nc") || k == QLatin1String("n") ||
        k == QLatin1String("no") || k == QLatin1String("noncrimeincident") ||
        k == QLatin1String("incident"))
        return CrimeKind::NonCrime;
    *ok = false;
    return CrimeKind::Unknown;
}

Presence CellParser::presence(const QString &text, bool *ok)
{
    const QString k = TextKey::name(text);
    *ok = true;
    if (k.isEmpty() || k == QLatin1String("unknown") || k == QLatin1String("notknown"))
        return Presence::Unknown;
    if (k == QLatin1String("present") || k == QLatin1String("yes") || k == QLatin1String("y") ||
        k == QLatin1String("p"))
        return Presence::Present;
    if (k == QLatin1String("witnessed") || k == QLatin1String("w") ||
        k == QLatin1String("presentandwitnessed"))
        return Presence::Witnessed;
    if (k == QLatin1String("residentnotpresent") || k == QLatin1String("resident") ||
        k == QLatin1String("notpresent") || k == QLatin1String("no") || k == QLatin1String("n") ||
        k == QLatin1String("residentbutnotpresent") || k == QLatin1String("r"))
        return Presence::ResidentNotPresent;
    *ok = false;
    return Presence::Unknown;
}

} // namespace enc
