"""Structural table edits: each takes a Table and returns a new one, the input untouched.

Positions are logical (row, col) of the grid. A merged cell covers
``rowspan`` × ``colspan`` grid positions from its top-left corner. Every
function keeps the table whole: each grid position covered by exactly one cell.
"""
from __future__ import annotations

import copy

from workbench.model import Cell, Table


def covering(table: Table, row: int, col: int) -> Cell | None:
    """The cell that covers grid position (row, col)."""
    for cell in table.cells:
        if cell.row <= row < cell.row + cell.rowspan and cell.col <= col < cell.col + cell.colspan:
            return cell
    return None


def _covering(table: Table, row: int, col: int) -> Cell:
    """The cell covering (row, col), which a table the window shows always has."""
    cell = covering(table, row, col)
    if cell is None:
        raise ValueError(f"no cell covers row {row}, column {col}")
    return cell


def _sorted(table: Table) -> Table:
    table.cells.sort(key=lambda cell: (cell.row, cell.col))
    return table


def set_text(table: Table, row: int, col: int, text: str) -> Table:
    """The table with the cell covering (row, col) holding ``text``."""
    result = copy.deepcopy(table)
    _covering(result, row, col).text = text
    return result


def merge(table: Table, top: int, left: int, bottom: int, right: int) -> Table:
    """The cells inside rows top..bottom and columns left..right made one; texts joined in reading order.

    The rectangle grows to take in any merged cell it cuts through.
    """
    result = copy.deepcopy(table)
    while True:
        inside = [c for c in result.cells if c.row <= bottom and c.row + c.rowspan - 1 >= top
                  and c.col <= right and c.col + c.colspan - 1 >= left]
        grown = (min(c.row for c in inside), min(c.col for c in inside),
                 max(c.row + c.rowspan - 1 for c in inside), max(c.col + c.colspan - 1 for c in inside))
        if grown == (top, left, bottom, right):
            break
        top, left, bottom, right = grown
    inside.sort(key=lambda c: (c.row, c.col))
    first = inside[0]
    merged = Cell(row=top, col=left, text="".join(c.text for c in inside if c.text),
                  rowspan=bottom - top + 1, colspan=right - left + 1, page=first.page,
                  bbox=_union([c.bbox for c in inside if c.bbox and c.page == first.page]), line_no=first.line_no)
    result.cells = [c for c in result.cells if c not in inside] + [merged]
    return _sorted(result)


def _union(boxes):
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def split(table: Table, row: int, col: int) -> Table:
    """The merged cell covering (row, col) split into single cells; its text stays in the top-left one."""
    result = copy.deepcopy(table)
    cell = _covering(result, row, col)
    for r in range(cell.row, cell.row + cell.rowspan):
        for c in range(cell.col, cell.col + cell.colspan):
            if (r, c) != (cell.row, cell.col):
                result.cells.append(Cell(row=r, col=c, text="", page=cell.page))
    cell.rowspan = cell.colspan = 1
    return _sorted(result)


def insert_row(table: Table, at: int) -> Table:
    """An empty row put in before row ``at`` (``at == n_rows`` appends); a merged cell it cuts grows."""
    result = copy.deepcopy(table)
    for cell in result.cells:
        if cell.row >= at:
            cell.row += 1
        elif cell.row + cell.rowspan > at:
            cell.rowspan += 1
    result.n_rows += 1
    for col in range(result.n_cols):
        if covering(result, at, col) is None:
            result.cells.append(Cell(row=at, col=col, text=""))
    return _sorted(result)


def delete_row(table: Table, at: int) -> Table:
    """Row ``at`` taken out; a merged cell that starts there moves down a row, one that crosses it shrinks."""
    result = copy.deepcopy(table)
    kept = []
    for cell in result.cells:
        if cell.row == at and cell.rowspan == 1:
            continue
        if cell.row > at:
            cell.row -= 1
        elif cell.row + cell.rowspan > at:
            cell.rowspan -= 1
        kept.append(cell)
    result.cells, result.n_rows = kept, result.n_rows - 1
    return _sorted(result)


def _transposed(table: Table) -> Table:
    result = copy.deepcopy(table)
    for cell in result.cells:
        cell.row, cell.col, cell.rowspan, cell.colspan = cell.col, cell.row, cell.colspan, cell.rowspan
    result.n_rows, result.n_cols = table.n_cols, table.n_rows
    return result


def insert_column(table: Table, at: int) -> Table:
    """An empty column put in before column ``at``."""
    return _sorted(_transposed(insert_row(_transposed(table), at)))


def delete_column(table: Table, at: int) -> Table:
    """Column ``at`` taken out."""
    return _sorted(_transposed(delete_row(_transposed(table), at)))


def join(first: Table, second: Table, skip_header_rows: int = 0) -> Table:
    """``second`` appended below ``first`` as its continuation (its first ``skip_header_rows`` rows left out)."""
    result = copy.deepcopy(first)
    offset = result.n_rows - skip_header_rows
    for cell in copy.deepcopy(second.cells):
        if cell.row < skip_header_rows:
            continue
        cell.row += offset
        result.cells.append(cell)
    for part in copy.deepcopy(second.parts):
        part.rows = [row + offset for row in part.rows if row >= skip_header_rows]
        result.parts.append(part)
    result.n_rows += second.n_rows - skip_header_rows
    result.n_cols = max(first.n_cols, second.n_cols)
    return _sorted(result)


def split_table(table: Table, at: int) -> tuple[Table, Table]:
    """The table cut before row ``at``: rows above, and rows from ``at`` on (renumbered from 0)."""
    above, below = copy.deepcopy(table), copy.deepcopy(table)
    above.cells = [c for c in above.cells if c.row < at]
    for cell in above.cells:
        cell.rowspan = min(cell.rowspan, at - cell.row)
    below.cells = [c for c in below.cells if c.row + c.rowspan > at]
    for cell in below.cells:
        end = cell.row + cell.rowspan
        cell.row = max(cell.row, at) - at
        cell.rowspan = end - at - cell.row
    above.n_rows, below.n_rows = at, table.n_rows - at
    above.parts = [p for p in above.parts if any(r < at for r in p.rows)] or above.parts[:1]
    below.parts = [p for p in below.parts if any(r >= at for r in p.rows)] or below.parts[-1:]
    for part in above.parts:
        part.rows = [r for r in part.rows if r < at]
    for part in below.parts:
        part.rows = [r - at for r in part.rows if r >= at]
    if below.parts:
        below.page, below.bbox = below.parts[0].page, below.parts[0].bbox
    return _sorted(above), _sorted(below)


def to_tsv(table: Table) -> str:
    """The grid as tab-separated lines (a merged cell's text at its top-left position)."""
    return "\n".join("\t".join(text.replace("\t", " ").replace("\n", " ") for text in row) for row in table.grid())
