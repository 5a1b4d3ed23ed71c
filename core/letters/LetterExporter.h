#pragma once

#include "LetterRequest.h"
#include "OfficeDetails.h"
#include "Placeholders.h"
#include "Result.h"

class QImage;

namespace enc {

class Database;
class StagedFiles;

// Writes a batch of letters: plans them by setting, fills the current template, lays the
// letters out on a pool of threads, then writes each file with QSaveFile and logs them all in
// the disclosure log in one transaction. A batch stopped or failing half-way leaves no file
// and no log entry.
class LetterExporter
{
public:
    explicit LetterExporter(Database &db) : m_db(db) {}

    Result<LetterRun> write(const QList<LetterEntry> &entries, const LetterRequest &request);

    // The filled HTML of one letter (for previews and tests).
    static QString html(const LetterTemplate &letterTemplate, const PlannedLetter &letter,
                        const OfficeDetails &office, const LetterFieldOptions &options,
                        QDate today);
    // One letter's bytes in the request's format (PDF protected when a password is given);
    // baseName names the attachment of an e-mail draft; logo as LetterDocument::logo().
    // Touches no database: safe on a worker thread.
    static Result<QByteArray> render(const LetterTemplate &letterTemplate,
                                     const PlannedLetter &letter, const OfficeDetails &office,
                                     const QImage &logo, const LetterFieldOptions &options,
                                     const LetterRequest &request, const QString &baseName);

private:
    // Logs the written files, in order, in one transaction that stores the default template
    // when it was used and marks the staged batch logged; fills in their disclosure ids.
    Status logAll(LetterRun &run, const LetterRequest &request, StagedFiles &staging);
    Database &m_db;
};

} // namespace enc
