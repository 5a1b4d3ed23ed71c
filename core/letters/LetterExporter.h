#pragma once

#include "LetterRequest.h"
#include "OfficeDetails.h"
#include "Placeholders.h"
#include "Result.h"

namespace enc {

class Database;

// Writes a batch of letters: plans them by setting, fills the current template, writes each
// file with QSaveFile and logs every file in the disclosure log.
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
    // baseName names the attachment of an e-mail draft.
    static Result<QByteArray> render(const LetterTemplate &letterTemplate,
                                     const PlannedLetter &letter, const OfficeDetails &office,
                                     const LetterFieldOptions &options,
                                     const LetterRequest &request, const QString &baseName);

private:
    // Writes one rendered letter with QSaveFile and logs it; the file is removed when the
    // disclosure log cannot record it.
    Result<WrittenLetter> saveAndLog(const LetterTemplate &letterTemplate,
                                     const PlannedLetter &letter, const LetterFieldOptions &options,
                                     const LetterRequest &request, const QString &path,
                                     const QByteArray &bytes);
    Database &m_db;
};

} // namespace enc
