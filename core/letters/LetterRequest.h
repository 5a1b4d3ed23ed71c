#pragma once

#include "LetterFiles.h"
#include "LetterFilter.h"
#include "LetterKind.h"
#include "LetterPlan.h"
#include "LetterTemplates.h"

#include <QDate>
#include <QStringList>

#include <functional>

namespace enc {

enum class LetterFormat
{
    Pdf,
    Odt,
    Eml // an e-mail draft per letter with the PDF attached
};

// What to write, where, and how.
struct LetterRequest
{
    LetterKind kind = LetterKind::Notification;
    LetterFormat format = LetterFormat::Pdf;
    bool perChild = false; // one letter per child instead of one per setting
    LetterFilter filter;   // which children: risk, type, presence; high risk only when chosen
    QString folder;        // existing folder the files go into
    QByteArray password;   // empty: PDFs not protected. Used, never stored.
    QDate today = QDate::currentDate();
    // Called on the caller's thread as each letter is laid out; return false to stop: then no
    // file is written and nothing is logged.
    std::function<bool(int done, int total)> progress;
    // Letters laid out at once, each on its own thread; 0: one per processor core.
    int threads = 0;
    // Writes each file; empty: LetterFiles::save. A seam for tests of a disk that fills.
    FileWriter writeFile;
};

// One file written, as the disclosure log records it.
struct WrittenLetter
{
    QString path;
    Id settingId = 0;
    QString settingName;
    QString recipient;
    QList<Id> childIds;
    QStringList fields;
    QString sha256;
    Id disclosureId = 0;
};

struct LetterRun
{
    QList<WrittenLetter> written;
    QList<SkippedChild> skipped; // children who got no letter, with the reason
    int leftOut = 0;             // children the filter's risk, type and presence left out
    LetterTemplate usedTemplate;
    bool cancelled = false;
    // What was done about batches a stop had left half-written (StagedFiles::recover).
    QStringList notes;
};

QString formatCode(LetterFormat format);
std::optional<LetterFormat> formatFromCode(const QString &code);

} // namespace enc
