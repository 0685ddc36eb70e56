"""After OCR: each punctuation mark in the width the source itself prints it, and brackets closed in kind.

OCR reads a comma, colon or bracket in either width where the print is not clear; a source prints each mark
one way (a Chinese text full-width ``，：（``, some printers half-width ``,:(``). In: a ``Source`` after its pages
were recognised. The width a mark takes in the source is the majority of its occurrences in all its lines (a
text layer's lines count too: they are exact); where at least ``MIN_MARKS`` occurrences agree to ``SHARE``
or more, the recognised lines' other occurrences are turned to that width. A mark between two ASCII letters or
digits (``1,000``, ``10:30``, ``a;b``) is neither counted nor turned; brackets are decided together, opening
and closing. A source with too few marks, or no clear majority, is left as read. Changes lines in place (a
character for a character: per-character confidences stay in step).

Brackets read in two kinds within a pair are made one (``parse.pairs.closed_in_kind``), and a 文号's year read in
a pair of another kind than the source's other 文号 takes theirs (``doc_number_brackets``).
"""
from __future__ import annotations

import re
from collections import Counter

from workbench.model import Source
from workbench.parse.pairs import DOC_NUMBER_YEAR, closed_in_kind

MIN_MARKS = 8
SHARE = 2 / 3  # OCR reads up to three in ten of a full-width source's brackets half-width
GROUPS = ({",": "，"}, {":": "："}, {";": "；"}, {"?": "？"}, {"!": "！"}, {"(": "（", ")": "）"})
_ASCII = re.compile(r"[A-Za-z0-9]")
MIN_DOC_NUMBERS = 3


def tidy_marks(source: Source) -> None:
    """The recognised lines' marks in the source's widths (``harmonise``), their brackets closed in kind
    (``closed_in_kind``) and their 文号 years in the source's brackets (``doc_number_brackets``)."""
    harmonise(source)
    for page in source.pages:
        if page.ocr:
            for line in page.lines:
                line.text = closed_in_kind(line.text)
    doc_number_brackets(source)


def doc_number_brackets(source: Source) -> None:
    """Turn the recognised lines' 文号 years (``2024`` in ``某发〔2024〕10号``) to the brackets the source mostly
    prints them in: OCR reads a 〔〕 pair as （） or 【】 now and then, a whole pair alike, which the repair of mixed
    pairs cannot see. Decided as the widths are (``MIN_DOC_NUMBERS`` 文号 or more — a text layer's count too —
    agreeing to ``SHARE``); a source with fewer, or without a clear majority, is left as read."""
    recognised = [line for page in source.pages if page.ocr for line in page.lines]
    if not recognised:
        return
    usual = _majority(Counter(found.group(1) + found.group(3) for page in source.pages for line in page.lines
                              for found in DOC_NUMBER_YEAR.finditer(line.text)), MIN_DOC_NUMBERS)
    if usual is None:
        return
    for line in recognised:
        line.text = DOC_NUMBER_YEAR.sub(lambda found: usual[0] + found.group(2) + usual[1], line.text)


def harmonise(source: Source) -> None:
    """Turn the recognised lines' marks to the width the source mostly prints them in (see the module)."""
    recognised = [line for page in source.pages if page.ocr for line in page.lines]
    if not recognised:
        return
    texts = [line.text for page in source.pages for line in page.lines]
    for group in GROUPS:
        full_of = group
        half_of = {full: half for half, full in group.items()}
        counts = Counter(half=sum(_counted(text, set(full_of)) for text in texts),
                         full=sum(_counted(text, set(half_of)) for text in texts))
        width = _majority(counts, MIN_MARKS)
        if width is None:
            continue
        turn = half_of if width == "half" else full_of  # the minority's marks → the majority's
        for line in recognised:
            line.text = _turned(line.text, turn)


def _majority(counts: Counter, at_least: int) -> str | None:
    """The kind most of ``counts`` are when there are ``at_least`` of them and it holds ``SHARE`` of them, else
    None."""
    total = sum(counts.values())
    if total < at_least:
        return None
    kind, count = counts.most_common(1)[0]
    return kind if count >= SHARE * total else None


def _between_ascii(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and bool(_ASCII.match(text[index - 1])) and bool(_ASCII.match(text[index + 1]))


def _counted(text: str, marks: set[str]) -> int:
    return sum(1 for index, char in enumerate(text) if char in marks and not _between_ascii(text, index))


def _turned(text: str, turn: dict[str, str]) -> str:
    """``text`` with each mark of ``turn``'s keys (not between ASCII letters or digits) turned to its value."""
    if not any(mark in text for mark in turn):
        return text
    return "".join(turn[char] if char in turn and not _between_ascii(text, index) else char
                   for index, char in enumerate(text))
