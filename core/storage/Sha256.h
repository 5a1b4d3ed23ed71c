#pragma once

// SHA-256 through qpdf's crypto provider (libqpdf is already linked for password-protected
// letters; Debian's qpdf hashes with GnuTLS, which uses the processor's SHA instructions).
// Qt 6.4's QCryptographicHash hashes some twelve times slower, and an import hashes every
// audit entry it writes (each with the child's row before and after) and the whole file.
// The same digests as QCryptographicHash::Sha256.

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QPDFCryptoImpl;

namespace enc {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The digest (32 bytes) of what was added; the object starts again empty.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);

private:
    std::shared_ptr<QPDFCryptoImpl> m_impl;
};

} // namespace enc
