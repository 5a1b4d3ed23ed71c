#include "TextKey.h"

namespace enc {

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// The keys of ASCII text (nearly every name, postcode and reference a police file holds),
// without the Unicode tables: kept characters written straight into the result.
template <typename Keep> QString foldAscii(const QString &text, Keep keep)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    char16_t *const start = dst;
    for (const QChar c : text) {
        if (const char16_t k = keep(c.unicode()))
            *dst++ = k;
    }
    out.truncate(dst - start);
    return out;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QString TextKey::name(const QString &text)
{
    // NFKD leaves ASCII as it is, and ASCII has no marks: letters and digits, lower-cased.
    if (isAscii(text)) {
        return foldAscii(text, [](char16_t c) -> char16_t {
            if (!isAsciiAlnum(c))
                return 0;
            return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        });
    }
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
    if (isAscii(text)) {
        return foldAscii(text, [](char16_t c) -> char16_t {
            if (!isAsciiAlnum(c))
                return 0;
            return c >= u'a' && c <= u'z' ? char16_t(c - 32) : c;
        });
    }
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

QString TextKey::reference(const QString &text)
{
    // QChar::isSpace in ASCII: the space and \t \n \v \f \r (every space goes, so trimming
    // first changes nothing). NUL is not a space, but it cannot be kept as the "drop" marker:
    // text holding one takes the general path.
    if (isAscii(text) && !text.contains(QChar(0))) {
        return foldAscii(text, [](char16_t c) -> char16_t {
            if (c == u' ' || (c >= 0x09 && c <= 0x0d))
                return 0;
            return c >= u'a' && c <= u'z' ? char16_t(c - 32) : c;
        });
    }
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
