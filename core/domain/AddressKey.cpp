#include "AddressKey.h"

#include "TextKey.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QVarLengthArray>

namespace enc {

namespace {

// A UK postcode ending the text ("RG1 2AB", "rg12ab", "SW1A 1AA").
const QRegularExpression &trailingPostcode()
{
    static const QRegularExpression re(
        QStringLiteral("[,\\s]*\\b([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\\s*([0-9][A-Za-z]{2})\\W*$"));
    return re;
}

// Street words written in full or shortened, to one form.
QString streetWord(const QString &word)
{
    static const QHash<QString, QString> forms{
        {QStringLiteral("road"), QStringLiteral("rd")},
        {QStringLiteral("street"), QStringLiteral("st")},
        {QStringLiteral("avenue"), QStringLiteral("ave")},
        {QStringLiteral("av"), QStringLiteral("ave")},
        {QStringLiteral("close"), QStringLiteral("cl")},
        {QStringLiteral("court"), QStringLiteral("ct")},
        {QStringLiteral("drive"), QStringLiteral("dr")},
        {QStringLiteral("lane"), QStringLiteral("ln")},
        {QStringLiteral("gardens"), QStringLiteral("gdns")},
        {QStringLiteral("place"), QStringLiteral("pl")},
        {QStringLiteral("crescent"), QStringLiteral("cres")},
        {QStringLiteral("square"), QStringLiteral("sq")},
        {QStringLiteral("terrace"), QStringLiteral("terr")},
        {QStringLiteral("ter"), QStringLiteral("terr")},
        {QStringLiteral("grove"), QStringLiteral("gr")},
        {QStringLiteral("park"), QStringLiteral("pk")},
        {QStringLiteral("apartment"), QStringLiteral("flat")},
        {QStringLiteral("apt"), QStringLiteral("flat")},
    };
    return forms.value(word, word);
}

bool isStreetType(const QString &word)
{
    static const QStringList types{
        QStringLiteral("rd"),   QStringLiteral("st"),   QStringLiteral("ave"),
        QStringLiteral("cl"),   QStringLiteral("ct"),   QStringLiteral("dr"),
        QStringLiteral("ln"),   QStringLiteral("gdns"), QStringLiteral("pl"),
        QStringLiteral("cres"), QStringLiteral("sq"),   QStringLiteral("terr"),
        QStringLiteral("gr"),   QStringLiteral("way"),  QStringLiteral("walk"),
        QStringLiteral("row"),  QStringLiteral("hill"), QStringLiteral("mews")};
    return types.contains(word);
}

// Words that only say which home in a building or on a street: the first line goes on past
// them to the street.
bool saysNoStreet(const QString &word)
{
    static const QStringList words{QStringLiteral("flat"),   QStringLiteral("unit"),
                                   QStringLiteral("room"),   QStringLiteral("no"),
                                   QStringLiteral("number"), QStringLiteral("floor")};
    for (const QChar c : word) {
        if (c.isLetter())
            return words.contains(word);
    }
    return true; // a number
}

// The parts of an address ("[,;\\n]") and the words of a part ("[\\s./]+", \\s as a regular
// expression reads it: ASCII white space only), without the empty ones: what QString::split
// gave with those expressions, without a regular expression per part (an import folds
// thousands of addresses).
bool isPartBreak(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\n');
}

bool isWordBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r') || u == u'.' || u == u'/';
}

QVarLengthArray<QStringView, 16> pieces(QStringView text, bool (*isBreak)(QChar))
{
    QVarLengthArray<QStringView, 16> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isBreak(text.at(i)))
            continue;
        if (i > start)
            out.append(text.sliced(start, i - start));
        start = i + 1;
    }
    return out;
}

} // namespace

AddressKey AddressKey::of(const QString &address, const QString &postcode)
{
    AddressKey key;
    QString text = address;
    const QRegularExpressionMatch found = trailingPostcode().match(text);
    if (found.hasMatch()) {
        key.postcode = TextKey::postcode(found.captured(1) + found.captured(2));
        text.truncate(found.capturedStart());
    }
    if (!postcode.trimmed().isEmpty())
        key.postcode = TextKey::postcode(postcode);

    // The first line: the parts up to the one naming a street (past "Flat 2," or "12,"), and
    // in that part the words up to the first street word after a name ("12 OAK ROAD READING").
    QStringList words;
    bool lineDone = false;
    for (const QStringView part : pieces(text, isPartBreak)) {
        bool street = false;
        bool named = false;
        for (const QStringView written : pieces(part, isWordBreak)) {
            const QString word = streetWord(TextKey::name(written.toString()));
            if (word.isEmpty())
                continue;
            if (lineDone) {
                key.rest << word;
                continue;
            }
            words << word;
            if (named && isStreetType(word))
                lineDone = true;
            else if (!saysNoStreet(word))
                street = named = true;
        }
        if (street)
            lineDone = true;
    }
    key.line = words.join(QLatin1Char(' '));
    return key;
}

QString AddressKey::firstWord(const QString &address)
{
    qsizetype start = 0;
    while (start < address.size()) {
        qsizetype end = start;
        while (end < address.size() && !address.at(end).isSpace() &&
               address.at(end) != QLatin1Char(',') && address.at(end) != QLatin1Char('.') &&
               address.at(end) != QLatin1Char('/') && address.at(end) != QLatin1Char(';'))
            ++end;
        const QString word = streetWord(TextKey::name(address.mid(start, end - start)));
        if (!word.isEmpty())
            return word;
        start = end + 1;
    }
    return {};
}

bool AddressKey::sameHome(const AddressKey &other) const
{
    if (isEmpty() || line != other.line)
        return false;
    if (!postcode.isEmpty() && !other.postcode.isEmpty())
        return postcode == other.postcode;
    const QStringList &fewer = rest.size() <= other.rest.size() ? rest : other.rest;
    const QStringList &more = rest.size() <= other.rest.size() ? other.rest : rest;
    for (const QString &word : fewer) {
        if (!more.contains(word))
            return false;
    }
    return true;
}

} // namespace enc
