#include "export/WorkbookText.h"

#include "export/SheetText.h"

#include <xlsxwriter.h>

namespace enc {

WorkbookText::WorkbookText(lxw_workbook *book) : m_text(workbook_add_format(book))
{
    format_set_num_format_index(m_text, 49); // Excel's built-in "@", text
}

void WorkbookText::write(lxw_worksheet *sheet, int row, int column, const QString &text,
                         lxw_format *format) const
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(),
                           SheetText::startsLikeFormula(text) ? m_text : format);
}

} // namespace enc
