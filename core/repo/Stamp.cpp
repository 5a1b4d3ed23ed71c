#include "Stamp.h"

#include <QDateTime>

namespace enc::Stamp {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace enc::Stamp
