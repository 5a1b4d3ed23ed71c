#pragma once

#include "OfficeDetails.h"
#include "Result.h"

#include <QByteArray>
#include <QFont>
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

    // The document for the letter's HTML, with the office's letterhead above it.
    // The letters' typeface and size (the template editor writes with it too).
    static QFont font();
    static std::unique_ptr<QTextDocument> build(const QString &letterHtml,
                                                const OfficeDetails &office);
    // A4 PDF, 20 mm margins, "Page n of m" at the foot of each page.
    static QByteArray toPdf(QTextDocument &document, const QString &title);
    // OpenDocument text (.odt).
    static Result<QByteArray> toOdt(QTextDocument &document);
};

} // namespace enc
