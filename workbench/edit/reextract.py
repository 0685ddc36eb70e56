"""Read one part of a table again from its page, with a region and separators a person placed.

In: the logical table, which of its parts, the laid-out page that part is printed
on, and the new region and row/column separators (PDF points). Out: a new
logical table whose rows from that part are read afresh (merged cells where the
page prints no rule between grid cells); every other part is kept as it was.
"""
from __future__ import annotations

import copy

from workbench.model import BBox, Page, Table
from workbench.parse.regions import inside
from workbench.parse.tables import grid_table
from workbench.vocabulary import Confidence


def reextract_part(table: Table, part_index: int, page: Page, region: BBox,
                   row_separators: list[float], col_separators: list[float]) -> Table:
    """``table`` with part ``part_index`` read again from ``page`` (see the module's description)."""
    lines = [line for line in page.lines if line.bbox and inside(line.bbox, region)]
    fresh = grid_table(page, region, page.rules, lines, ys=sorted(row_separators), xs=sorted(col_separators))
    if len(table.parts) <= 1:
        fresh.ruled, fresh.confidence = table.ruled, Confidence.HIGH
        return fresh
    old = table.parts[part_index]
    skip = old.repeated_header_rows if part_index else 0
    first_row = old.rows[0] if old.rows else table.n_rows
    added = fresh.n_rows - skip
    shift = added - len(old.rows)
    result = copy.deepcopy(table)
    kept = [cell for cell in result.cells if not (first_row <= cell.row < first_row + len(old.rows))]
    for cell in kept:
        if cell.row >= first_row + len(old.rows):
            cell.row += shift
    _onto_columns(fresh, old.col_separators)
    for cell in fresh.cells:
        if cell.row >= skip:
            cell.row += first_row - skip
            kept.append(cell)
    (part,) = fresh.parts
    part.rows = list(range(first_row, first_row + added))
    part.repeated_header_rows = skip
    result.parts[part_index] = part
    for later in result.parts[part_index + 1:]:
        later.rows = [row + shift for row in later.rows]
    result.cells = sorted(kept, key=lambda cell: (cell.row, cell.col))
    result.n_rows += shift
    result.n_cols = max(result.n_cols, fresh.n_cols)
    if part_index == 0:
        result.bbox = region
    return result


def _onto_columns(fresh: Table, columns: list[float], tolerance: float = 3.0) -> None:
    """Where a person only took separators away, give the fresh cells the logical table's columns (as spans)."""
    xs = fresh.parts[0].col_separators
    if len(columns) < 2 or not all(any(abs(x - c) <= tolerance for c in columns) for x in xs):
        return
    index = [min(range(len(columns)), key=lambda i: abs(columns[i] - x)) for x in xs]
    for cell in fresh.cells:
        start, end = index[cell.col], index[cell.col + cell.colspan]
        cell.col, cell.colspan = start, end - start
    fresh.n_cols = len(columns) - 1
