#include "import/ImportProfiles.h"

#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ImportProfiles", text);
}

} // namespace

Result<QStringList> ImportProfiles::names() const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT name FROM import_profile ORDER BY name"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<ImportProfiles::Profile> ImportProfiles::forHeader(const QStringList &header) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT name, mapping FROM import_profile WHERE header_key = "
                                     ":k ORDER BY updated_at DESC LIMIT 1"),
                      {{QStringLiteral("k"), ColumnMapping::headerKey(header)}});
    if (!q)
        return q.error();
    if (!q->next())
        return Profile{};
    return Profile{q->value(0).toString(),
                   ColumnMapping::fromJson(
                       QJsonDocument::fromJson(q->value(1).toByteArray()).object(), header)};
}

Result<ImportProfiles::Profile> ImportProfiles::byName(const QString &name,
                                                       const QStringList &header) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT name, mapping FROM import_profile WHERE name = :n"),
                      {{QStringLiteral("n"), name.trimmed()}});
    if (!q)
        return q.error();
    if (!q->next()) {
        auto all = names();
        return Result<Profile>::failure(
            tr("There is no import profile called \"%1\". The profiles are: %2.")
                .arg(name,
                     all && !all->isEmpty() ? all->join(QStringLiteral(", ")) : tr("none yet")));
    }
    return Profile{q->value(0).toString(),
                   ColumnMapping::fromJson(
                       QJsonDocument::fromJson(q->value(1).toByteArray()).object(), header)};
}

Status ImportProfiles::save(const QString &name, const QStringList &header,
                            const ColumnMapping &mapping)
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("Give the profile a name."), QStringLiteral("name"));
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QJsonObject json = mapping.toJson(header);
    return m_db.transaction([&]() -> Status {
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO import_profile (name, header_key, mapping, created_at, "
                           "updated_at) VALUES (:n, :k, :m, :at, :at) ON CONFLICT(name) DO UPDATE "
                           "SET header_key = excluded.header_key, mapping = excluded.mapping, "
                           "updated_at = excluded.updated_at"),
            {{QStringLiteral("n"), name.trimmed()},
             {QStringLiteral("k"), ColumnMapping::headerKey(header)},
             {QStringLiteral("m"),
              QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))},
             {QStringLiteral("at"), at}});
        if (!q)
            return q.error();
        auto id =
            Sql::scalar(m_db.sql(), QStringLiteral("SELECT id FROM import_profile WHERE name = :n"),
                        {{QStringLiteral("n"), name.trimmed()}});
        if (!id)
            return id.error();
        return Audit::record(m_db.sql(), QStringLiteral("save"), QStringLiteral("import_profile"),
                             id->toLongLong(), 0, {}, json);
    });
}

} // namespace enc
