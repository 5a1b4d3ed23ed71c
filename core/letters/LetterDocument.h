#pragma once

#include "OfficeDetails.h"
#include "Result.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QString>

#include <memory>

class QTextDocument;

namespace enc {

// Lays a filled letter out as a document: letterhead (office name, address, logo), then the
// letter; written as A4 PDF with page numbers, or as OpenDocument text.
class LetterDocument
{
public:
    LetterDocument() = delete;

    // The letters' typeface and size (the template editor writes with it too).
    static QFont font();
    // The office's logo, decoded once for a whole batch; null when none is set or it cannot
    // be read (the letterhead then has no logo).
    static QImage logo(const OfficeDetails &office);
    // The document for the letter's HTML, with the office's letterhead (and logo, unless
    // null) above it. Safe on any thread: each call builds its own document.
    static std::unique_ptr<QTextDocument> build(const QString &letterHtml,
                                                const OfficeDetails &office, const QImage &logo);
    // A4 PDF, 20 mm margins, laid out at the PDF's resolution (point sizes as on paper);
    // "OFFICIAL-SENSITIVE" (and footerNote, if any) and "Page n of m" at the foot of each page.
    static QByteArray toPdf(QTextDocument &document, const QString &title,
                            const QString &footerNote = {});
    // OpenDocument text (.odt).
    static Result<QByteArray> toOdt(QTextDocument &document);
};

} // namespace enc
