#include "Sha256.h"

#include <qpdf/QPDFCryptoProvider.hh>

namespace enc {

Sha256::Sha256() : m_impl(QPDFCryptoProvider::getImpl())
{
    m_impl->SHA2_init(256);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        m_impl->SHA2_update(reinterpret_cast<const unsigned char *>(data.data()),
                            size_t(data.size()));
}

QByteArray Sha256::result()
{
    m_impl->SHA2_finalize();
    const std::string digest = m_impl->SHA2_digest();
    m_impl->SHA2_init(256);
    return QByteArray(digest.data(), qsizetype(digest.size()));
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

} // namespace enc
