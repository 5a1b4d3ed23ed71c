#include "TextKey.h"

namespace enc {

QString TextKey::name(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

QString TextKey::postcode(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

QString TextKey::reference(const QString &text)
{
    QString out;
    for (const QChar c : text.trimmed()) {
        if (!c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

QString TextKey::prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace enc
