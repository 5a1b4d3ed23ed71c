#include "import/NoSettingList.h"
#include "storage/Sha256.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "export/ExportFile.h"
#include "export/SheetText.h"
#include "export/WorkbookText.h"
#include "import/ImportFile.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "repo/Stamp.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/OpenDatabases.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::NoSettingList", text);
}

QVariantList cells(const NoSettingList::Entry &e)
{
    return {e.childId,  e.forename, e.surname, DateInput::format(e.dateOfBirth),
            e.postcode, e.area,     QString()};
}

Status writeCsv(const QString &path, const QList<NoSettingList::Entry> &entries)
{
    QList<QVariantList> rows(1);
    for (const QString &heading : NoSettingList::headings())
        rows.first() << heading;
    for (const auto &e : entries)
        rows << cells(e);
    return ExportFile::write(path, SheetText::csv(rows));
}

Status writeXlsx(const QString &path, const QList<NoSettingList::Entry> &entries)
{
    return ExportFile::writeWorkbook(path, [&entries](lxw_workbook *book) {
        const WorkbookText text(book);
        lxw_worksheet *sheet = workbook_add_worksheet(book, "No known setting");
        lxw_format *bold = workbook_add_format(book);
        format_set_bold(bold);
        const QStringList headings = NoSettingList::headings();
        for (int c = 0; c < headings.size(); ++c)
            text.write(sheet, 0, c, headings.at(c), bold);
        int row = 1;
        for (const auto &e : entries) {
            worksheet_write_number(sheet, lxw_row_t(row), 0, double(e.childId), nullptr);
            const QVariantList values = cells(e);
            for (int c = 1; c < values.size() - 1; ++c)
                text.write(sheet, row, c, values.at(c).toString());
            ++row;
        }
        worksheet_set_column(sheet, 1, 5, 18, nullptr);
        worksheet_set_column(sheet, 6, 6, 40, nullptr);
    });
}

} // namespace

QStringList NoSettingList::headings()
{
    return {tr("Child id"),
            tr("Forename"),
            tr("Surname"),
            tr("Date of birth"),
            tr("Postcode"),
            tr("Area"),
            tr("Setting (name or URN, or: not in setting, home educated, out of area)")};
}

Result<QList<NoSettingList::Entry>> NoSettingList::entries(const QString &area) const
{
    auto q = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT c.id, c.forename, c.surname, c.date_of_birth, "
                       "c.postcode, coalesce(a.name, '') FROM child c LEFT JOIN "
                       "area a ON a.id = c.area_id WHERE c.setting_known = "
                       "'unknown' AND c.archived_at IS NULL AND (:area = '' OR "
                       "a.name = :area) ORDER BY a.name, "
                       "c.surname_key, c.forename_key"),
        {{QStringLiteral("area"), area.trimmed().isNull() ? QStringLiteral("") : area.trimmed()}});
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    Sql::toDate(q->value(3)), q->value(4).toString(), q->value(5).toString()});
    }
    return out;
}

Status NoSettingList::record(const QString &path, const QList<Entry> &entries) const
{
    QFile f(path);
    QByteArray hash;
    if (f.open(QIODevice::ReadOnly))
        hash = Sha256::hash(f.readAll()).toHex();
    return m_db.transaction([&]() -> Status {
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO disclosure (at, user_name, kind, recipient, "
                           "fields, file_name, sha256) VALUES (:now, :user, 'export', :to, "
                           ":fields, :file, :sha) RETURNING id"),
            {{QStringLiteral("now"), Stamp::now()},
             {QStringLiteral("user"), Audit::currentUser(m_db.sql())},
             {QStringLiteral("to"), tr("Children's services (no known setting list)")},
             {QStringLiteral("fields"),
              QStringLiteral("child_id,forename,surname,date_of_birth,postcode,area")},
             {QStringLiteral("file"), QFileInfo(path).fileName()},
             {QStringLiteral("sha"), QString::fromLatin1(hash)}});
        if (!q)
            return q.error();
        if (!q->next())
            return Status::failure(Sql::errorText(*q));
        const Id id = q->value(0).toLongLong();
        q->finish();
        for (const Entry &e : entries) {
            if (Status s = Sql::exec(m_db.sql(),
                                     QStringLiteral("INSERT INTO disclosure_child (disclosure_id, "
                                                    "child_id) VALUES (:d, :c)"),
                                     {{QStringLiteral("d"), id}, {QStringLiteral("c"), e.childId}});
                !s)
                return s;
        }
        QList<Id> children;
        for (const Entry &e : entries)
            children << e.childId;
        return Audit::recordExport(m_db.sql(), QStringLiteral("no-setting-list"), path, children,
                                   {{QStringLiteral("disclosure_id"), id}});
    });
}

Result<int> NoSettingList::exportTo(const QString &path, const QString &area) const
{
    if (Status s = OpenDatabases::refuse(path); !s)
        return s.error();
    auto list = entries(area);
    if (!list)
        return list.error();
    const bool xlsx =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    if (Status s = xlsx ? writeXlsx(path, *list) : writeCsv(path, *list); !s)
        return s.error();
    if (Status s = record(path, *list); !s)
        return s.error();
    return int(list->size());
}

Result<NoSettingList::Applied> NoSettingList::importFrom(const QString &path)
{
    using R = Result<Applied>;
    auto file = ImportFile::read(path);
    if (!file)
        return file.error();
    int idColumn = -1;
    int settingColumn = -1;
    for (int c = 0; c < file->table.header.size(); ++c) {
        const QString k = TextKey::name(file->table.header.at(c));
        if (k == QLatin1String("childid") && idColumn < 0)
            idColumn = c;
        else if (k.startsWith(QLatin1String("setting")) && settingColumn < 0)
            settingColumn = c;
    }
    if (idColumn < 0 || settingColumn < 0) {
        return R::failure(tr("%1 is not a filled no known setting list: it needs the columns "
                             "\"Child id\" and \"Setting\".")
                              .arg(file->fileName));
    }
    const QString settingHeading = file->table.header.at(settingColumn);
    Applied out;
    Children children(m_db);
    Directory directory(m_db);
    Status s = m_db.transaction([&]() -> Status {
        for (qsizetype i = 0; i < file->table.rows.size(); ++i) {
            const int rowNumber = file->table.rowNumbers.at(i);
            const QString text = file->table.cell(i, settingColumn).trimmed();
            if (text.isEmpty()) {
                ++out.unchanged;
                continue;
            }
            bool ok = false;
            const Id childId = file->table.cell(i, idColumn).toLongLong(&ok);
            auto child = ok ? children.get(childId) : Result<Child>::failure(QString());
            if (!child) {
                out.errors << Error{
                    tr("there is no child with id \"%1\"").arg(file->table.cell(i, idColumn)),
                    file->table.header.at(idColumn), rowNumber};
                continue;
            }
            Child c = *child;
            const QString folded = TextKey::name(text);
            c.settingId = 0;
            if (folded == QLatin1String("notinsetting") || folded == QLatin1String("none")) {
                c.settingKnown = SettingKnown::NotInSetting;
            } else if (folded == QLatin1String("homeeducated")) {
                c.settingKnown = SettingKnown::HomeEducated;
            } else if (folded == QLatin1String("outofarea")) {
                c.settingKnown = SettingKnown::OutOfArea;
            } else {
                auto setting = directory.findSetting(text);
                if (setting && *setting == 0 && text != text.toUpper())
                    setting = directory.findSetting(text.toUpper()); // URNs typed in lower case
                if (!setting)
                    return setting.error();
                if (*setting == 0) {
                    out.errors << Error{tr("\"%1\" is not a setting in the directory (name or "
                                           "URN)")
                                            .arg(text),
                                        settingHeading, rowNumber};
                    continue;
                }
                c.settingId = *setting;
                c.settingKnown = SettingKnown::Known;
            }
            auto saved = children.update(c);
            if (!saved) {
                out.errors << Error{saved.errorText(), settingHeading, rowNumber};
                continue;
            }
            ++out.updated;
        }
        return {};
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace enc
