#include "import/SettingsImport.h"

#include "domain/TextKey.h"
#include "repo/Directory.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::SettingsImport", text);
}

using Kind = SettingsPlanRow::Kind;

// Compares the row's non-blank cells with the setting, writing them into after. Text the same
// but for case, spaces and punctuation ("Pre-School", "01234 567890") keeps the directory's
// spelling; emails and URNs differ by any character but case.
void compare(SettingsPlanRow &p, const SettingsSheetRow &row)
{
    enum Match
    {
        Loose,
        AnyCase
    };
    const auto field = [&p](const char *key, SettingColumn column, QString &value,
                            const QString &file, Match match) {
        const bool same = match == Loose ? TextKey::name(value) == TextKey::name(file)
                                         : value.compare(file, Qt::CaseInsensitive) == 0;
        if (file.isEmpty() || same)
            return;
        p.changes << SettingFieldChange{QLatin1String(key), SettingsSheet::label(column), value,
                                        file};
        value = file;
    };
    Setting &s = p.after;
    field("name", SettingColumn::Name, s.name, row.name, Loose);
    field("type", SettingColumn::Type, s.type, row.type, Loose);
    field("urn", SettingColumn::Urn, s.urn, row.urn, AnyCase);
    field("area", SettingColumn::Area, p.areaAfter, row.area, AnyCase);
    field("dsl_name", SettingColumn::DslName, s.dslName, row.dslName, Loose);
    field("dsl_email", SettingColumn::DslEmail, s.dslEmail, row.dslEmail, AnyCase);
    field("deputy_name", SettingColumn::DeputyName, s.deputyName, row.deputyName, Loose);
    field("deputy_email", SettingColumn::DeputyEmail, s.deputyEmail, row.deputyEmail, AnyCase);
    field("phone", SettingColumn::Phone, s.phone, row.phone, Loose);
}

} // namespace

int SettingsPlan::count(Kind kind) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [kind](const SettingsPlanRow &r) { return r.kind == kind; }));
}

QString SettingsPlan::summary() const
{
    QString text = tr("%1 new, %2 changed, %3 unchanged")
                       .arg(count(Kind::New))
                       .arg(count(Kind::Changed))
                       .arg(count(Kind::Unchanged));
    if (const int skipped = count(Kind::Skipped))
        text += tr(", %1 closed in the register and not in the directory (left out)").arg(skipped);
    return text;
}

QString SettingsPlan::headingsRead() const
{
    QStringList out;
    for (int i = 0; i < sheet.header.size(); ++i) {
        for (auto it = sheet.columns.cbegin(); it != sheet.columns.cend(); ++it) {
            if (it.value() != i)
                continue;
            const QString heading = sheet.header.at(i).simplified();
            const QString label = SettingsSheet::label(it.key());
            out << (heading.compare(label, Qt::CaseInsensitive) == 0
                        ? heading
                        : tr("%1 (%2)").arg(heading, label));
        }
    }
    return out.join(QLatin1String(", "));
}

Result<SettingsPlan> SettingsImport::plan(Database &db, const QString &path)
{
    auto sheet = SettingsSheet::read(path);
    if (!sheet)
        return sheet.error();
    auto planned = plan(db, *sheet);
    if (planned)
        planned->path = path;
    return planned;
}

Result<SettingsPlan> SettingsImport::plan(Database &db, const SettingsSheet &sheet)
{
    Directory directory(db);
    auto settings = directory.settings(false);
    if (!settings)
        return settings.error();
    auto areas = directory.areas();
    if (!areas)
        return areas.error();
    QHash<Id, QString> areaNames;
    for (const Area &a : std::as_const(*areas))
        areaNames.insert(a.id, a.name);
    QHash<QString, qsizetype> byUrn;
    QHash<QString, qsizetype> byName; // the oldest setting of a name, as findSetting finds it
    for (qsizetype i = 0; i < settings->size(); ++i) {
        const Setting &s = settings->at(i);
        if (!s.urn.trimmed().isEmpty())
            byUrn.insert(s.urn.trimmed().toUpper(), i);
        const QString key = TextKey::name(s.name);
        if (auto it = byName.find(key); it == byName.end() || settings->at(*it).id > s.id)
            byName.insert(key, i);
    }

    SettingsPlan plan;
    plan.sheet = sheet;
    const auto error = [&](const SettingsSheetRow &row, SettingColumn column,
                           const QString &problem) {
        const QString heading = sheet.heading(column);
        plan.errors << Error{
            tr("%1, row %2, %3: %4").arg(sheet.fileName).arg(row.row).arg(heading, problem),
            heading, row.row};
    };
    QHash<Id, int> matchedAt;      // setting -> the file's row that matched it
    QHash<QString, int> newUrnAt;  // URN of a new setting -> its row
    QHash<QString, int> newNameAt; // name key of a new setting without URN -> its row
    for (const SettingsSheetRow &row : sheet.rows) {
        SettingsPlanRow p;
        p.row = row.row;
        qsizetype at = -1;
        if (!row.urn.isEmpty() && byUrn.contains(row.urn)) {
            at = byUrn.value(row.urn);
            p.byUrn = true;
        } else if (const QString key = TextKey::name(row.name);
                   !key.isEmpty() && byName.contains(key)) {
            // Same name, another URN: another establishment of the same name.
            const Setting &named = settings->at(byName.value(key));
            if (row.urn.isEmpty() || named.urn.trimmed().isEmpty())
                at = byName.value(key);
        }
        if (at < 0 && row.name.isEmpty())
            error(row, SettingColumn::Name, tr("the setting's name is blank."));
        for (const auto &[email, column] :
             {std::pair{row.dslEmail, SettingColumn::DslEmail},
              std::pair{row.deputyEmail, SettingColumn::DeputyEmail}}) {
            if (!Directory::plausibleEmail(email))
                error(row, column, tr("\"%1\" is not an email address.").arg(email));
        }
        if (at >= 0) {
            p.before = settings->at(at);
            p.after = p.before;
            p.areaBefore = areaNames.value(p.before.areaId);
            p.areaAfter = p.areaBefore;
            compare(p, row);
            p.kind = p.changes.isEmpty() ? Kind::Unchanged : Kind::Changed;
            if (const int first = matchedAt.value(p.before.id); first > 0) {
                error(row, p.byUrn ? SettingColumn::Urn : SettingColumn::Name,
                      tr("row %1 is already the directory's %2: the file holds this setting "
                         "twice.")
                          .arg(first)
                          .arg(p.before.name));
            }
            matchedAt.insert(p.before.id, row.row);
        } else {
            p.kind = row.closed ? Kind::Skipped : Kind::New;
            p.after.name = row.name;
            p.after.type = row.type;
            p.after.urn = row.urn;
            p.after.dslName = row.dslName;
            p.after.dslEmail = row.dslEmail;
            p.after.deputyName = row.deputyName;
            p.after.deputyEmail = row.deputyEmail;
            p.after.phone = row.phone;
            p.areaAfter = row.area;
            const QString key = TextKey::name(row.name);
            if (p.kind == Kind::New && !row.urn.isEmpty()) {
                if (const int first = newUrnAt.value(row.urn); first > 0)
                    error(row, SettingColumn::Urn,
                          tr("URN %1 is on row %2 too.").arg(row.urn).arg(first));
                newUrnAt.insert(row.urn, row.row);
            } else if (p.kind == Kind::New && !key.isEmpty()) {
                if (const int first = newNameAt.value(key); first > 0)
                    error(row, SettingColumn::Name,
                          tr("\"%1\" is on row %2 too (with no URN to tell them apart).")
                              .arg(row.name)
                              .arg(first));
                newNameAt.insert(key, row.row);
            }
        }
        plan.rows << p;
    }
    return plan;
}

Result<SettingsImported> SettingsImport::apply(Database &db, const SettingsPlan &plan,
                                               const Progress &progress)
{
    if (!plan.errors.isEmpty()) {
        return Result<SettingsImported>::failure(
            tr("%1 has %2 error(s); nothing was imported. The first: %3")
                .arg(plan.sheet.fileName)
                .arg(plan.errors.size())
                .arg(plan.errors.first().message));
    }
    Directory directory(db);
    SettingsImported out;
    const int total = plan.count(Kind::New) + plan.count(Kind::Changed);
    int done = 0;
    Status s = db.transaction([&]() -> Status {
        QHash<QString, Id> areaIds; // by name, any case
        for (const SettingsPlanRow &p : plan.rows) {
            if (p.kind != Kind::New && p.kind != Kind::Changed)
                continue;
            if (progress && !progress(done, total))
                return Status::failure(tr("The import was cancelled: nothing was written."));
            Setting setting = p.after;
            setting.areaId = p.before.areaId;
            if (p.areaAfter.compare(p.areaBefore, Qt::CaseInsensitive) != 0) {
                const QString key = p.areaAfter.toLower();
                if (!areaIds.contains(key)) {
                    auto existing = directory.areas();
                    if (!existing)
                        return existing.error();
                    for (const Area &a : std::as_const(*existing))
                        areaIds.insert(a.name.toLower(), a.id);
                }
                if (!areaIds.contains(key)) {
                    auto id = directory.ensureArea(p.areaAfter);
                    if (!id)
                        return id.error();
                    areaIds.insert(key, *id);
                }
                setting.areaId = areaIds.value(key);
            }
            const auto where = [&](const Error &e) {
                return Status::failure(
                    tr("%1, row %2: %3").arg(plan.sheet.fileName).arg(p.row).arg(e.message),
                    e.field, p.row);
            };
            if (p.kind == Kind::New) {
                auto saved = directory.addSetting(setting);
                if (!saved)
                    return where(saved.error());
                out.added << saved->id;
            } else {
                auto saved = directory.updateSetting(setting);
                if (!saved)
                    return where(saved.error());
                out.changedBefore << p.before;
                out.changedAfter << setting;
            }
            ++done;
        }
        if (progress)
            progress(done, total);
        return {};
    });
    if (!s)
        return s.error();
    return out;
}

Status SettingsImport::revert(Database &db, const SettingsImported &imported, bool redo)
{
    Directory directory(db);
    return db.transaction([&]() -> Status {
        for (const Id id : imported.added) {
            if (Status s = directory.archiveSetting(id, !redo); !s)
                return s;
        }
        for (const Setting &wanted : redo ? imported.changedAfter : imported.changedBefore) {
            auto current = directory.setting(wanted.id);
            if (!current)
                return current.error();
            Setting s = wanted;
            s.version = current->version;
            if (auto saved = directory.updateSetting(s); !saved)
                return saved.error();
        }
        return {};
    });
}

} // namespace enc
