#include "import/SettingsSheet.h"

#include "domain/TextKey.h"
#include "import/HeadingFinder.h"
#include "import/ImportFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::SettingsSheet", text);
}

bool hasAny(const QString &key, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&key](const char *w) { return key.contains(QLatin1String(w)); });
}

bool isAny(const QString &key, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&key](const char *w) { return key == QLatin1String(w); });
}

// A person's name split over two columns ("DSL first name", "DSL surname"), or one column.
SettingColumn personPart(const QString &key, SettingColumn whole, SettingColumn first,
                         SettingColumn last)
{
    if (hasAny(key, {"firstname", "forename", "givenname"}))
        return first;
    if (hasAny(key, {"surname", "lastname", "familyname"}))
        return last;
    return whole;
}

bool isEmail(const QString &key)
{
    return hasAny(key, {"email", "mail", "cjsm", "egress"});
}

// The register's numbers lose a phone number's leading zero when a workbook stores it as a
// number (1743 123456 -> 1743123456).
QString phoneText(const QString &cell)
{
    const QString t = cell.simplified();
    const bool digits =
        !t.isEmpty() && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
    if (digits && t.size() == 10 && !t.startsWith(QLatin1Char('0')))
        return QLatin1Char('0') + t;
    return t;
}

int fieldsNamed(const QStringList &row)
{
    const auto columns = SettingsSheet::columnsOf(row);
    if (!columns.contains(SettingColumn::Name) && !columns.contains(SettingColumn::Urn))
        return 0;
    return int(columns.size());
}

} // namespace

QString SettingsSheet::label(SettingColumn c)
{
    switch (c) {
    case SettingColumn::Urn:
        return tr("URN");
    case SettingColumn::Name:
        return tr("Setting name");
    case SettingColumn::Type:
        return tr("Type");
    case SettingColumn::Area:
        return tr("Area");
    case SettingColumn::DslName:
        return tr("DSL name");
    case SettingColumn::DslFirstName:
        return tr("DSL first name");
    case SettingColumn::DslLastName:
        return tr("DSL surname");
    case SettingColumn::DslEmail:
        return tr("DSL email");
    case SettingColumn::DeputyName:
        return tr("Deputy name");
    case SettingColumn::DeputyFirstName:
        return tr("Deputy first name");
    case SettingColumn::DeputyLastName:
        return tr("Deputy surname");
    case SettingColumn::DeputyEmail:
        return tr("Deputy email");
    case SettingColumn::Phone:
        return tr("Phone");
    case SettingColumn::OpenOrClosed:
        return tr("Status");
    }
    return {};
}

QString SettingsSheet::heading(SettingColumn c) const
{
    const int at = columns.value(c, -1);
    return at >= 0 && at < header.size() ? header.at(at).simplified() : label(c);
}

int SettingsSheet::recognise(const QString &heading, SettingColumn *column)
{
    const QString key = TextKey::name(heading);
    if (key.isEmpty() || hasAny(key, {"code"}))
        return 0; // the register's "(code)" columns sit beside its "(name)" ones
    // The deputy first: "Deputy DSL email" names both.
    if (hasAny(key, {"deputy", "ddsl", "alternate", "seconddsl"})) {
        *column = isEmail(key)
                      ? SettingColumn::DeputyEmail
                      : personPart(key, SettingColumn::DeputyName, SettingColumn::DeputyFirstName,
                                   SettingColumn::DeputyLastName);
        return isAny(key, {"deputy", "deputydsl", "deputyname", "deputydslname", "deputyemail",
                           "deputydslemail"})
                   ? 2
                   : 1;
    }
    if (hasAny(key, {"dsl", "safeguarding", "designatedlead"})) {
        *column = isEmail(key)
                      ? SettingColumn::DslEmail
                      : personPart(key, SettingColumn::DslName, SettingColumn::DslFirstName,
                                   SettingColumn::DslLastName);
        return isAny(key, {"dsl", "dslname", "dslemail", "designatedsafeguardinglead"}) ? 2 : 1;
    }
    if (isEmail(key)) {
        *column = SettingColumn::DslEmail;
        return 1;
    }
    if (hasAny(key, {"phone", "telephone"}) || key.startsWith(QLatin1String("tel"))) {
        *column = SettingColumn::Phone;
        return isAny(key, {"phone", "telephone", "telephonenum", "telephonenumber", "tel", "telno",
                           "phonenumber"})
                   ? 2
                   : 1;
    }
    if (isAny(key, {"urn", "ofstedurn", "settingurn", "schoolurn", "ofstednumber", "ofstedno",
                    "ofstedreference", "ofstedregistrationnumber", "registrationnumber"})) {
        *column = SettingColumn::Urn;
        return 2;
    }
    // "Ofsted Registration No", "Ofsted ref": the number, not the inspection's grade or date.
    if (key.endsWith(QLatin1String("urn")) ||
        (key.contains(QLatin1String("ofsted")) &&
         !hasAny(key,
                 {"rating", "grade", "insp", "date", "judgement", "outcome", "report", "last"}))) {
        *column = SettingColumn::Urn;
        return 1;
    }
    if (isAny(key, {"establishmentstatusname", "establishmentstatus", "status"})) {
        *column = SettingColumn::OpenOrClosed;
        return 2;
    }
    if (isAny(key, {"typeofestablishmentname", "typeofestablishment", "type", "settingtype",
                    "providertype", "establishmenttype", "typeofsetting", "typeofprovision"})) {
        *column = SettingColumn::Type;
        return 2;
    }
    if (key.contains(QLatin1String("type"))) {
        *column = SettingColumn::Type;
        return 1;
    }
    if (isAny(key, {"laname", "la", "localauthority", "localauthorityname", "area", "areaname",
                    "locality", "district", "familyhubarea"})) {
        *column = SettingColumn::Area;
        return 2;
    }
    if (hasAny(key, {"area", "locality"})) {
        *column = SettingColumn::Area;
        return 1;
    }
    if (isAny(key, {"establishmentname", "settingname", "name", "setting", "schoolname", "school",
                    "providername", "provider", "nameofsetting", "schoolorsetting", "schoolsetting",
                    "settingschool", "nurseryname", "nursery"})) {
        *column = SettingColumn::Name;
        return 2;
    }
    if (key.endsWith(QLatin1String("name")) &&
        hasAny(key, {"setting", "school", "provider", "establishment", "nursery", "childminder"})) {
        *column = SettingColumn::Name;
        return 1;
    }
    return 0;
}

QHash<SettingColumn, int> SettingsSheet::columnsOf(const QStringList &header)
{
    QHash<SettingColumn, int> columns;
    QHash<SettingColumn, int> sureness;
    for (int i = 0; i < header.size(); ++i) {
        SettingColumn c;
        const int sure = recognise(header.at(i), &c);
        if (sure > sureness.value(c, 0)) {
            columns.insert(c, i);
            sureness.insert(c, sure);
        }
    }
    // A name in one column wins over the same name split in two.
    if (columns.contains(SettingColumn::DslName)) {
        columns.remove(SettingColumn::DslFirstName);
        columns.remove(SettingColumn::DslLastName);
    }
    if (columns.contains(SettingColumn::DeputyName)) {
        columns.remove(SettingColumn::DeputyFirstName);
        columns.remove(SettingColumn::DeputyLastName);
    }
    return columns;
}

Result<SettingsSheet> SettingsSheet::fromTable(ImportTable table)
{
    // The police import's heading finder looked for police headings: look again for ours.
    QList<QStringList> candidates = table.skipped;
    QList<int> numbers = table.skippedNumbers;
    candidates << table.header << table.rows.mid(0, HeadingFinder::RowsLooked);
    numbers << table.headerRow << table.rowNumbers.mid(0, HeadingFinder::RowsLooked);
    int best = -1;
    int bestNamed = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        if (const int named = fieldsNamed(candidates.at(i)); named > bestNamed) {
            best = i;
            bestNamed = named;
        }
    }
    if (best < 0) {
        return Result<SettingsSheet>::failure(
            tr("%1 has no column for the setting's name or URN (a heading such as \"Setting "
               "name\", \"EstablishmentName\" or \"URN\"): the headings found were %2.")
                .arg(table.fileName, table.header.join(QLatin1String(", "))),
            label(SettingColumn::Name));
    }
    if (numbers.at(best) != table.headerRow)
        HeadingFinder::useRow(table, numbers.at(best));

    // A police daily file chosen by mistake names a setting too: say what it is instead.
    if (columnsOf(table.header).size() <= 2 && HeadingFinder::fieldsNamed(table.header) >= 4) {
        return Result<SettingsSheet>::failure(
            tr("%1 looks like a police file (its headings are those of PPNs, not of a settings "
               "directory): import it on the Import page or with \"encompass-cli import\".")
                .arg(table.fileName));
    }

    SettingsSheet out;
    out.fileName = table.fileName;
    out.sheet = table.sheet;
    out.headerRow = table.headerRow;
    out.header = table.header;
    out.columns = columnsOf(table.header);
    for (int i = 0; i < table.header.size(); ++i) {
        if (!table.header.at(i).trimmed().isEmpty() &&
            std::find(out.columns.cbegin(), out.columns.cend(), i) == out.columns.cend())
            out.unused << table.header.at(i).simplified();
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const auto cell = [&](SettingColumn c) {
            return out.has(c) ? table.cell(r, out.columns.value(c)).simplified() : QString();
        };
        const auto person = [&](SettingColumn whole, SettingColumn first, SettingColumn last) {
            if (out.has(whole))
                return cell(whole);
            return QStringList{cell(first), cell(last)}.join(QLatin1Char(' ')).trimmed();
        };
        SettingsSheetRow row;
        row.row = table.rowNumbers.at(r);
        row.urn = cell(SettingColumn::Urn).toUpper();
        // "N/A", "-", "TBC": no URN (every URN and Ofsted number has digits).
        if (std::none_of(row.urn.cbegin(), row.urn.cend(), [](QChar c) { return c.isDigit(); }))
            row.urn.clear();
        row.name = cell(SettingColumn::Name);
        row.type = cell(SettingColumn::Type);
        row.area = cell(SettingColumn::Area);
        row.dslName =
            person(SettingColumn::DslName, SettingColumn::DslFirstName, SettingColumn::DslLastName);
        row.dslEmail = cell(SettingColumn::DslEmail);
        row.deputyName = person(SettingColumn::DeputyName, SettingColumn::DeputyFirstName,
                                SettingColumn::DeputyLastName);
        row.deputyEmail = cell(SettingColumn::DeputyEmail);
        row.phone = phoneText(cell(SettingColumn::Phone));
        row.closed =
            TextKey::name(cell(SettingColumn::OpenOrClosed)).startsWith(QLatin1String("closed"));
        const bool blank = row.urn.isEmpty() && row.name.isEmpty() && row.dslName.isEmpty() &&
                           row.dslEmail.isEmpty() && row.deputyName.isEmpty() &&
                           row.deputyEmail.isEmpty() && row.phone.isEmpty();
        if (!blank)
            out.rows << row;
    }
    if (out.rows.isEmpty()) {
        return Result<SettingsSheet>::failure(
            tr("%1 has headings on row %2 but no settings under them: there is nothing to import.")
                .arg(out.fileName)
                .arg(out.headerRow));
    }
    return out;
}

Result<SettingsSheet> SettingsSheet::read(const QString &path)
{
    // The police import's heading finder may take a settings row for the headings and leave
    // nothing under them: read from the first row, and find the headings in fromTable.
    const auto readSheet = [&path](const QString &sheet) {
        auto file = ImportFile::read(path, sheet, 1);
        return file ? file : ImportFile::read(path, sheet);
    };
    auto file = readSheet({});
    if (!file)
        return file.error();
    // A workbook's sheet was chosen for its police headings: choose again for ours.
    Result<SettingsSheet> best = fromTable(file->table);
    for (const QString &sheet : std::as_const(file->sheets)) {
        if (sheet == file->table.sheet)
            continue;
        auto other = readSheet(sheet);
        if (!other)
            continue;
        auto candidate = fromTable(other->table);
        if (candidate && (!best || candidate->columns.size() > best->columns.size()))
            best = std::move(candidate);
    }
    return best;
}

} // namespace enc
