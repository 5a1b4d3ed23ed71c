#!/usr/bin/python3
"""Writes the corpus test's police rows as openpyxl writes a workbook (inline strings, no
sharedStrings part, part paths written absolute in the relationships).

    write_openpyxl.py OUT.xlsx plain|1904|nodimension|summary

plain        the rows on the first sheet, headings on row 1
1904         the same in the 1904 date system (workbookPr date1904)
nodimension  the same with the sheets' <dimension> elements taken out
summary      a summary sheet first; the police sheet has a title, a banner and a blank row
             above its headings (on row 4)
The rows must match tests/test_import_xlsx_corpus.cpp (policeRows()).
"""
import datetime
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HEADINGS = ["Occurrence Number", "Incident Date", "Child Forename", "Child Surname", "DOB",
            "DASH Risk", "Checked"]
ROWS = [
    ["NC/26/1001", datetime.datetime(2025, 5, 30, 21, 40), "Ava", "SMITH",
     datetime.date(2021, 4, 3), "Standard", True],
    None,  # an empty row between the data rows
    ["NC/26/1002", datetime.datetime(2025, 5, 31, 9, 5), "Ben", "JONES",
     datetime.date(2022, 3, 30), "Medium", False],
    ["43/123456/25", datetime.datetime(2025, 5, 31, 23, 59), "Zoë", "O'NEILL",
     datetime.date(2023, 12, 1), "High", True],
]


def write(path, variant):
    book = openpyxl.Workbook()
    if variant == "1904":
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    if variant == "summary":
        sheet.title = "Summary"
        sheet.append(["Operation Encompass: week 22"])
        sheet.append(["Notifications", 3])
        sheet.append(["High risk", 1])
        sheet = book.create_sheet("Notifications")
        sheet.append(["Thames Valley Police - Operation Encompass notifications"])
        sheet.append(["OFFICIAL - SENSITIVE"])
        sheet.append([])
    else:
        sheet.title = "PPNs"
    sheet.append(HEADINGS)
    for row in ROWS:
        if row is None:
            sheet.append([])
            continue
        sheet.append(row)
        r = sheet.max_row
        sheet.cell(r, 2).number_format = "dd/mm/yyyy hh:mm"
        sheet.cell(r, 5).number_format = "dd/mm/yyyy"
    book.save(path)
    if variant == "nodimension":
        strip_dimension(path)


def strip_dimension(path):
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"<dimension[^>]*/>", b"", data)
            z.writestr(info, data)


if __name__ == "__main__":
    write(sys.argv[1], sys.argv[2])
