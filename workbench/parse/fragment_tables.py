"""Tables flattened into column fragments by an earlier extraction (best effort, low confidence).

A two-column print copied as text often gives a table column by column: the
header (``序号 任务 牵头单位 …`` on one line, or ``序号`` alone with each later
column's header printed above its fragment), then the row numbers, one a line,
then every further column as blocks of lines separated by blank lines, one
block a cell. Short section lines among the numbers (``二、推动政策衔接``) are
rows that span the table.

In: the flow's line texts and their file line numbers (a gap between numbers is
a blank line). Out: ``ColumnRun``s; ``fragment_table`` turns one into a Table
flagged ``confidence=Confidence.LOW`` for a person to check.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.model import Cell, Table
from workbench.parse.patterns import compact
from workbench.vocabulary import Confidence

_HEADER_START = ("序号", "编号")
_SECTION = re.compile(r"^[一二三四五六七八九十]+[、.．]")
MAX_HEADER = 12


@dataclass
class ColumnRun:
    first: int  # index of the header line in the flow
    last: int  # index of the last line of the last column
    header: list[str]
    rows: list[tuple[str, bool]]  # (number or section text, is a section row)
    columns: list[list[list[int]]]  # per later column, per row, the flow indices of its lines


def _is_header_word(text: str) -> bool:
    flat = compact(text)
    return 1 < len(flat) <= MAX_HEADER and not any(mark in flat for mark in "，。；：,;:、")


def _blocks(line_numbers: list[int | None], start: int, count: int, stop: int) -> tuple[list[list[int]], int] | None:
    """``count`` blocks of lines from ``start`` (a blank line between blocks); the index after them."""
    blocks: list[list[int]] = []
    index = start
    while len(blocks) < count and index < stop:
        block = [index]
        while index + 1 < stop and _adjacent(line_numbers, index):
            index += 1
            block.append(index)
        blocks.append(block)
        index += 1
    return (blocks, index) if len(blocks) == count else None


def _adjacent(line_numbers: list[int | None], index: int) -> bool:
    here, after = line_numbers[index], line_numbers[index + 1]
    return here is not None and after is not None and after == here + 1


def _numbers(texts: list[str], start: int) -> tuple[list[tuple[str, bool]], int]:
    """The row numbers (consecutive, any first one) and section rows from ``start``; the index after them."""
    rows: list[tuple[str, bool]] = []
    expected = None
    index = start
    while index < len(texts):
        flat = compact(texts[index])
        if flat.isdigit() and (expected is None or int(flat) == expected):
            rows.append((flat, False))
            expected = int(flat) + 1
        elif expected is not None and _SECTION.match(flat) and len(flat) <= 20:
            rows.append((texts[index].strip(), True))
        else:
            break
        index += 1
    while rows and rows[-1][1]:  # a section line after the last number belongs to what follows
        rows.pop()
        index -= 1
    return rows, index


def find_column_runs(texts: list[str], line_numbers: list[int | None]) -> list[ColumnRun]:
    """Every table given column by column in ``texts`` (see the module's description)."""
    runs: list[ColumnRun] = []
    index = 0
    while index < len(texts):
        run = _run_at(texts, line_numbers, index)
        if run is None:
            index += 1
            continue
        runs.append(run)
        index = run.last + 1
    return runs


def _run_at(texts: list[str], line_numbers: list[int | None], index: int) -> ColumnRun | None:
    words = texts[index].split()
    if not words or compact(words[0]) not in _HEADER_START:
        return None
    header = [compact(word) for word in words]
    if len(header) > 1 and not all(_is_header_word(word) for word in header[1:]):
        return None
    rows, cursor = _numbers(texts, index + 1)
    plain = sum(1 for _, section in rows if not section)
    if plain < 2:
        return None
    headed_columns = len(header) == 1  # each later column's header is printed above it
    columns: list[list[list[int]]] = []
    while headed_columns or len(columns) < len(header) - 1:
        start = cursor
        if headed_columns:
            if start >= len(texts) or not _is_header_word(texts[start]) or _adjacent(line_numbers, start):
                break
            start += 1
        found = _blocks(line_numbers, start, plain, len(texts))
        if found is None:
            break
        if headed_columns:
            header.append(compact(texts[cursor]))
        columns.append(found[0])
        cursor = found[1]
    if not columns:
        return None
    header = header[:len(columns) + 1]
    last = columns[-1][-1][-1]
    return ColumnRun(first=index, last=last, header=header, rows=rows, columns=columns)


def fragment_table(texts: list[str], line_numbers: list[int | None], run: ColumnRun, page: int | None) -> Table:
    """The table of one ``ColumnRun``: header row, then a row per number (section rows span the width)."""
    n_cols = len(run.header)
    cells = [Cell(row=0, col=col, text=text, page=page, line_no=line_numbers[run.first])
             for col, text in enumerate(run.header)]
    plain = 0
    for row, (text, section) in enumerate(run.rows, start=1):
        if section:
            cells.append(Cell(row=row, col=0, text=text, colspan=n_cols, page=page))
            continue
        cells.append(Cell(row=row, col=0, text=text, page=page))
        for col, blocks in enumerate(run.columns, start=1):
            block = blocks[plain]
            cells.append(Cell(row=row, col=col, text="".join(texts[i].strip() for i in block),
                              page=page, line_no=line_numbers[block[0]]))
        plain += 1
    return Table(page=page or 1, n_rows=len(run.rows) + 1, n_cols=n_cols, cells=cells,
                 ruled=False, confidence=Confidence.LOW)
