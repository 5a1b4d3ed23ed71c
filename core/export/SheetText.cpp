#include "export/SheetText.h"

#include <QLocale>

#include <algorithm>

namespace enc {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString numberText(const QVariant &value, int decimals = -1)
{
    if (value.typeId() == QMetaType::Double && decimals >= 0)
        return QString::number(value.toDouble(), 'f', decimals);
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.typeId() == QMetaType::ULongLong)
        return QString::number(value.toULongLong());
    return QString::number(value.toLongLong());
}

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

bool SheetText::startsLikeFormula(const QString &text)
{
    // = + - @ begin a formula in Excel and LibreOffice; a tab or carriage return before one
    // can be dropped on the way into a cell; Excel in some locales reads the full-width forms
    // as the plain ones. Spaces before any of them are skipped, as a trimming import would.
    static const QString starts = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    for (const QChar c : text) {
        if (starts.contains(c))
            return true;
        if (c != QLatin1Char(' ') && c != QLatin1Char('\n') && c != QChar(0x00A0))
            return false;
    }
    return false;
}

QString SheetText::neutralised(const QString &text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString SheetText::csvField(const QVariant &value, int decimals)
{
    if (isNumber(value))
        return numberText(value, decimals);
    const QString text = value.toString();
    const QString safe = neutralised(text);
    static const QString special = QStringLiteral(",;\"\r\n\t");
    const bool needsQuotes =
        safe.size() != text.size() ||
        std::any_of(text.begin(), text.end(), [](QChar c) { return special.contains(c); });
    return needsQuotes ? quoted(safe) : safe;
}

QByteArray SheetText::csv(const QList<QVariantList> &rows, int decimals)
{
    QString out;
    for (const QVariantList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant &cell : row)
            fields << csvField(cell, decimals);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString SheetText::tsv(const QList<QVariantList> &rows)
{
    QString out;
    for (const QVariantList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant &cell : row) {
            if (isNumber(cell)) {
                fields << numberText(cell);
                continue;
            }
            QString text = cell.toString();
            for (QChar &c : text)
                if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                    c = QLatin1Char(' ');
            text = neutralised(text);
            fields << (text.contains(QLatin1Char('"')) ? quoted(text) : text);
        }
        out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace enc
