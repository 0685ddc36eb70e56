"""Tables that arrive as text: tab-separated rows, or one cell a line.

In: the texts of the flow's lines. Out: runs of lines that form a table, and
the table built from them. Tab-separated rows: see ``find_tsv_runs``. Inside a run, a row whose leading cells are empty continues
the cells above (a vertical merge); a row with text in its first cell only (or
a line without tabs between rows) spans the whole width; a row equal to the
header, printed again after a page break, is left out. A row with fewer cells than
the table (a web page's row-spanned cells lost in the copy) has its cells placed under
the columns they look like, the cells above spanning down into the rest; a caption
line followed by the header again opens a new table. Cells keep their line.
"""
from __future__ import annotations

from workbench.model import Cell, Table
from workbench.parse.patterns import compact
from workbench.parse.short_rows import place_short_row
from workbench.vocabulary import Confidence

MAX_SPANNING_LINE = 40


def _cells(text: str) -> list[str]:
    return [part.strip() for part in text.split("\t")]


def find_tsv_runs(texts: list[str]) -> list[tuple[int, int]]:
    """(first, last) indices of each run of tab-separated rows (full-width rows between them included)."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(texts):
        if "\t" not in texts[index] or len(_cells(texts[index])) < 2:
            index += 1
            continue
        start = end = index
        header = _cells(texts[index])
        cursor = index + 1
        while cursor < len(texts):
            if "\t" in texts[cursor]:
                end = cursor
            elif not (len(compact(texts[cursor])) <= MAX_SPANNING_LINE and cursor + 1 < len(texts)
                      and "\t" in texts[cursor + 1]) or _cells(texts[cursor + 1]) == header:
                break  # the table ends, or a caption opens another one with the same header
            cursor += 1
        runs.append((start, end))
        index = end + 1
    return runs


def tsv_table(texts: list[str], line_numbers: list[int | None], page: int | None) -> Table:
    """One table from its rows (``texts``), with the file line of each cell."""
    header = [compact(cell) for cell in _cells(texts[0])]
    n_cols = max(len(_cells(text)) for text in texts)
    full_rows = [_cells(text) for text in texts[1:] if len(_cells(text)) == n_cols]
    cells: list[Cell] = []
    above: dict[int, Cell] = {}
    row = 0
    seen_full = False
    for position, (text, line_no) in enumerate(zip(texts, line_numbers)):
        parts = _cells(text) if "\t" in text else [text.strip()]
        if position and [compact(part) for part in parts] == header:
            continue  # the header printed again after a page break
        seen_full = seen_full or len(parts) == n_cols
        if 1 < len(parts) < n_cols and seen_full:  # header rows above the first full row keep their order
            placed = dict(zip(place_short_row(full_rows, parts, n_cols), parts))
            for col in range(n_cols):
                if col not in placed and col in above:
                    above[col].rowspan += 1  # a cell the web page spanned down into this row
                else:
                    above[col] = Cell(row=row, col=col, text=placed.get(col, ""), page=page, line_no=line_no)
                    cells.append(above[col])
            row += 1
            continue
        parts += [""] * (n_cols - len(parts))
        filled = [i for i, part in enumerate(parts) if part]
        if filled == [0] and position:
            cells.append(Cell(row=row, col=0, text=parts[0], colspan=n_cols, page=page, line_no=line_no))
            above = {}
            row += 1
            continue
        leading = filled[0] if filled else n_cols
        for col in range(n_cols):
            if col < leading and col in above:
                above[col].rowspan += 1
                continue
            cell = Cell(row=row, col=col, text=parts[col], page=page, line_no=line_no)
            cells.append(cell)
            above[col] = cell
        row += 1
    return Table(page=page or 1, n_rows=row, n_cols=n_cols, cells=cells)


def find_one_cell_runs(texts: list[str]) -> list[tuple[int, int, int]]:
    """(first, last, columns) of tables printed one cell a line.

    The header is a run of short lines from ``序号`` (or ``编号``) up to a line
    ``1``; each row then takes as many lines as the header has, and must start
    with the next number. Where a row breaks that pattern the table ends.
    """
    runs = []
    index = 0
    while index < len(texts):
        if compact(texts[index]) not in ("序号", "编号"):
            index += 1
            continue
        cursor = index + 1
        while cursor < len(texts) and compact(texts[cursor]) != "1" and _header_like(texts[cursor]):
            cursor += 1
        columns = cursor - index
        if cursor >= len(texts) or compact(texts[cursor]) != "1" or not 3 <= columns <= 12:
            index += 1
            continue
        number, row_start = 1, cursor
        while row_start + columns <= len(texts) and compact(texts[row_start]) == str(number):
            row_start += columns
            number += 1
        if number > 1:
            runs.append((index, row_start - 1, columns))
            index = row_start
        else:
            index += 1
    return runs


def _header_like(text: str) -> bool:
    flat = compact(text)
    return 1 < len(flat) <= 10 and not any(mark in flat for mark in "，。；：,;:")


def one_cell_table(texts: list[str], line_numbers: list[int | None], columns: int, page: int | None) -> Table:
    """The table of a ``find_one_cell_runs`` run: a row every ``columns`` lines."""
    cells = [Cell(row=i // columns, col=i % columns, text=text.strip(), page=page, line_no=line_no)
             for i, (text, line_no) in enumerate(zip(texts, line_numbers))]
    return Table(page=page or 1, n_rows=len(texts) // columns, n_cols=columns, cells=cells,
                 ruled=False, confidence=Confidence.MEDIUM)
