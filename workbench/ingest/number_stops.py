"""The stop after a list number — ``1．`` full-width or ``1.`` half-width — in the width a page prints it.

Printers differ (one city sets its headings ``1．完善…``, a ministry's pages ``1.完善…``, an issue may hold both)
and OCR reads both as ``.``; what tells them apart is the room the mark takes. In: a recognised page's lines, each
as its characters ``(character, confidence, column)`` — the recogniser's column each was read at, None for a space
or where not known (``ocr_engine.NarrowLineOCR.calc_word_boxes``). For each number stop — a digit, a stop, a
Chinese character — the distance from the digit's column to the character's is measured in the line's own
character pitch (the median distance between two neighbouring Chinese characters): about 1.75 for a full-width
stop, 1.0–1.3 for a half-width one (the corpus scans: 1.33–2.5 over 42 full-width stops; 63 half-width ones
typeset in another face: 0.67–1.33). The page's median decides: from ``FULL_WIDTH_FROM`` every number stop on it
is made ``．`` and the space OCR reads in its room dropped, below it ``.``. Out: the lines, as characters again.
A decimal (``2.4亿``) is no number stop.
"""
from __future__ import annotations

import re
import statistics

Char = tuple[str, float, int | None]  # a recognised character: itself, its confidence, its column
FULL_WIDTH_FROM = 1.5  # pitches from a number's last digit to the character after its stop
MIN_PITCHES = 3  # neighbouring Chinese characters a line needs for its pitch to be known
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def in_printed_width(lines: list[list[Char]]) -> list[list[Char]]:
    """``lines`` (a page's) with every number stop in the width the page's measured stops say."""
    measured = [advance for line in lines for advance in advances(line)]
    if not measured:
        return lines
    full = statistics.median(measured) >= FULL_WIDTH_FROM
    return [_with_stops(line, full) for line in lines]


def advances(line: list[Char]) -> list[float]:
    """For each number stop in ``line``, the columns from the digit before it to the character after it, in the
    line's character pitch; none where a character's column is not known or the pitch is not."""
    read = [(char, column) for char, _confidence, column in line if not char.isspace()]
    text, cols = [char for char, _ in read], [column for _, column in read if column is not None]
    if len(cols) != len(text):
        return []
    pitches = [cols[index + 1] - cols[index] for index in range(len(text) - 1)
               if _CHINESE.match(text[index]) and _CHINESE.match(text[index + 1])]
    if len(pitches) < MIN_PITCHES or statistics.median(pitches) <= 0:
        return []
    pitch = statistics.median(pitches)
    return [(cols[index + 1] - cols[index - 1]) / pitch for index in range(len(text)) if _number_stop_at(text, index)]


def _with_stops(line: list[Char], full: bool) -> list[Char]:
    """``line`` with its number stops made ``．`` and the spaces after them dropped (``full``), or made ``.``."""
    text = [char for char, _confidence, _column in line]
    out: list[Char] = []
    skipping = False
    for index, (char, confidence, column) in enumerate(line):
        if skipping and char.isspace():
            continue
        stop = _number_stop_at(text, index)
        skipping = stop and full
        out.append(("．" if full else ".", confidence, column) if stop else (char, confidence, column))
    return out


def _number_stop_at(text: list[str], index: int) -> bool:
    """Whether ``text[index]`` is a stop between a digit and, past any spaces, a Chinese character."""
    if not 0 < index < len(text) - 1 or text[index] not in ".．" or not text[index - 1].isdigit():
        return False
    return bool(_CHINESE.match(next((char for char in text[index + 1:] if not char.isspace()), "")))
