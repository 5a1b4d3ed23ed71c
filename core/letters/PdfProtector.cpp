#include "PdfProtector.h"

// qpdf 11: use std::shared_ptr, not its deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace enc {

Result<QByteArray> PdfProtector::protect(const QByteArray &pdf, const QByteArray &password)
{
    if (password.isEmpty())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("enc::PdfProtector", "The password is empty."));
    try {
        QPDF in;
        in.setSuppressWarnings(true);
        in.processMemoryFile("letter.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFWriter writer(in);
        writer.setOutputMemory();
        const std::string pw = password.toStdString();
        writer.setR6EncryptionParameters(pw.c_str(), pw.c_str(), true, true, true, true, true, true,
                                         qpdf_r3p_full, true);
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("enc::PdfProtector",
                                        "The PDF could not be password-protected: %1")
                .arg(QString::fromLocal8Bit(e.what())));
    }
}

bool PdfProtector::opensWith(const QByteArray &pdf, const QByteArray &password)
{
    try {
        QPDF in;
        in.setSuppressWarnings(true);
        const std::string pw = password.toStdString();
        in.processMemoryFile("letter.pdf", pdf.constData(), size_t(pdf.size()), pw.c_str());
        // qpdf refuses to open an encrypted file with a wrong password.
        return !in.getAllPages().empty();
    } catch (const std::exception &) {
        return false;
    }
}

bool PdfProtector::isEncrypted(const QByteArray &pdf)
{
    try {
        QPDF in;
        in.setSuppressWarnings(true);
        in.processMemoryFile("letter.pdf", pdf.constData(), size_t(pdf.size()), "");
        return in.isEncrypted();
    } catch (const std::exception &) {
        return true; // cannot be opened without a password
    }
}

} // namespace enc
