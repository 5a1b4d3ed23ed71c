#include "import/RowMapper.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "import/CellParser.h"
#include "import/ImportLimits.h"

#include <QCoreApplication>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::RowMapper", text);
}

// Older than this is not a child's age: the wrong column.
constexpr int MaxChildAge = 25;

} // namespace

RowMapper::RowMapper(ColumnMapping mapping, QDate today, QDate received)
    : m_mapping(std::move(mapping)), m_today(today), m_received(received)
{}

QString RowMapper::heading(const ImportTable &table, ImportField field) const
{
    const int c = m_mapping.column(field);
    if (c >= 0 && c < table.header.size() && !table.header.at(c).isEmpty())
        return table.header.at(c);
    return ColumnMapping::label(field);
}

RowMapper::Output RowMapper::map(const ImportTable &table) const
{
    Output out;
    out.rows.reserve(table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        ImportRow row;
        RowError error;
        if (mapRow(table, i, &row, &error))
            out.rows.append(std::move(row));
        else
            out.errors.append(std::move(error));
    }
    return out;
}

bool RowMapper::mapRow(const ImportTable &table, qsizetype index, ImportRow *row,
                       RowError *error) const
{
    const int rowNumber =
        index < table.rowNumbers.size() ? table.rowNumbers.at(index) : int(index) + 2;
    // Control characters (a NUL, a terminal escape sequence) never belong in a police
    // export: they are taken out, and the row says which columns held them.
    QList<ImportField> stripped;
    auto cell = [&](ImportField f) {
        QString text = table.cell(index, m_mapping.column(f));
        if (CellParser::stripControls(&text) && !stripped.contains(f))
            stripped << f;
        return text.trimmed();
    };
    auto fail = [&](ImportField f, const QString &message) {
        QString why = message;
        if (stripped.contains(f)) // what is left of the cell may be why it is wrong
            why += tr(" (control characters were removed from it)");
        *error =
            RowError{rowNumber, heading(table, f), why, cell(ImportField::Reference).simplified()};
        return false;
    };
    // A field longer than a police system writes: the wrong column, or not a police file.
    auto tooLong = [&](ImportField f, const QString &value, int limit) {
        if (value.size() <= limit)
            return false;
        fail(f, tr("%1 is %2 characters long, more than the %3 a %4 can have")
                    .arg(heading(table, f))
                    .arg(value.size())
                    .arg(limit)
                    .arg(ColumnMapping::label(f).toLower()));
        return true;
    };

    row->row = rowNumber;
    row->reference = cell(ImportField::Reference).simplified();
    if (row->reference.isEmpty())
        return fail(ImportField::Reference, tr("the police reference is empty"));
    if (tooLong(ImportField::Reference, row->reference, ImportLimits::MaxReferenceChars)) {
        error->reference.clear();
        return false;
    }

    // Incident date, with the time in the same cell or its own column.
    auto incident = CellParser::dateTime(cell(ImportField::IncidentDate), m_today);
    if (!incident)
        return fail(ImportField::IncidentDate, incident.errorText());
    if (!incident->date.isValid())
        return fail(ImportField::IncidentDate, tr("the incident date is empty"));
    if (m_today.isValid() && incident->date > m_today) {
        return fail(
            ImportField::IncidentDate,
            tr("the incident date %1 is in the future").arg(DateInput::format(incident->date)));
    }
    if (m_received.isValid() && incident->date > m_received) {
        return fail(ImportField::IncidentDate,
                    tr("the incident date %1 is after the date received %2")
                        .arg(DateInput::format(incident->date), DateInput::format(m_received)));
    }
    row->incidentDate = incident->date;
    row->incidentTime = incident->time;
    if (m_mapping.has(ImportField::IncidentTime)) {
        auto t = CellParser::time(cell(ImportField::IncidentTime));
        if (!t)
            return fail(ImportField::IncidentTime, t.errorText());
        if (t->isValid())
            row->incidentTime = *t;
    }

    // The child's name: separate columns, or one column split.
    if (m_mapping.has(ImportField::Forename) || m_mapping.has(ImportField::Surname)) {
        row->forename = cell(ImportField::Forename);
        row->surname = cell(ImportField::Surname);
    }
    if ((row->forename.isEmpty() || row->surname.isEmpty()) &&
        m_mapping.has(ImportField::FullName)) {
        const PersonName n = CellParser::splitName(cell(ImportField::FullName));
        if (row->forename.isEmpty())
            row->forename = n.forename;
        if (row->surname.isEmpty())
            row->surname = n.surname;
    }
    row->forename = CellParser::tidyName(row->forename);
    row->surname = CellParser::tidyName(row->surname);
    const ImportField nameField =
        m_mapping.has(ImportField::FullName) ? ImportField::FullName : ImportField::Forename;
    if (row->forename.isEmpty())
        return fail(nameField, tr("the child's forename is empty"));
    const ImportField surnameField =
        m_mapping.has(ImportField::FullName) ? ImportField::FullName : ImportField::Surname;
    if (row->surname.isEmpty())
        return fail(surnameField, tr("the child's surname is empty"));
    if (tooLong(nameField, row->forename, ImportLimits::MaxNameChars) ||
        tooLong(surnameField, row->surname, ImportLimits::MaxNameChars))
        return false;

    // An age in place of a date of birth: the row is kept for a person to match (a child is
    // never made with an invented date of birth).
    const QString ageText = m_mapping.has(ImportField::Age) ? cell(ImportField::Age) : QString();
    const int age = CellParser::age(ageText);
    auto dob = CellParser::dateTime(cell(ImportField::DateOfBirth), m_today);
    if (!dob)
        return fail(ImportField::DateOfBirth, dob.errorText());
    if (!dob->date.isValid()) {
        if (ageText.isEmpty())
            return fail(ImportField::DateOfBirth, tr("the date of birth is empty"));
        if (age < 0 || age > MaxChildAge) {
            return fail(ImportField::Age,
                        tr("there is no date of birth and %1 \"%2\" is not a child's age in years")
                            .arg(heading(table, ImportField::Age), ageText));
        }
        row->age = age;
    } else {
        if (m_today.isValid() && dob->date > m_today) {
            return fail(
                ImportField::DateOfBirth,
                tr("the date of birth %1 is in the future").arg(DateInput::format(dob->date)));
        }
        if (dob->date > row->incidentDate) {
            return fail(
                ImportField::DateOfBirth,
                tr("the date of birth %1 is after the incident date %2")
                    .arg(DateInput::format(dob->date), DateInput::format(row->incidentDate)));
        }
        row->dateOfBirth = dob->date;
        if (row->dateOfBirth < QDate(1990, 1, 1)) {
            row->warnings << tr("the date of birth %1 is before 1990: check it is the child's")
                                 .arg(DateInput::format(row->dateOfBirth));
        }
        if (age >= 0) {
            row->age = age;
            const int computed = DateInput::ageInYears(row->dateOfBirth, row->incidentDate);
            if (computed >= 0 && std::abs(computed - age) > 1) {
                row->warnings << tr("%1 says %2 but the date of birth gives %3")
                                     .arg(heading(table, ImportField::Age))
                                     .arg(age)
                                     .arg(computed);
            }
        }
    }
    if (const QDate base = m_received.isValid() ? m_received : m_today;
        base.isValid() && row->incidentDate < base.addYears(-1)) {
        row->warnings << tr("the incident date %1 is more than a year before the date "
                            "received %2: check it")
                             .arg(DateInput::format(row->incidentDate), DateInput::format(base));
    }

    row->gender = cell(ImportField::Gender);
    row->setting = cell(ImportField::Setting).simplified();
    row->homeAddress = cell(ImportField::HomeAddress).simplified();
    row->incidentAddress = cell(ImportField::IncidentAddress).simplified();
    row->postcode = cell(ImportField::Postcode).simplified().toUpper();
    if (tooLong(ImportField::Gender, row->gender, ImportLimits::MaxOtherChars) ||
        tooLong(ImportField::Setting, row->setting, ImportLimits::MaxSettingChars) ||
        tooLong(ImportField::HomeAddress, row->homeAddress, ImportLimits::MaxAddressChars) ||
        tooLong(ImportField::IncidentAddress, row->incidentAddress,
                ImportLimits::MaxAddressChars) ||
        tooLong(ImportField::Postcode, row->postcode, ImportLimits::MaxOtherChars))
        return false;

    bool ok = true;
    // Another type of incident is not an Operation Encompass notification: refused, not
    // guessed, so that a burglary never sits on a child's record as domestic abuse.
    row->type = CellParser::ppnType(cell(ImportField::NotificationType), &ok);
    row->typeWritten = !cell(ImportField::NotificationType).isEmpty();
    if (!ok) {
        return fail(ImportField::NotificationType,
                    tr("the notification type \"%1\" is not domestic abuse or a missing child")
                        .arg(cell(ImportField::NotificationType)));
    }
    row->riskText = cell(ImportField::Risk);
    if (const auto word = m_riskWords.constFind(TextKey::name(row->riskText));
        word != m_riskWords.constEnd()) {
        row->risk = *word;
    } else {
        row->risk = CellParser::risk(row->riskText, &ok);
    }
    if (!ok) {
        row->warnings << tr("%1 \"%2\" is not standard, medium or high (or level 1, 2 or 3): "
                            "recorded as unknown")
                             .arg(heading(table, ImportField::Risk), cell(ImportField::Risk));
    }
    row->crime = CellParser::crime(cell(ImportField::Crime), &ok);
    if (!ok) {
        row->warnings << tr("%1 \"%2\" is not crime or non-crime: recorded as unknown")
                             .arg(heading(table, ImportField::Crime), cell(ImportField::Crime));
    }
    row->presence = CellParser::presence(cell(ImportField::Presence), &ok);
    if (!ok) {
        row->warnings << tr("%1 \"%2\" is not present, witnessed or resident not present: "
                            "recorded as unknown")
                             .arg(heading(table, ImportField::Presence),
                                  cell(ImportField::Presence));
    }
    for (const ImportField f : std::as_const(stripped)) {
        row->warnings << tr("%1 held control characters (such as a terminal escape sequence), "
                            "which were removed")
                             .arg(heading(table, f));
    }
    return true;
}

} // namespace enc
