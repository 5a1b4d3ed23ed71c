#include "import/ImportPlan.h"

#include "repo/Ppns.h"
#include "storage/Sql.h"

namespace enc {

QJsonObject ImportPlan::rowJson(const ImportRow &r)
{
    return QJsonObject{
        {QStringLiteral("row"), r.row},
        {QStringLiteral("reference"), r.reference},
        {QStringLiteral("incident_on"), r.incidentDate.toString(Qt::ISODate)},
        {QStringLiteral("incident_time"),
         r.incidentTime.isValid() ? r.incidentTime.toString(QStringLiteral("HH:mm")) : QString()},
        {QStringLiteral("forename"), r.forename},
        {QStringLiteral("surname"), r.surname},
        {QStringLiteral("date_of_birth"), r.dateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("age"), r.age},
        {QStringLiteral("gender"), r.gender},
        {QStringLiteral("setting"), r.setting},
        {QStringLiteral("home_address"), r.homeAddress},
        {QStringLiteral("incident_address"), r.incidentAddress},
        {QStringLiteral("postcode"), r.postcode},
        {QStringLiteral("type"), toString(r.type)},
        {QStringLiteral("type_written"), r.typeWritten},
        {QStringLiteral("risk"), toString(r.risk)},
        {QStringLiteral("risk_text"), r.riskText},
        {QStringLiteral("crime"), toString(r.crime)},
        {QStringLiteral("presence"), toString(r.presence)},
    };
}

ImportRow ImportPlan::rowFromJson(const QJsonObject &o)
{
    ImportRow r;
    r.row = o.value(QStringLiteral("row")).toInt();
    r.reference = o.value(QStringLiteral("reference")).toString();
    r.incidentDate =
        QDate::fromString(o.value(QStringLiteral("incident_on")).toString(), Qt::ISODate);
    r.incidentTime = QTime::fromString(o.value(QStringLiteral("incident_time")).toString(),
                                       QStringLiteral("HH:mm"));
    r.forename = o.value(QStringLiteral("forename")).toString();
    r.surname = o.value(QStringLiteral("surname")).toString();
    r.dateOfBirth =
        QDate::fromString(o.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate);
    r.age = o.value(QStringLiteral("age")).toInt(-1);
    r.gender = o.value(QStringLiteral("gender")).toString();
    r.setting = o.value(QStringLiteral("setting")).toString();
    r.homeAddress = o.value(QStringLiteral("home_address")).toString();
    r.incidentAddress = o.value(QStringLiteral("incident_address")).toString();
    r.postcode = o.value(QStringLiteral("postcode")).toString();
    r.type = ppnTypeFromString(o.value(QStringLiteral("type")).toString());
    r.typeWritten = o.value(QStringLiteral("type_written")).toBool();
    r.risk = riskFromString(o.value(QStringLiteral("risk")).toString());
    r.riskText = o.value(QStringLiteral("risk_text")).toString();
    r.crime = crimeFromString(o.value(QStringLiteral("crime")).toString());
    r.presence = presenceFromString(o.value(QStringLiteral("presence")).toString());
    return r;
}

} // namespace enc
