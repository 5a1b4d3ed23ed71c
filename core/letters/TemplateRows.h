#pragma once

// Table rows shown only when a field has a value, as the formatted editor can keep them.
//
// A template writes such a row as {if field}<tr>...</tr>{/if}. Qt's rich-text editor cannot
// hold text between table rows: it moved the markers into the cell before, and one edit in
// the formatted view left letters with blank lines inside table rows. So the editor is given
// the markers inside the row (at the start of its first cell and the end of its last), and a
// letter is rendered with them lifted out again: a condition that spans the cells of one row
// governs the whole row.

#include <QString>

namespace enc {

class TemplateRows
{
public:
    TemplateRows() = delete;

    // {if f}<tr><td>A</td><td>B</td></tr>{/if} as <tr><td>{if f}A</td><td>B{/if}</td></tr>.
    static QString intoCells(const QString &html);
    // The reverse, for rendering; also a paragraph holding only a block marker
    // (<p>{children}</p>, as the editor writes one) becomes the bare marker, so repeating a
    // block adds no empty paragraphs.
    static QString outOfCells(const QString &html);
};

} // namespace enc
