#pragma once

#include "LetterKind.h"
#include "Result.h"
#include "domain/Records.h"

#include <QDateTime>

namespace enc {

class Database;

struct LetterTemplate
{
    Id id = 0;
    LetterKind kind = LetterKind::Notification;
    QString name;
    int version = 0;
    QString body; // HTML subset with placeholders
    QDateTime createdAt;
    QString createdBy;
};

// Letter templates kept in versions: saving adds a version, letters record the one used.
class LetterTemplates
{
public:
    explicit LetterTemplates(Database &db) : m_db(db) {}

    // The latest version; the default from the resources is stored as version 1 on first use,
    // and as the next version when the latest is a default shipped before, left unchanged.
    Result<LetterTemplate> current(LetterKind kind);
    // The latest version, or the default from the resources with id 0, storing nothing: what a
    // batch of letters lays out before it knows it will be logged.
    Result<LetterTemplate> latestOrDefault(LetterKind kind) const;
    // Every version, newest first.
    Result<QList<LetterTemplate>> versions(LetterKind kind) const;
    Result<LetterTemplate> byId(Id id) const;
    // Checks the placeholders against the allow-list and the office's settings, then adds a
    // version. Refused with a message naming the placeholder that is not allowed.
    Result<LetterTemplate> save(LetterKind kind, const QString &name, const QString &body);
    // The default template shipped with the program.
    static Result<QString> defaultBody(LetterKind kind);

private:
    Result<QList<LetterTemplate>> query(const QString &where, const QVariantMap &values) const;
    // Adds a version, audited as action ("save-template", or "seed-template" for the default
    // stored on first use, which any role's first look at the letters may do).
    Result<LetterTemplate> store(LetterKind kind, const QString &name, const QString &body,
                                 const QString &action);
    Database &m_db;
};

} // namespace enc
