#pragma once

#include "storage/AuditLog.h"

#include <QHash>
#include <QJsonObject>

namespace enc {

// The audit trail in words a person reads: "Setting changed from Unknown to Little Acorns
// Nursery", "PPN NC/26/1234 recorded for Amy Smith", "Decision recorded: Proforma to setting".
// Shared by the audit page and `encompass-cli audit list`. The names the entries refer to
// (settings, children, outcomes, members, areas) are read for a page of entries at once, one
// statement per kind, never one per entry.
class AuditText
{
public:
    explicit AuditText(const QSqlDatabase &db) : m_db(db) {}

    // Reads the names the entries refer to; call before describe() for each page.
    void prepare(const QList<AuditLog::Entry> &entries);
    // What the entry records, as a sentence.
    QString describe(const AuditLog::Entry &entry) const;
    // The action as a word ("Added", "Changed", "Viewed", "Undone").
    static QString action(const QString &action);

private:
    QString changes(const QString &entity, const QJsonObject &before,
                    const QJsonObject &after) const;
    QString value(const QString &field, const QJsonValue &v) const;
    QString name(const QString &kind, const QJsonValue &id) const;
    QString settingText(const QJsonObject &o) const;
    void read(const QString &kind, const QString &sql, const QList<qint64> &ids);

    QSqlDatabase m_db;
    // kind ("setting", "child", "outcome", "member", "area", "ppn_children") -> id -> text
    QHash<QString, QHash<qint64, QString>> m_names;
};

} // namespace enc
