#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QJsonObject>

namespace enc {

class Database;

// A subject access request: one child's whole record, as JSON and as a PDF, with other
// people's details redacted. Third parties are other children (siblings, children on the
// same PPNs: counted, never named, and their names removed from free text), and the
// individual staff and members who decided, owned or completed things (shown as
// "[staff member]"). Organisations (settings, agencies) and the child's own addresses stay.
class SubjectAccess
{
public:
    struct Written
    {
        QString json;
        QString pdf;
    };

    explicit SubjectAccess(Database &db) : m_db(db) {}
    // The record as one JSON object.
    Result<QJsonObject> build(Id childId) const;
    // The record laid out as HTML (what the PDF shows).
    static QString html(const QJsonObject &record);
    // Writes subject-access-ID.json and .pdf into folder (which must exist) and audits the
    // export. Needs a QGuiApplication for the PDF's fonts.
    Result<Written> write(Id childId, const QString &folder) const;

private:
    Database &m_db;
};

} // namespace enc
