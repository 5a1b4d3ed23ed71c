#include "Sha256.h"

#include <openssl/evp.h>

namespace enc {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from libcrypto");
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_context.get(), data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char *>(digest.data()), &size);
    EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr);
    digest.resize(size);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
               &size, EVP_sha256(), nullptr);
    digest.resize(size);
    return digest;
}

} // namespace enc
