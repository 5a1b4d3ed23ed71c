// What `check` and the status bar read of an open database (Database's other half).

#include "Database.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Database", text);
}

} // namespace

QStringList Database::integrityProblems() const
{
    // SQLite-only: a server checks its own pages and enforces every foreign key; its health
    // is its administrator's (amcheck, data checksums, monitoring).
    if (m_backend == Backend::PostgreSQL)
        return {};
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {Sql::errorText(q)};
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        problems.clear();
    // integrity_check does not look at foreign keys: a sound file can still hold broken links.
    QSqlQuery fk(sql());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            problems << tr("Broken link in %1 row %2 (to %3)")
                            .arg(fk.value(0).toString(), fk.value(1).toString(),
                                 fk.value(2).toString());
    }
    return problems;
}

QList<QPair<QString, qint64>> Database::tableCounts() const
{
    // The schema's tables, each with a constant statement: nothing is assembled into SQL.
    static const QList<QPair<QString, QString>> statements = {
        {QStringLiteral("action"), QStringLiteral("SELECT count(*) FROM action")},
        {QStringLiteral("agency"), QStringLiteral("SELECT count(*) FROM agency")},
        {QStringLiteral("agenda_item"), QStringLiteral("SELECT count(*) FROM agenda_item")},
        {QStringLiteral("area"), QStringLiteral("SELECT count(*) FROM area")},
        {QStringLiteral("attendance"), QStringLiteral("SELECT count(*) FROM attendance")},
        {QStringLiteral("audit"), QStringLiteral("SELECT count(*) FROM audit")},
        {QStringLiteral("child"), QStringLiteral("SELECT count(*) FROM child")},
        {QStringLiteral("config"), QStringLiteral("SELECT count(*) FROM config")},
        {QStringLiteral("decision"), QStringLiteral("SELECT count(*) FROM decision")},
        {QStringLiteral("disclosure"), QStringLiteral("SELECT count(*) FROM disclosure")},
        {QStringLiteral("disclosure_child"),
         QStringLiteral("SELECT count(*) FROM disclosure_child")},
        {QStringLiteral("escalation"), QStringLiteral("SELECT count(*) FROM escalation")},
        {QStringLiteral("household"), QStringLiteral("SELECT count(*) FROM household")},
        {QStringLiteral("import_batch"), QStringLiteral("SELECT count(*) FROM import_batch")},
        {QStringLiteral("import_profile"), QStringLiteral("SELECT count(*) FROM import_profile")},
        {QStringLiteral("import_review"), QStringLiteral("SELECT count(*) FROM import_review")},
        {QStringLiteral("letter_template"), QStringLiteral("SELECT count(*) FROM letter_template")},
        {QStringLiteral("meeting"), QStringLiteral("SELECT count(*) FROM meeting")},
        {QStringLiteral("member"), QStringLiteral("SELECT count(*) FROM member")},
        {QStringLiteral("outcome"), QStringLiteral("SELECT count(*) FROM outcome")},
        {QStringLiteral("ppn"), QStringLiteral("SELECT count(*) FROM ppn")},
        {QStringLiteral("ppn_child"), QStringLiteral("SELECT count(*) FROM ppn_child")},
        {QStringLiteral("proforma"), QStringLiteral("SELECT count(*) FROM proforma")},
        {QStringLiteral("setting"), QStringLiteral("SELECT count(*) FROM setting")},
        {QStringLiteral("user_role"), QStringLiteral("SELECT count(*) FROM user_role")},
    };
    QList<QPair<QString, qint64>> counts;
    for (const auto &[table, sql] : statements) {
        QSqlQuery q(this->sql());
        if (q.exec(sql) && q.next())
            counts.append({table, q.value(0).toLongLong()});
    }
    return counts;
}

} // namespace enc
