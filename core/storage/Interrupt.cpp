#include "Interrupt.h"

#include "SqliteRaw.h"

namespace enc {

void Interrupt::attach(const QSqlDatabase &db)
{
    const QMutexLocker lock(&m_mutex);
    m_handle = sqlite::handle(db);
}

void Interrupt::detach()
{
    const QMutexLocker lock(&m_mutex);
    m_handle = nullptr;
}

void Interrupt::interrupt()
{
    const QMutexLocker lock(&m_mutex);
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
}

} // namespace enc
