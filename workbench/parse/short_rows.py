"""Where the cells of a short row go: a table copied from a web page loses its row-spanned cells.

In: the full rows of a table (cell texts, as many as it has columns) and one shorter row. Out:
the columns its cells belong under, in order — chosen so that each cell looks most like the
cells of its column (how it starts and ends, its length, numbers, repeated values such as
定量/定性). The columns left out are the ones a cell above spans down into.
"""
from __future__ import annotations

import math
import re
from functools import cache

_NUMBERED = re.compile(r"^[（(]?[\d一二三四五六七八九十]+[.．、）)]")


def _kind(char: str) -> str:
    if char.isdigit():
        return "9"
    if "a" <= char.lower() <= "z":
        return "a"
    if "\u4e00" <= char <= "\u9fff":
        return "中"
    return char


def _likeness(cell: str, column: list[str]) -> float:
    """How much ``cell`` looks like the cells of ``column`` (0 … about 4)."""
    if not column:
        return 0.0
    score = 0.0
    text = cell.strip()
    for other in column:
        other = other.strip()
        if not text or not other:
            score += 0.5 if text == other else 0.0
            continue
        score += text == other  # a value the column repeats (定量, 定性, 是/否)
        score += _kind(text[0]) == _kind(other[0])
        score += _kind(text[-1]) == _kind(other[-1])
        score += bool(_NUMBERED.match(text)) == bool(_NUMBERED.match(other))
        score += 1.0 - min(1.0, abs(math.log(len(text) + 1) - math.log(len(other) + 1)) / 2)
    return score / len(column)


def place_short_row(full_rows: list[list[str]], row: list[str], n_cols: int) -> list[int]:
    """The column of each cell of ``row`` (fewer cells than ``n_cols``), keeping their order."""
    columns = [[full[col] for full in full_rows if col < len(full)] for col in range(n_cols)]
    if not any(columns):
        return list(range(len(row)))
    scores = [[_likeness(cell, columns[col]) for col in range(n_cols)] for cell in row]

    @cache
    def best(cell: int, col: int) -> tuple[float, tuple[int, ...]]:
        if cell == len(row):
            return 0.0, ()
        if n_cols - col < len(row) - cell:
            return -math.inf, ()
        here, rest = best(cell + 1, col + 1)
        take = (scores[cell][col] + here, (col,) + rest)
        skip = best(cell, col + 1)
        return take if take[0] >= skip[0] else skip

    return list(best(0, 0)[1])
