#pragma once

// The values one letter is filled with: letter-wide fields and one set per child. Only
// allow-listed fields ever get a value (see LetterContent::valuesFor).

#include <QHash>
#include <QList>
#include <QString>

namespace enc {

struct LetterValues
{
    QHash<QString, QString> letter;
    QList<QHash<QString, QString>> children;
};

} // namespace enc
