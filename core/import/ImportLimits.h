#pragma once

// What a police daily file never exceeds. A file beyond one of these is refused before it
// is read in full (or inflated), so a wrong or hostile file cannot exhaust memory.

#include <QLocale>
#include <QString>

namespace enc::ImportLimits {

// The file on disk (CSV or .xlsx): a daily file is a few hundred kilobytes.
inline constexpr qint64 MaxFileBytes = 50LL * 1024 * 1024;
// Data rows in a file or sheet.
inline constexpr int MaxRows = 200000;
// Columns in a row (a police export has 20-40).
inline constexpr int MaxColumns = 1000;
// Cells read in all (empty ones between filled ones count too).
inline constexpr qint64 MaxCells = 5000000;
// Characters in one cell.
inline constexpr int MaxCellChars = 1000000;
// A workbook's parts inflated, in all, as its zip directory declares them.
inline constexpr qint64 MaxInflatedBytes = 200LL * 1024 * 1024;
// Inflated to compressed size, for a part over MinRatioCheckedBytes inflated.
inline constexpr qint64 MaxInflateRatio = 100;
inline constexpr qint64 MinRatioCheckedBytes = 1024 * 1024;

// Characters kept in a field; longer is a row error naming the column.
inline constexpr int MaxNameChars = 100;
inline constexpr int MaxReferenceChars = 50;
inline constexpr int MaxAddressChars = 300;
inline constexpr int MaxSettingChars = 200;
inline constexpr int MaxOtherChars = 100;

// A limit as the messages write it ("200,000").
inline QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

} // namespace enc::ImportLimits
