#include "LetterTemplates.h"

#include "Placeholders.h"
#include "repo/Options.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::LetterTemplates", text);
}
// A default the program shipped before (resources/letters/former/<kind>-<n>.html): a
// template the office never changed, which now reads as the current default (the notification
// of a missing child once said "domestic abuse incident").
bool formerDefault(LetterKind kind, const QString &body)
{
    for (int n = 1;; ++n) {
        QFile f(QStringLiteral(":/letters/former/%1-%2.html").arg(LetterKinds::code(kind)).arg(n));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        if (QString::fromUtf8(f.readAll()) == body)
            return true;
    }
}
} // namespace

Result<QString> LetterTemplates::defaultBody(LetterKind kind)
{
    QFile f(LetterKinds::resourcePath(kind));
    if (!f.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            tr("The default template for %1 is missing from the program.")
                .arg(LetterKinds::label(kind)));
    return QString::fromUtf8(f.readAll());
}

Result<QList<LetterTemplate>> LetterTemplates::query(const QString &where,
                                                     const QVariantMap &values) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, kind, name, version, body, created_at, created_by "
                                     "FROM letter_template WHERE ") +
                          where + QStringLiteral(" ORDER BY version DESC"),
                      values);
    if (!q)
        return q.error();
    QList<LetterTemplate> out;
    while (q->next()) {
        LetterTemplate t;
        t.id = q->value(0).toLongLong();
        t.kind = LetterKinds::fromCode(q->value(1).toString()).value_or(LetterKind::Notification);
        t.name = q->value(2).toString();
        t.version = q->value(3).toInt();
        t.body = q->value(4).toString();
        t.createdAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODate);
        t.createdBy = q->value(6).toString();
        out.append(t);
    }
    return out;
}

Result<QList<LetterTemplate>> LetterTemplates::versions(LetterKind kind) const
{
    return query(QStringLiteral("kind = :kind"),
                 {{QStringLiteral("kind"), LetterKinds::code(kind)}});
}

Result<LetterTemplate> LetterTemplates::byId(Id id) const
{
    auto list = query(QStringLiteral("id = :id"), {{QStringLiteral("id"), id}});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Result<LetterTemplate>::failure(
            tr("There is no letter template with id %1.").arg(id));
    return list->first();
}

Result<LetterTemplate> LetterTemplates::current(LetterKind kind)
{
    auto found = latestOrDefault(kind);
    if (!found || found->id != 0)
        return found;
    return store(kind, found->name, found->body, QStringLiteral("seed-template"));
}

Result<LetterTemplate> LetterTemplates::latestOrDefault(LetterKind kind) const
{
    auto list = versions(kind);
    if (!list)
        return list.error();
    if (!list->isEmpty() && !formerDefault(kind, list->first().body))
        return list->first();
    auto body = defaultBody(kind);
    if (!body)
        return body.error();
    LetterTemplate t;
    t.kind = kind;
    t.name = list->isEmpty() ? LetterKinds::label(kind) : list->first().name;
    t.body = *body;
    return t;
}

Result<LetterTemplate> LetterTemplates::save(LetterKind kind, const QString &name,
                                             const QString &body)
{
    return store(kind, name, body, QStringLiteral("save-template"));
}

Result<LetterTemplate> LetterTemplates::store(LetterKind kind, const QString &name,
                                              const QString &body, const QString &action)
{
    const LetterFieldOptions options = LetterFieldOptions::fromOptions(Options(m_db.sql()));
    if (Status s = Placeholders::validate(body, kind, options); !s)
        return s.error();
    if (name.trimmed().isEmpty())
        return Result<LetterTemplate>::failure(tr("A letter template needs a name."),
                                               QStringLiteral("name"));
    LetterTemplate t;
    t.kind = kind;
    t.name = name.trimmed();
    t.body = body;
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.createdBy = Audit::currentUser(m_db.sql());
    Status s = m_db.transaction([&]() -> Status {
        auto next = Sql::scalar(m_db.sql(),
                                QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM "
                                               "letter_template WHERE kind = :kind"),
                                {{QStringLiteral("kind"), LetterKinds::code(kind)}});
        if (!next)
            return next.error();
        t.version = next->toInt();
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("INSERT INTO letter_template (kind, name, version, body, "
                                         "created_at, created_by) VALUES (:kind, :name, "
                                         ":version, :body, :at, :by) RETURNING id"),
                          {{QStringLiteral("kind"), LetterKinds::code(kind)},
                           {QStringLiteral("name"), t.name},
                           {QStringLiteral("version"), t.version},
                           {QStringLiteral("body"), t.body},
                           {QStringLiteral("at"), t.createdAt.toString(Qt::ISODate)},
                           {QStringLiteral("by"), t.createdBy}});
        if (!q)
            return q.error();
        t.id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), action, QStringLiteral("letter_template"), t.id, 0, {},
                             Audit::snapshot(m_db.sql(), QStringLiteral("letter_template"), t.id));
    });
    if (!s)
        return s.error();
    return t;
}

} // namespace enc
