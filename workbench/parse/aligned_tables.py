"""Tables without rules, found from how their text lines up.

In: a laid-out page's body lines. Out: ``(lines, Table)`` for each run of at
least three rows that each hold three or more separate pieces of text starting
at the same x positions (the columns). A line under a row that starts in one of
the columns and is alone there carries on that row's cell (wrapped cell text).
The table's separators lie halfway between its columns and rows.
"""
from __future__ import annotations

from workbench.model import Cell, Line, Page, Table, TablePart
from workbench.parse.layout import find_gutter
from workbench.parse.tables import cell_text
from workbench.vocabulary import LineRole

MIN_COLUMNS = 3
MIN_ROWS = 3
ALIGN = 4.0  # points: column starts closer than this are one column


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into printed rows (vertical overlap), each row left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: (l.box[1], l.box[0])):
        if rows:
            last = rows[-1][0]
            overlap = min(last.box[3], line.box[3]) - max(last.box[1], line.box[1])
            if overlap > 0.5 * min(last.box[3] - last.box[1], line.box[3] - line.box[1]):
                rows[-1].append(line)
                continue
        rows.append([line])
    return [sorted(row, key=lambda l: l.box[0]) for row in rows]


def _column_of(x: float, columns: list[float]) -> int | None:
    for index, start in enumerate(columns):
        if abs(x - start) <= ALIGN:
            return index
    return None


def _is_tabular(row: list[Line]) -> bool:
    if len(row) < MIN_COLUMNS:
        return False
    gaps = [b.box[0] - a.box[2] for a, b in zip(row, row[1:])]
    height = min(l.box[3] - l.box[1] for l in row)
    return all(gap >= 0.8 * height for gap in gaps)


def _apart(above: list[Line], row: list[Line]) -> bool:
    """A clear vertical gap (more than a line's height) between two rows."""
    height = min(line.box[3] - line.box[1] for line in above + row)
    return min(line.box[1] for line in row) - max(line.box[3] for line in above) > height


def _crosses_columns(row: list[Line], slots: list[int | None], columns: list[float]) -> bool:
    """A piece running into the next column is prose, not a cell."""
    return any(slot is not None and slot + 1 < len(columns) and line.box[2] > columns[slot + 1]
               for line, slot in zip(row, slots))


def aligned_tables(page: Page) -> list[tuple[list[Line], Table]]:
    """Unruled tables on ``page`` and the body lines each one takes (each text column on its own)."""
    body = [line for line in page.lines if line.role == LineRole.BODY and line.bbox]
    gutter = page.gutter or find_gutter(body, page.width)  # the one layout read the page with, else its own
    if gutter is None:
        return _tables_in(page, body)
    left = [line for line in body if line.box[2] <= gutter[1] + 1]
    right = [line for line in body if line.box[0] >= gutter[0] - 1 and line not in left]
    return _tables_in(page, left) + _tables_in(page, right)


def _tables_in(page: Page, body: list[Line]) -> list[tuple[list[Line], Table]]:
    rows = _rows(body)
    found = []
    index = 0
    while index < len(rows):
        if not _is_tabular(rows[index]):
            index += 1
            continue
        columns = [line.box[0] for line in rows[index]]
        members: list[list[Line]] = [rows[index]]
        cursor = index + 1
        while cursor < len(rows):
            row = rows[cursor]
            slots = [_column_of(line.box[0], columns) for line in row]
            if None in slots or _apart(members[-1], row) or _crosses_columns(row, slots, columns):
                break
            if len(row) >= MIN_COLUMNS or len(row) < len(columns):
                members.append(row)
                cursor += 1
                continue
            break
        full_rows = sum(1 for row in members if len(row) >= MIN_COLUMNS)
        if full_rows >= MIN_ROWS:
            found.append(_build(page, members, columns))
            index = cursor
        else:
            index += 1
    return found


def _build(page: Page, rows: list[list[Line]], columns: list[float]) -> tuple[list[Line], Table]:
    """Cells from the rows: a row with several pieces opens a table row; a lone piece continues a cell."""
    grid: list[dict[int | None, list[Line]]] = []
    for row in rows:
        if len(row) >= MIN_COLUMNS or not grid:
            grid.append({})
        for line in row:
            grid[-1].setdefault(_column_of(line.box[0], columns), []).append(line)
    lines = [line for row in rows for line in row]
    x0 = min(l.box[0] for l in lines)
    x1 = max(l.box[2] for l in lines)
    tops = [min(l.box[1] for ls in cells.values() for l in ls) for cells in grid]
    bottom = max(l.box[3] for l in lines)
    col_seps = [x0] + [columns[i] - ALIGN for i in range(1, len(columns))] + [x1]
    row_seps = [tops[0] - 1] + [top - 1 for top in tops[1:]] + [bottom + 1]
    cells = []
    for r, cells_of_row in enumerate(grid):
        for c in range(len(columns)):
            members = cells_of_row.get(c, [])
            box = (round(col_seps[c], 2), round(row_seps[r], 2), round(col_seps[c + 1], 2), round(row_seps[r + 1], 2))
            cells.append(Cell(row=r, col=c, text=cell_text(members, page.ocr), page=page.number, bbox=box))
    region = (round(x0, 2), round(row_seps[0], 2), round(x1, 2), round(row_seps[-1], 2))
    part = TablePart(page=page.number, bbox=region, rows=list(range(len(grid))),
                     row_separators=[round(y, 2) for y in row_seps], col_separators=[round(x, 2) for x in col_seps])
    table = Table(page=page.number, n_rows=len(grid), n_cols=len(columns), cells=cells, bbox=region,
                  parts=[part], ruled=False)
    return lines, table
