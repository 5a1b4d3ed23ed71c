#include "import/RowMapper.h"

#include "domain/DateInput.h"
#include "import/CellParser.h"

#include <QCoreApplication>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::RowMapper", text);
}

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
    auto cell = [&](ImportField f) {
        return table.cell(index, m_mapping.column(f)).trimmed();
    };
    auto fail = [&](ImportField f, const QString &message) {
        *error = RowError{rowNumber, heading(table, f), message,
                          cell(ImportField::Reference).simplified()};
        return false;
    };

    row->row = rowNumber;
    row->reference = cell(ImportField::Reference).simplified();
    if (row->reference.isEmpty())
        return fail(ImportField::Reference, tr("the police reference is empty"));

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
    if (row->surname.isEmpty()) {
        return fail(m_mapping.has(ImportField::FullName) ? ImportField::FullName
                                                         : ImportField::Surname,
                    tr("the child's surname is empty"));
    }

    auto dob = CellParser::dateTime(cell(ImportField::DateOfBirth), m_today);
    if (!dob)
        return fail(ImportField::DateOfBirth, dob.errorText());
    if (!dob->date.isValid())
        return fail(ImportField::DateOfBirth, tr("the date of birth is empty"));
    if (m_today.isValid() && dob->date > m_today) {
        return fail(ImportField::DateOfBirth,
                    tr("the date of birth %1 is in the future").arg(DateInput::format(dob->date)));
    }
    if (dob->date > row->incidentDate) {
        return fail(ImportField::DateOfBirth,
                    tr("the date of birth %1 is after the incident date %2")
                        .arg(DateInput::format(dob->date), DateInput::format(row->incidentDate)));
    }
    row->dateOfBirth = dob->date;

    if (m_mapping.has(ImportField::Age)) {
        const QString ageText = cell(ImportField::Age);
        bool ok = false;
        const int age = ageText.toInt(&ok);
        if (!ageText.isEmpty() && ok) {
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

    row->gender = cell(ImportField::Gender);
    row->setting = cell(ImportField::Setting).simplified();
    row->homeAddress = cell(ImportField::HomeAddress).simplified();
    row->incidentAddress = cell(ImportField::IncidentAddress).simplified();
    row->postcode = cell(ImportField::Postcode).simplified().toUpper();

    bool ok = true;
    row->risk = CellParser::risk(cell(ImportField::Risk), &ok);
    if (!ok) {
        row->warnings << tr("%1 \"%2\" is not standard, medium or high: recorded as unknown")
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
    return true;
}

} // namespace enc
