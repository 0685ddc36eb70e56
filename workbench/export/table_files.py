"""One table to a spreadsheet file: CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX (openpyxl).

In: a ``Table`` and a path. Out: the file written; merged cells stay merged in XLSX
(in CSV a merged cell's text stands at its top-left position).
"""
from __future__ import annotations

import csv
from pathlib import Path

from workbench.model import Table


def write_csv(table: Table, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(table.grid())


def write_xlsx(table: Table, path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    sheet = book.active
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in table.cells:
        target = sheet.cell(row=cell.row + 1, column=cell.col + 1, value=cell.text)
        target.alignment = wrap
        if cell.rowspan > 1 or cell.colspan > 1:
            sheet.merge_cells(start_row=cell.row + 1, start_column=cell.col + 1,
                              end_row=cell.row + cell.rowspan, end_column=cell.col + cell.colspan)
    book.save(path)
