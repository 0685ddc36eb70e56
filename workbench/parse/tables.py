"""Ruled tables: cells from the grid of rules, text from the lines inside each cell,
and one logical table out of the parts a page break split.

In: laid-out pages (their rules and their lines of role ``table``). Out: ``Table``s
whose cells carry row and column spans, text, page and box; each table also lists
its parts (page, box, the logical rows it holds, and the row and column
separators used), which the correction UI moves to re-extract a table alone.
"""
from __future__ import annotations

import re

from workbench.model import BBox, Cell, Line, Page, Source, Table, TablePart
from workbench.parse.pairs import repaired_pairs
from workbench.parse.patterns import compact
from workbench.parse.regions import inside, table_regions

SNAP = 3.0  # points: rules closer than this are one separator


def _cluster(values: list[float]) -> list[float]:
    groups: list[list[float]] = []
    for value in sorted(values):
        if groups and value - groups[-1][-1] <= SNAP:
            groups[-1].append(value)
        else:
            groups.append([value])
    return [sum(group) / len(group) for group in groups]


def _covers(rules: list[BBox], horizontal: bool, at: float, start: float, end: float) -> bool:
    """Is there a rule along ``at`` that covers the middle of [start, end]?"""
    middle = (start + end) / 2
    for rule in rules:
        if horizontal:
            if abs((rule[1] + rule[3]) / 2 - at) <= SNAP and rule[0] - SNAP <= middle <= rule[2] + SNAP:
                return True
        elif abs((rule[0] + rule[2]) / 2 - at) <= SNAP and rule[1] - SNAP <= middle <= rule[3] + SNAP:
            return True
    return False


def separators(rules: list[BBox], region: BBox) -> tuple[list[float], list[float]]:
    """(row separators, column separators) of a ruled region, its outer edges included."""
    inner = [rule for rule in rules if _overlaps(rule, region)]
    ys = _with_edges(_cluster([(r[1] + r[3]) / 2 for r in inner if r[2] - r[0] >= r[3] - r[1]]), region[1], region[3])
    xs = _with_edges(_cluster([(r[0] + r[2]) / 2 for r in inner if r[2] - r[0] < r[3] - r[1]]), region[0], region[2])
    return ys, xs


def _with_edges(values: list[float], low: float, high: float) -> list[float]:
    """Separators plus the region's edges where no rule stands near them (an open table)."""
    edge = 3 * SNAP  # a scanned rule's ends wander by a few points with the page's skew
    if not values or values[0] - low > edge:
        values = [low] + values
    if values[-1] < high - edge:
        values = values + [high]
    return values


def _overlaps(rule: BBox, region: BBox) -> bool:
    return not (rule[2] < region[0] - SNAP or rule[0] > region[2] + SNAP or rule[3] < region[1] - SNAP
                or rule[1] > region[3] + SNAP)


def grid_table(page: Page, region: BBox, rules: list[BBox], lines: list[Line],
               ys: list[float] | None = None, xs: list[float] | None = None) -> Table:
    """The table in ``region``: grid cells merged where a separator is missing, text from ``lines``.

    ``ys``/``xs`` override the separators found from the rules (a person moved them).
    """
    found_ys, found_xs = separators(rules, region)
    inner = [rule for rule in rules if _overlaps(rule, region)]
    inner += _drawn(ys, found_ys, horizontal=True, region=region) + _drawn(xs, found_xs, horizontal=False, region=region)
    ys, xs = sorted(ys or found_ys), sorted(xs or found_xs)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

    def find(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covers(inner, False, xs[c + 1], ys[r], ys[r + 1]):
                parent[find((r, c + 1))] = find((r, c))
            if r + 1 < n_rows and not _covers(inner, True, ys[r + 1], xs[c], xs[c + 1]):
                parent[find((r + 1, c))] = find((r, c))
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for key in parent:
        groups.setdefault(find(key), []).append(key)
    cells = []
    for members in groups.values():
        top, left = min(r for r, _ in members), min(c for _, c in members)
        bottom, right = max(r for r, _ in members), max(c for _, c in members)
        box = (round(xs[left], 2), round(ys[top], 2), round(xs[right + 1], 2), round(ys[bottom + 1], 2))
        cells.append(Cell(row=top, col=left, text=cell_text([l for l in lines if inside(l.bbox, box, 0.5)], page.ocr),
                          rowspan=bottom - top + 1, colspan=right - left + 1, page=page.number, bbox=box))
    cells.sort(key=lambda cell: (cell.row, cell.col))
    part = TablePart(page=page.number, bbox=region, rows=list(range(n_rows)),
                     row_separators=[round(y, 2) for y in ys], col_separators=[round(x, 2) for x in xs])
    return Table(page=page.number, n_rows=n_rows, n_cols=n_cols, cells=cells, bbox=region, parts=[part])


def _drawn(given: list[float] | None, found: list[float], horizontal: bool, region: BBox) -> list[BBox]:
    """Separators a person placed where no rule is printed count as full-length rules."""
    rules = []
    for at in given or []:
        if all(abs(at - other) > SNAP for other in found):
            rules.append((region[0], at - 0.5, region[2], at + 0.5) if horizontal
                         else (at - 0.5, region[1], at + 0.5, region[3]))
    return rules


def cell_text(lines: list[Line], recognised: bool = False) -> str:
    """A cell's lines joined top to bottom; a space only between two Latin words. Read by OCR (``recognised``),
    its paired marks repaired across its lines (``pairs.repaired_pairs``)."""
    text = ""
    for line in sorted(lines, key=lambda l: (round(l.box[1] / 4), l.box[0])):
        piece = line.text.strip()
        if text and re.match(r"[A-Za-z0-9]", piece[:1]) and re.search(r"[A-Za-z]$", text):
            text += " "
        text += piece
    return repaired_pairs(text) if recognised else text


def page_tables(page: Page) -> list[Table]:
    """Every ruled table on a laid-out page, top to bottom."""
    lines = [line for line in page.lines if line.role == "table" and line.bbox]
    return [grid_table(page, region, page.rules, [l for l in lines if inside(l.bbox, region)])
            for region in table_regions(page.rules)]


def place_ruled_tables(source: Source) -> Source:
    """``source`` (laid out) with each page's ruled tables standing where they are printed, as a Word file's do:
    the table lines inside one leave the page's lines and the table is put before the first line below its top.
    For text in reading order (``workbench text``): a cell's lines stay together instead of interleaving with
    the cells beside them."""
    for page in source.pages:
        if page.rules:
            tables = page_tables(page)
            for table in tables:
                page.lines = [line for line in page.lines
                              if not (line.role == "table" and line.bbox and inside(line.bbox, table.bbox))]
            for table in tables:
                top = table.bbox[1] if table.bbox else 0.0
                table.after_line = next((index for index, line in enumerate(page.lines)
                                         if line.bbox and line.bbox[1] >= top), len(page.lines))
            page.tables = page.tables + tables
    return source


def _same_columns(a: Table, b: Table) -> bool:
    if a.n_cols != b.n_cols:
        return False
    return all(abs(x - y) <= 6 for x, y in zip(a.parts[-1].col_separators, b.parts[0].col_separators))


def join_continued(tables: list[tuple[Page, Table, bool, bool]]) -> list[Table]:
    """Join each table that opens a page onto the one that closed the page before.

    ``tables``: (page, table, first thing on its page, last thing on its page), in
    reading order. A continuation has the same columns; a first row of it that adds
    nothing (a repeated header, an empty row) is dropped; rows are renumbered to follow on.
    """
    joined: list[Table] = []
    last_page: Page | None = None
    last_closes = False
    for page, table, opens, closes in tables:
        previous = joined[-1] if joined else None
        if (previous and last_page and page.number == last_page.number + 1 and opens and last_closes
                and _same_columns(previous, table)):
            _append(previous, table)
        else:
            joined.append(table)
        last_page, last_closes = page, closes
    return joined


def _repeats(table: Table, part: Table) -> bool:
    """Whether ``part``'s first row adds nothing: each of its cells is empty or says what the same column of
    the table's first row (a repeated header, empty or not) or last row says."""
    known = (_row_texts(table, 0), _row_texts(table, table.n_rows - 1))
    return all(not text or any(text == row.get(col) for row in known) for col, text in _row_texts(part, 0).items())


def _row_texts(table: Table, row: int) -> dict[int, str]:
    """Column → compacted text of the cells that start in ``row``."""
    return {cell.col: compact(cell.text) for cell in table.cells if cell.row == row}


def _append(table: Table, part: Table) -> None:
    skip = 1 if _repeats(table, part) else 0
    offset = table.n_rows - skip
    for cell in part.cells:
        if cell.row < skip:
            continue
        cell.row += offset
        table.cells.append(cell)
    (new_part,) = part.parts
    new_part.rows = list(range(table.n_rows, table.n_rows + part.n_rows - skip))
    new_part.repeated_header_rows = skip
    table.parts.append(new_part)
    table.n_rows += part.n_rows - skip
