"""Tables to a spreadsheet file: CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX (openpyxl).

In: one ``Table`` or several, and a path. Out: the file written; merged cells stay merged in XLSX,
one sheet a table (in CSV a merged cell's text stands at its top-left position, and several tables
follow one another with an empty row between them). Cells are written inert (``export.safe``) and the
file beside its target, then renamed into place.
"""
from __future__ import annotations

import csv
from pathlib import Path

from workbench.export.safe import clean, csv_cell, neutralise, replaced
from workbench.model import Table


def _tables(tables: Table | list[Table]) -> list[Table]:
    return [tables] if isinstance(tables, Table) else list(tables)


def write_csv(tables: Table | list[Table], path: str | Path) -> None:
    with replaced(path) as temp, open(temp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for index, table in enumerate(_tables(tables)):
            if index:
                writer.writerow([])
            writer.writerows([csv_cell(text) for text in row] for row in table.grid())


def write_xlsx(tables: Table | list[Table], path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, table in enumerate(_tables(tables) or [Table(page=0, n_rows=0, n_cols=0)]):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = f"表{index + 1}"
        for cell in table.cells:
            target = sheet.cell(row=cell.row + 1, column=cell.col + 1, value=clean(cell.text))
            target.alignment = wrap
            if cell.rowspan > 1 or cell.colspan > 1:
                sheet.merge_cells(start_row=cell.row + 1, start_column=cell.col + 1,
                                  end_row=cell.row + cell.rowspan, end_column=cell.col + cell.colspan)
    neutralise(book)
    with replaced(path) as temp:
        book.save(temp)
