"""Marks that come in pairs, repaired after OCR: on a line, or on the text of lines joined — a table cell's, whose
pairs span its lines where the repair of a line alone cannot see them (``(某市府办函(2`` / ``023〕8号)``).

In: recognised text. Out: the same text, a mark for a mark (per-character confidences stay in step).
``alternating_quotes``: double quotation marks OCR read facing the wrong way. ``closed_in_kind``: brackets of a
kind look alike on a scan, and OCR mixes them within a pair — a 文号's ``〔2023〕`` read ``〔2023】``, a title's
``《…〈…〉…》`` read ``《…《…〉…》``. A pair whose two halves differ is made one kind: a square one (``〔〕`` ``【】``
``[]`` ``［］`` ``〖〗``) the kind it was opened with; a book title's the kind its depth takes (GB/T 15834: ``《》``
outside, ``〈〉`` inside another). A 文号's year read between a round and a square half (``(2023〕38号``) takes the
〔〕 GB/T 9704 prints it in (``square_years``); one printed in a single kind of either stays as printed.
A round opening half closed by ``〉`` is an inner title's ``〈`` misread (``inner_titles``). ``repaired_pairs``:
all of it, on a line or a cell; ``repair_paragraphs``: quotes, 文号 years and inner titles on each paragraph of a
recognised page's body lines, written back line by line.
"""
from __future__ import annotations

import re

from workbench.model import Line
from workbench.reading.paragraphs import carries_on
from workbench.vocabulary import LineRole

_SQUARE = {"〔": "〕", "【": "】", "[": "]", "［": "］", "〖": "〗"}  # brackets OCR confuses: opening → closing
_TITLE = {"《": "》", "〈": "〉"}
_OPENING = {**_SQUARE, **_TITLE}
_CLOSING = {closing: opening for opening, closing in _OPENING.items()}
_ROUND_TO_ANGLE = re.compile(r"[（(]([^（）()《》〈〉]*)〉")
# a 文号's year in brackets of any kind (``〔2023〕`` in ``某发〔2023〕38号``): opening half, year, closing half
DOC_NUMBER_YEAR = re.compile(r"([〔（(【\[［])((?:19|20)\d{2})([〕）)】\]］])(?=\s*第?\d{1,4}号)")


def repaired_pairs(text: str) -> str:
    """``text`` with its double quotation marks alternating and its brackets closed in kind."""
    return closed_in_kind(alternating_quotes(text))


def repair_paragraphs(lines: list[Line]) -> None:
    """Each paragraph of ``lines`` (consecutive body lines in reading order that carry on one another) with its
    quotation marks, 文号 years and inner titles repaired across its lines (``_repair_joined``), in place. A
    quotation opened at a line's end and closed on the next line, read facing the wrong way (``…推广“清河通““惠企``
    / ``码”“民生快办“等``), is not seen by the second look at a line alone."""
    paragraph: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.role == LineRole.BODY and (
                not paragraph or carries_on(paragraph[-1].text, paragraph[-1].bbox, line.bbox)):
            paragraph.append(line)
            continue
        _repair_joined(paragraph)
        paragraph = [line] if line is not None and line.role == LineRole.BODY else []


def _repair_joined(paragraph: list[Line]) -> None:
    """The lines of one paragraph with their joined text's quotation marks alternating, its 文号 years in 〔〕 and
    its inner titles' ``〈`` back (``inner_titles``), a mark for a mark. Its other brackets stay as each line's
    repair left them: over a paragraph, a half misread as another family (``〈`` read ``（``) would pair a title
    bracket with one lines away and turn it."""
    joined = "".join(line.text for line in paragraph)
    repaired = inner_titles(square_years(alternating_quotes(joined)))
    if repaired == joined:
        return
    start = 0
    for line in paragraph:
        line.text, start = repaired[start:start + len(line.text)], start + len(line.text)


def alternating_quotes(text: str) -> str:
    """``text`` with its curly double quotation marks turned to alternate “” when there is an even number of them
    and they do not: Chinese double quotes never nest (an inner quote is ‘’), so an even run that does not
    alternate is one whose marks OCR read facing the wrong way — a cell's quotes span its lines, where the
    engine's second look at a line cannot see them (``“学校系统“覆盖`` → ``“学校系统”覆盖``). An odd number (a mark
    lost or added) is left as read."""
    marks = [index for index, char in enumerate(text) if char in "“”"]
    if len(marks) % 2 or all(text[index] == "“”"[order % 2] for order, index in enumerate(marks)):
        return text
    chars = list(text)
    for order, index in enumerate(marks):
        chars[index] = "“”"[order % 2]
    return "".join(chars)


def inner_titles(text: str) -> str:
    """``text`` with each round opening half closed by ``〉`` (no bracket between) made ``〈``: a title inside a
    title, its ``〈`` read ``（`` (``《关于印发（工作报告〉分工的通知》`` → ``《关于印发〈工作报告〉分工的通知》``); a
    ``〉`` closes nothing round, so the opening half is the one misread."""
    return _ROUND_TO_ANGLE.sub(lambda found: f"〈{found.group(1)}〉", text)


def square_years(text: str) -> str:
    """``text`` with each 文号 year read between a round and a square half made 〔〕: ``(2023〕38号`` →
    ``〔2023〕38号``."""
    return DOC_NUMBER_YEAR.sub(_squared, text)


def _squared(found: re.Match) -> str:
    """A 文号 year found by ``DOC_NUMBER_YEAR``: in 〔〕 when one of its halves is round and the other not."""
    mixed = (found.group(1) in "(（") != (found.group(3) in ")）")
    return f"〔{found.group(2)}〕" if mixed else found.group(0)


def closed_in_kind(text: str) -> str:
    """``text`` with each bracket pair whose halves differ in kind made one kind (see the module): ``〔2023】`` →
    ``〔2023〕``, ``《关于《条例〉的说明》`` → ``《关于〈条例〉的说明》``, ``(2023〕38号`` → ``〔2023〕38号``. A half
    with no partner stays."""
    text = inner_titles(square_years(text))
    if not any(mark in text for mark in _CLOSING):
        return text
    chars, opened = list(text), []
    for index, char in enumerate(chars):
        if char in _OPENING:
            opened.append(index)
            continue
        if char not in _CLOSING or not opened:
            continue
        start = opened.pop()
        opening = chars[start]
        if opening == _CLOSING[char] or (opening in _TITLE) != (_CLOSING[char] in _TITLE):
            continue  # a matching pair, or halves of different families
        if opening in _TITLE:
            depth = sum(1 for earlier in opened if chars[earlier] in _TITLE)
            opening = "《" if depth == 0 else "〈"
        chars[start], chars[index] = opening, _OPENING[opening]
    return "".join(chars)
