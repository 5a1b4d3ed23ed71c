#pragma once

#include "Result.h"

#include <QByteArray>

namespace enc {

// Password protection of PDFs with libqpdf (AES-256). The password is used, never kept.
class PdfProtector
{
public:
    PdfProtector() = delete;

    // The PDF encrypted so that it opens only with the password.
    static Result<QByteArray> protect(const QByteArray &pdf, const QByteArray &password);
    // True when the PDF opens with this password (empty: without one).
    static bool opensWith(const QByteArray &pdf, const QByteArray &password);
    // True when the PDF is encrypted.
    static bool isEncrypted(const QByteArray &pdf);
};

} // namespace enc
