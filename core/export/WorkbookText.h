#pragma once

#include <QString>

struct lxw_format;
struct lxw_workbook;
struct lxw_worksheet;

namespace enc {

// Text in an Excel workbook, always as a string cell (never a formula, never converted).
// Text that begins like a formula (SheetText::startsLikeFormula) also gets the text number
// format ("@"), so that Excel keeps it text when someone edits the cell.
class WorkbookText
{
public:
    // Adds the text format to book.
    explicit WorkbookText(lxw_workbook *book);

    // Writes text at row and column of sheet with format (the text format instead, when the
    // text begins like a formula).
    void write(lxw_worksheet *sheet, int row, int column, const QString &text,
               lxw_format *format = nullptr) const;

private:
    lxw_format *m_text;
};

} // namespace enc
