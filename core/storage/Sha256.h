#pragma once

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions. Qt 6.4's
// QCryptographicHash hashes some twelve times slower, and an import hashes every audit entry
// it writes (each with the child's row before and after) and the whole file. libcrypto is
// loaded with libzip (the .xlsx reader) anyway; qpdf, used here before, brought GnuTLS and
// its libraries into every command's start. The same digests as QCryptographicHash::Sha256.

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

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
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace enc
