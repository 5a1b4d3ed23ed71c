#!/usr/bin/python3
"""Writes the corpus test's police rows as a workbook's XML written by hand, in the ways .NET
writers (the Open XML SDK, ClosedXML), Google Sheets and Numbers exports differ from Excel:

    write_by_hand.py OUT.xlsx

- every element prefixed ("x:"), the package relationship's target absolute, the workbook's
  relative, the parts in a folder not named "xl";
- shared strings with rich-text runs, a phonetic guide (<rPh>, not part of the text) and an
  _xHHHH_ escape; cells and rows without addresses (each follows the one before);
- the incident date as an ISO date cell (t="d"), the date of birth as a number in Excel's
  built-in date style 14, the risk as a formula's cached string (t="str"), booleans (t="b");
- an empty <x:row/> between the data rows, and no <dimension>.
The rows must match tests/test_import_xlsx_corpus.cpp (Expected).
"""
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/book/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/book/sheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/book/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/book/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="{PKG}"><Relationship Type="{REL}/officeDocument" Target="/book/workbook.xml" Id="R1"/></Relationships>"""

WORKBOOK = f"""<?xml version="1.0" encoding="utf-8"?>
<x:workbook xmlns:x="{MAIN}" xmlns:r="{REL}"><x:sheets>
<x:sheet name="PPNs" sheetId="7" r:id="Rsheet"/></x:sheets></x:workbook>"""

WORKBOOK_RELS = f"""<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="{PKG}">
<Relationship Type="{REL}/styles" Target="styles.xml" Id="Rstyles"/>
<Relationship Type="{REL}/worksheet" Target="./sheets/../sheets/data.xml" Id="Rsheet"/>
<Relationship Type="{REL}/sharedStrings" Target="strings.xml" Id="Rstrings"/>
<Relationship Type="{REL}/hyperlink" Target="https://example.org/" TargetMode="External" Id="Rweb"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="utf-8"?>
<x:styleSheet xmlns:x="{MAIN}"><x:numFmts count="1">
<x:numFmt numFmtId="164" formatCode="[$-en-GB]d\\ mmmm\\ yyyy;@"/></x:numFmts>
<x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/>
<x:xf numFmtId="164" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>"""

STRINGS = [
    "<x:t>Occurrence Number</x:t>", "<x:t>Incident Date</x:t>",
    "<x:r><x:rPr><x:b/></x:rPr><x:t>Child </x:t></x:r><x:r><x:t>Forename</x:t></x:r>",
    "<x:t>Child Surname</x:t>", "<x:t>DOB</x:t>", "<x:t>DASH Risk</x:t>", "<x:t>Checked</x:t>",
    "<x:t>NC/26/1001</x:t>", "<x:t>Ava</x:t><x:rPh sb=\"0\" eb=\"1\"><x:t>エヴァ</x:t></x:rPh>",
    "<x:t xml:space=\"preserve\">SMITH_x000D_</x:t>",
    "<x:t>NC/26/1002</x:t>", "<x:t>Ben</x:t>", "<x:t>JONES</x:t>",
    "<x:t>43/123456/25</x:t>", "<x:t>Zoë</x:t>", "<x:t>O'NEILL</x:t>",
]


def s(i):
    return f'<x:c t="s"><x:v>{i}</x:v></x:c>'


def row(ref, incident, forename, surname, dob_serial, risk, checked):
    return ("<x:row>" + s(ref) + f'<x:c t="d"><x:v>{incident}</x:v></x:c>' + s(forename) +
            s(surname) + f'<x:c s="1"><x:v>{dob_serial}</x:v></x:c>' +
            f'<x:c t="str"><x:f>PROPER("{risk}")</x:f><x:v>{risk}</x:v></x:c>' +
            f'<x:c t="b"><x:v>{1 if checked else 0}</x:v></x:c></x:row>')


def sheet():
    headings = "<x:row>" + "".join(s(i) for i in range(7)) + "</x:row>"
    rows = [row(7, "2025-05-30T21:40:00", 8, 9, 44289, "Standard", True), "<x:row/>",
            row(10, "2025-05-31T09:05:00", 11, 12, 44650, "Medium", False),
            row(13, "2025-05-31T23:59:00", 14, 15, 45261, "High", True)]
    return (f'<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="{MAIN}">'
            "<x:sheetData>" + headings + "".join(rows) + "</x:sheetData></x:worksheet>")


def strings():
    items = "".join(f"<x:si>{item}</x:si>" for item in STRINGS)
    return (f'<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="{MAIN}" '
            f'count="{len(STRINGS)}" uniqueCount="{len(STRINGS)}">{items}</x:sst>')


def write(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("book/workbook.xml", WORKBOOK)
        z.writestr("book/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("book/styles.xml", STYLES)
        z.writestr("book/strings.xml", strings())
        z.writestr("book/sheets/data.xml", sheet())


if __name__ == "__main__":
    write(sys.argv[1])
