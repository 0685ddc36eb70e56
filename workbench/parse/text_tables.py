"""Tables that arrive as tab-separated rows in plain text.

In: the flow of lines. Out: ``(first line, last line, Table)`` for every run of
tab-separated rows. Inside a run, a row whose leading cells are empty continues
the cells above (a vertical merge); a row with text in its first cell only (or
a line without tabs between rows) spans the whole width; a row equal to the
header, printed again after a page break, is left out. Cells keep their line.
"""
from __future__ import annotations

from workbench.model import Cell, Table
from workbench.parse.patterns import compact

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
        cursor = index + 1
        while cursor < len(texts):
            if "\t" in texts[cursor]:
                end = cursor
            elif not (len(compact(texts[cursor])) <= MAX_SPANNING_LINE and cursor + 1 < len(texts)
                      and "\t" in texts[cursor + 1]):
                break
            cursor += 1
        runs.append((start, end))
        index = end + 1
    return runs


def tsv_table(texts: list[str], line_numbers: list[int | None], page: int | None) -> Table:
    """One table from its rows (``texts``), with the file line of each cell."""
    header = [compact(cell) for cell in _cells(texts[0])]
    n_cols = max(len(_cells(text)) for text in texts)
    cells: list[Cell] = []
    above: dict[int, Cell] = {}
    row = 0
    for position, (text, line_no) in enumerate(zip(texts, line_numbers)):
        parts = _cells(text) if "\t" in text else [text.strip()]
        if position and [compact(part) for part in parts] == header:
            continue  # the header printed again after a page break
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
