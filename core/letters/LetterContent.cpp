#include "LetterContent.h"

#include "domain/DateInput.h"
#include "repo/Options.h"

#include <QCoreApplication>

namespace enc {

OfficeDetails OfficeDetails::fromOptions(const Options &options)
{
    OfficeDetails o;
    o.name = options.value(QStringLiteral("office.name"), options.officeName());
    o.address = options.value(QStringLiteral("office.address"));
    o.logoPath = options.value(QStringLiteral("office.logo_path"));
    o.email = options.value(QStringLiteral("office.email"));
    o.phone = options.value(QStringLiteral("office.phone"));
    return o;
}

namespace {

QString joinAddress(const QString &address, const QString &postcode)
{
    QStringList parts;
    if (!address.trimmed().isEmpty())
        parts << address.trimmed();
    if (!postcode.trimmed().isEmpty())
        parts << postcode.trimmed();
    return parts.join(QStringLiteral(", "));
}

QString notificationType(PpnType type)
{
    return type == PpnType::MissingChild
               ? QCoreApplication::translate("enc::LetterContent", "Missing child episode")
               : QCoreApplication::translate("enc::LetterContent", "Domestic abuse incident");
}

QHash<QString, QString> childValues(const LetterEntry &e, const LetterFieldOptions &options)
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("child.name"), e.child.fullName());
    v.insert(QStringLiteral("child.dob"), DateInput::longFormat(e.child.dateOfBirth));
    if (e.ppn.id != 0)
        v.insert(QStringLiteral("notification.type"), notificationType(e.ppn.type));
    v.insert(QStringLiteral("incident.date"), DateInput::longFormat(e.ppn.incidentDate));
    v.insert(QStringLiteral("incident.time"),
             e.ppn.incidentTime.isValid() ? e.ppn.incidentTime.toString(QStringLiteral("HH:mm"))
                                          : QString());
    v.insert(QStringLiteral("police.reference"), e.ppn.policeReference);
    v.insert(QStringLiteral("proforma.sent"), DateInput::longFormat(e.proforma.sentOn));
    v.insert(QStringLiteral("proforma.due"), DateInput::longFormat(e.proforma.dueOn));
    if (options.includeAge) {
        const QDate on = e.ppn.incidentDate.isValid() ? e.ppn.incidentDate : QDate::currentDate();
        const int age = DateInput::ageInYears(e.child.dateOfBirth, on);
        if (age >= 0)
            v.insert(QStringLiteral("child.age"), QString::number(age));
    }
    if (options.includeHomeAddress) {
        QString home = joinAddress(e.child.address, e.child.postcode);
        if (home.isEmpty())
            home = e.ppn.homeAddress.trimmed();
        v.insert(QStringLiteral("child.home_address"), home);
    }
    if (options.includeIncidentAddress)
        v.insert(QStringLiteral("incident.address"), e.ppn.incidentAddress.trimmed());
    return v;
}

} // namespace

QString LetterContent::condition(const PlannedLetter &letter)
{
    bool abuse = false;
    bool missing = false;
    for (const LetterEntry &e : letter.entries) {
        missing = missing || (e.ppn.id != 0 && e.ppn.type == PpnType::MissingChild);
        abuse = abuse || (e.ppn.id != 0 && e.ppn.type == PpnType::DomesticAbuse);
    }
    return missing && abuse ? QStringLiteral("notification.mixed")
           : missing        ? QStringLiteral("notification.missing_child")
                            : QStringLiteral("notification.domestic_abuse");
}

LetterValues LetterContent::valuesFor(const PlannedLetter &letter, const OfficeDetails &office,
                                      const LetterFieldOptions &options, QDate today)
{
    LetterValues values;
    values.letter.insert(QStringLiteral("setting.name"), letter.setting.name);
    values.letter.insert(QStringLiteral("setting.dsl"), letter.setting.dslName);
    values.letter.insert(QStringLiteral("office.name"), office.name);
    values.letter.insert(QStringLiteral("office.address"), office.address);
    values.letter.insert(QStringLiteral("today"), DateInput::longFormat(today));
    for (const LetterEntry &e : letter.entries)
        values.children.append(childValues(e, options));
    values.letter.insert(condition(letter), QStringLiteral("yes")); // which wording it takes
    return values;
}

} // namespace enc
