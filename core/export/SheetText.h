#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace enc {

// A table's cells as text for a spreadsheet: CSV files, and the tab-separated text copied to
// the clipboard (which Excel pastes as cells). Every CSV and clipboard export goes through
// here, so that no cell is run as a formula (OWASP's rule against CSV injection): text that
// begins like a formula (=, +, -, @, a tab or a carriage return, after any spaces; also their
// full-width forms) gets a ' before it, and a field is quoted when it needs to be. Numbers
// the code holds as numbers (an integer or double QVariant) are written as they are: they
// cannot carry a formula, and a negative figure stays a number. Text is always treated as
// text, even when it looks like a number ("-2+3" from a police file gets its ').
class SheetText
{
public:
    SheetText() = delete;

    // True when a spreadsheet would read the text as the start of a formula.
    static bool startsLikeFormula(const QString &text);
    // The text with a ' before it when it starts like a formula, as it is otherwise.
    static QString neutralised(const QString &text);
    // One CSV field: a number as it is (a double with decimals places, or in its shortest
    // form when decimals is -1); text neutralised, and in double quotes (quotes doubled) when
    // it holds a separator (, or ;), a quote, a line break or a tab, or was neutralised.
    static QString csvField(const QVariant &value, int decimals = -1);
    // A whole CSV file: UTF-8 with a byte order mark (so Excel reads accents), fields apart by
    // commas, CRLF after each row (an empty row is a blank line).
    static QByteArray csv(const QList<QVariantList> &rows, int decimals = -1);
    // Tab-separated rows for the clipboard: text neutralised, a tab or line break inside it
    // made a space, quoted when it holds a quote; a line break after each row.
    static QString tsv(const QList<QVariantList> &rows);
};

} // namespace enc
