#include "import/ColumnMapping.h"

#include "domain/TextKey.h"
#include "import/HeadingGuess.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ColumnMapping", text);
}

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label;
    // Folded headings that mean this field.
    QStringList headings;
};

const QList<FieldInfo> &fieldInfo()
{
    static const QList<FieldInfo> info = {
        {ImportField::Reference,
         "police_reference",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Police reference"),
         {QStringLiteral("policereference"),
          QStringLiteral("policeref"),
          QStringLiteral("reference"),
          QStringLiteral("ref"),
          QStringLiteral("refno"),
          QStringLiteral("referencenumber"),
          QStringLiteral("occurrencenumber"),
          QStringLiteral("occurrenceno"),
          QStringLiteral("occurrence"),
          QStringLiteral("occurrenceref"),
          QStringLiteral("occurrencereference"),
          QStringLiteral("niche"),
          QStringLiteral("nicheref"),
          QStringLiteral("nichereference"),
          QStringLiteral("nicheno"),
          QStringLiteral("nichenumber"),
          QStringLiteral("nicheoccurrencenumber"),
          QStringLiteral("nicheoccurrence"),
          QStringLiteral("urn"),
          QStringLiteral("policeurn"),
          QStringLiteral("ppnreference"),
          QStringLiteral("ppnref"),
          QStringLiteral("ppnnumber"),
          QStringLiteral("incidentnumber"),
          QStringLiteral("incidentref"),
          QStringLiteral("incidentreference"),
          QStringLiteral("crimereference"),
          QStringLiteral("crimenumber"),
          QStringLiteral("logno"),
          QStringLiteral("lognumber")}},
        {ImportField::IncidentDate,
         "incident_date",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Incident date"),
         {QStringLiteral("incidentdate"), QStringLiteral("dateofincident"), QStringLiteral("date"),
          QStringLiteral("occurrencedate"), QStringLiteral("dateofoccurrence"),
          QStringLiteral("incidentdatetime"), QStringLiteral("incidentdateandtime"),
          QStringLiteral("dateandtime"), QStringLiteral("datetime"),
          QStringLiteral("dateandtimeofincident"), QStringLiteral("incidentdatetimestart"),
          QStringLiteral("dateofincidentandtime"), QStringLiteral("committeddate")}},
        {ImportField::IncidentTime,
         "incident_time",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Incident time"),
         {QStringLiteral("incidenttime"), QStringLiteral("time"), QStringLiteral("timeofincident"),
          QStringLiteral("occurrencetime"), QStringLiteral("time24hr"), QStringLiteral("time24h")}},
        {ImportField::Forename,
         "forename",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Forename"),
         {QStringLiteral("forename"), QStringLiteral("forenames"), QStringLiteral("firstname"),
          QStringLiteral("firstnames"), QStringLiteral("givenname"),
          QStringLiteral("childforename"), QStringLiteral("childsforename"),
          QStringLiteral("childfirstname"), QStringLiteral("childsfirstname")}},
        {ImportField::Surname,
         "surname",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Surname"),
         {QStringLiteral("surname"), QStringLiteral("lastname"), QStringLiteral("familyname"),
          QStringLiteral("childsurname"), QStringLiteral("childssurname"),
          QStringLiteral("childlastname"), QStringLiteral("childslastname")}},
        {ImportField::FullName,
         "name",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Name (one column)"),
         {QStringLiteral("name"), QStringLiteral("childname"), QStringLiteral("childsname"),
          QStringLiteral("fullname"), QStringLiteral("childfullname"),
          QStringLiteral("nameofchild"), QStringLiteral("child"), QStringLiteral("childsfullname"),
          QStringLiteral("surnameforename")}},
        {ImportField::DateOfBirth,
         "date_of_birth",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Date of birth"),
         {QStringLiteral("dob"), QStringLiteral("dateofbirth"), QStringLiteral("birthdate"),
          QStringLiteral("childdob"), QStringLiteral("childsdob"),
          QStringLiteral("childdateofbirth"), QStringLiteral("childsdateofbirth")}},
        {ImportField::Age,
         "age",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Age"),
         {QStringLiteral("age"), QStringLiteral("childage"), QStringLiteral("childsage"),
          QStringLiteral("ageatincident"), QStringLiteral("ageyears")}},
        {ImportField::Setting,
         "setting",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "School or setting"),
         {QStringLiteral("school"), QStringLiteral("setting"), QStringLiteral("schoolsetting"),
          QStringLiteral("schoolorsetting"), QStringLiteral("schoolname"),
          QStringLiteral("settingname"), QStringLiteral("nursery"),
          QStringLiteral("earlyyearssetting"), QStringLiteral("educationsetting"),
          QStringLiteral("schoolnursery"), QStringLiteral("schoolurn"),
          QStringLiteral("settingurn"), QStringLiteral("ofstedurn"), QStringLiteral("provider"),
          QStringLiteral("childsschool"), QStringLiteral("childschool")}},
        {ImportField::HomeAddress,
         "home_address",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Home address"),
         {QStringLiteral("homeaddress"), QStringLiteral("address"), QStringLiteral("childaddress"),
          QStringLiteral("childsaddress"), QStringLiteral("childhomeaddress"),
          QStringLiteral("residentialaddress"), QStringLiteral("homeaddressofchild")}},
        {ImportField::IncidentAddress,
         "incident_address",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Incident address"),
         {QStringLiteral("incidentaddress"), QStringLiteral("addressofincident"),
          QStringLiteral("incidentlocation"), QStringLiteral("locationofincident"),
          QStringLiteral("location"), QStringLiteral("occurrenceaddress"),
          QStringLiteral("occurrencelocation")}},
        {ImportField::Postcode,
         "postcode",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Postcode"),
         {QStringLiteral("postcode"), QStringLiteral("homepostcode"), QStringLiteral("postalcode"),
          QStringLiteral("childpostcode"), QStringLiteral("postcodeofhome")}},
        {ImportField::Risk,
         "risk",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "DASH risk"),
         {QStringLiteral("dash"), QStringLiteral("dashrisk"), QStringLiteral("risk"),
          QStringLiteral("risklevel"), QStringLiteral("dashgrade"), QStringLiteral("dashriskgrade"),
          QStringLiteral("riskgrade"), QStringLiteral("dashrating"), QStringLiteral("dashlevel"),
          QStringLiteral("dashrisklevel"), QStringLiteral("riskassessment")}},
        {ImportField::NotificationType,
         "notification_type",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Notification type"),
         {QStringLiteral("notificationtype"), QStringLiteral("type"), QStringLiteral("ppntype"),
          QStringLiteral("incidenttype"), QStringLiteral("category"),
          QStringLiteral("notificationcategory"), QStringLiteral("ppncategory"),
          QStringLiteral("typeofnotification"), QStringLiteral("typeofincident")}},
        {ImportField::Crime,
         "crime",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Crime or non-crime"),
         {QStringLiteral("crime"), QStringLiteral("crimenoncrime"),
          QStringLiteral("crimeornoncrime"), QStringLiteral("crimestatus"),
          QStringLiteral("noncrime"), QStringLiteral("crimeincident")}},
        {ImportField::Presence,
         "presence",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Presence"),
         {QStringLiteral("presence"), QStringLiteral("present"), QStringLiteral("childpresent"),
          QStringLiteral("waschildpresent"), QStringLiteral("childpresence"),
          QStringLiteral("presentatincident"), QStringLiteral("childwitnessed")}},
        {ImportField::Gender,
         "gender",
         QT_TRANSLATE_NOOP("enc::ColumnMapping", "Gender"),
         {QStringLiteral("gender"), QStringLiteral("sex"), QStringLiteral("childgender")}},
    };
    return info;
}

const FieldInfo *infoFor(ImportField field)
{
    for (const FieldInfo &i : fieldInfo()) {
        if (i.field == field)
            return &i;
    }
    return nullptr;
}

// The field a heading names, from the lists of headings (as guess() reads them first).
bool headingField(const QString &folded, ImportField *field)
{
    for (const FieldInfo &i : fieldInfo()) {
        if (i.headings.contains(folded)) {
            *field = i.field;
            return true;
        }
    }
    return false;
}

} // namespace

QList<ImportField> ColumnMapping::allFields()
{
    QList<ImportField> out;
    for (const FieldInfo &i : fieldInfo())
        out << i.field;
    return out;
}

QString ColumnMapping::label(ImportField field)
{
    const FieldInfo *i = infoFor(field);
    return i ? tr(i->label) : QString();
}

QString ColumnMapping::key(ImportField field)
{
    const FieldInfo *i = infoFor(field);
    return i ? QString::fromLatin1(i->key) : QString();
}

bool ColumnMapping::fieldFromKey(const QString &key, ImportField *field)
{
    for (const FieldInfo &i : fieldInfo()) {
        if (key == QLatin1String(i.key)) {
            *field = i.field;
            return true;
        }
    }
    return false;
}

void ColumnMapping::set(ImportField field, int column)
{
    if (column < 0) {
        m_columns.remove(field);
        return;
    }
    // A column holds one field.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column && it.key() != field)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns.insert(field, column);
}

ColumnMapping ColumnMapping::guess(const QStringList &header, const QList<QStringList> &rows,
                                   QDate today)
{
    return HeadingGuess(header, rows, today).mapping();
}

bool ColumnMapping::knownHeading(const QString &heading, ImportField *field)
{
    return headingField(TextKey::name(heading), field);
}

int ColumnMapping::columnNamed(const QStringList &header, const QString &name)
{
    const QString wanted = TextKey::name(name);
    for (int c = 0; c < header.size(); ++c)
        if (!wanted.isEmpty() && TextKey::name(header.at(c)) == wanted)
            return c;
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{1,3}$"));
    if (!letters.match(name.trimmed()).hasMatch())
        return -1;
    int column = 0;
    for (const QChar ch : name.trimmed().toUpper())
        column = column * 26 + (ch.unicode() - u'A' + 1);
    return column - 1 < header.size() ? column - 1 : -1;
}

QString ColumnMapping::headerKey(const QStringList &header)
{
    QStringList folded;
    for (const QString &h : header)
        folded << TextKey::name(h);
    return folded.join(QLatin1Char('|'));
}

QStringList ColumnMapping::clashes(const QStringList &header) const
{
    QStringList out;
    for (int c = 0; c < header.size(); ++c) {
        ImportField field;
        if (!headingField(TextKey::name(header.at(c)), &field))
            continue;
        const int used = column(field);
        if (used < 0 || used == c || used >= header.size())
            continue;
        out << tr("Columns %1 \"%2\" and %3 \"%4\" both hold %5: %1 is read, %3 is not. "
                  "Check which is right, and map the columns in the import wizard if need be.")
                   .arg(HeadingGuess::columnLetters(used), header.at(used),
                        HeadingGuess::columnLetters(c), header.at(c), label(field));
    }
    return out;
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    if (!has(ImportField::Reference))
        missing << label(ImportField::Reference);
    if (!has(ImportField::IncidentDate))
        missing << label(ImportField::IncidentDate);
    if (!has(ImportField::FullName)) {
        if (!has(ImportField::Forename))
            missing << label(ImportField::Forename);
        if (!has(ImportField::Surname))
            missing << label(ImportField::Surname);
    }
    if (!has(ImportField::DateOfBirth) && !has(ImportField::Age)) // an age: kept for review
        missing << label(ImportField::DateOfBirth);
    return missing;
}

QJsonObject ColumnMapping::toJson(const QStringList &header) const
{
    QJsonObject o;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() < header.size())
            o.insert(key(it.key()), header.at(it.value()));
    }
    return o;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json, const QStringList &header)
{
    ColumnMapping m;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        ImportField field;
        if (!fieldFromKey(it.key(), &field))
            continue;
        const QString wanted = TextKey::name(it.value().toString());
        for (int c = 0; c < header.size(); ++c) {
            if (TextKey::name(header.at(c)) == wanted) {
                m.set(field, c);
                break;
            }
        }
    }
    return m;
}

} // namespace enc
