"""``heading``: heading numbers that skip or repeat at a level, and a level opened without its parent.

GB/T 9704 §7.3.3 numbers the levels 一、 （一） 1. （1）. Within a document each
level counts 1, 2, 3 … and starts again under a new parent; an attachment (附件)
starts the count again. The first heading of a level below the top with no parent
above it is an ``info`` finding (some short documents start there on purpose).
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.model import ParseResult
from workbench.proof.rule import Rule
from workbench.reading.passages import Passage
from workbench.vocabulary import Category, ElementKind, Severity

_CN = "〇一二三四五六七八九"
_MARKERS = [
    (1, re.compile(r"^\s*([一二三四五六七八九十百]+)[、，,](?![一二三四五六七八九十])")),
    (2, re.compile(r"^\s*[（(]([一二三四五六七八九十百]+)[）)]")),
    (3, re.compile(r"^\s*(\d{1,2})\s*[．.、](?!\d)")),
    (4, re.compile(r"^\s*[（(](\d{1,2})[）)]")),
]
_MARKER_START = set("一二三四五六七八九十百（(")  # or a digit: what every marker begins with
_LEVEL_NAMES = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}
_RESTART_KINDS = (ElementKind.ATTACHMENT, ElementKind.ENCLOSURE_TITLE)


def cn_number(text: str) -> int:
    """一 … 九十九 (and 百) as a number."""
    if text == "百":
        return 100
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN.index(tens) if tens else 1) * 10 + (_CN.index(ones) if ones else 0)
    return int("".join(str(_CN.index(char)) for char in text)) if all(c in _CN for c in text) else 0


def number_text(level: int, number: int) -> str:
    if level in (3, 4):
        return str(number)
    if number <= 10:
        return _CN[number] if number < 10 else "十"
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def marker(text: str) -> tuple[int, int, re.Match] | None:
    """(level, number, match) of a heading marker at the start of ``text``."""
    first = text.lstrip()[:1]
    if not (first in _MARKER_START or first.isdecimal()):
        return None
    for level, pattern in _MARKERS:
        match = pattern.match(text)
        if match:
            value = match.group(1)
            return level, int(value) if value.isdigit() else cn_number(value), match
    return None


def findings(result: ParseResult, passages: list[Passage]) -> list[Finding]:
    found: list[Finding] = []
    by_doc: dict[int, list[Passage]] = {}
    for passage in passages:
        if passage.kind != "cell":
            by_doc.setdefault(passage.doc, []).append(passage)
    for doc_passages in by_doc.values():
        found += _document(doc_passages)
    return found


def _document(passages: list[Passage]) -> list[Finding]:
    """Walk the headings of one document; ``last`` counts under the current parent, ``run`` across parents."""
    last: dict[int, int] = {}
    run: dict[int, int] = {}
    skipped: dict[int, int] = {}  # level → the number that skipped one there (the next may only follow from it)
    found = []
    orphan_told = False
    headings = [(passage, _heading(passage)) for passage in passages]
    levels_used = {seen[0] for _, seen in headings if seen}
    for passage, seen in headings:
        if passage.kind in _RESTART_KINDS or passage.text.strip().startswith("附件"):
            last.clear()
            run.clear()
            continue
        if seen is None:
            continue
        level, number, match = seen
        span = (match.start(1), match.end(1) - match.start(1))
        message = _out_of_order(level, number, last.get(level, 0), run.get(level, 0))
        if message and skipped.get(level) == number == last.get(level):
            found.append(passage.finding(  # 一 二 四 四: the second 四 follows from the first, which is the error
                "heading.following", Category.HEADING, Severity.INFO,
                f"{message}（可能因前面的跳号所致：改正前面的序号后再看）", *span))
        elif message:
            expected = last.get(level, 0) + 1 if last.get(level) else run.get(level, 0) + 1
            found.append(passage.finding("heading.sequence", Category.HEADING, Severity.ERROR, message, *span,
                                         number_text(level, expected)))
            if number > expected:
                skipped[level] = number
        if level > 1 and not orphan_told and not any(last.get(upper) for upper in range(1, level)) \
                and any(used < level for used in levels_used):
            orphan_told = True
            found.append(passage.finding("heading.orphan", Category.HEADING, Severity.INFO,
                                         f"{_LEVEL_NAMES[level]}级标题前没有上一级标题", *span))
        last[level] = run[level] = number
        for lower in [key for key in last if key > level]:
            del last[lower]
    return found


def _heading(passage: Passage) -> tuple[int, int, re.Match] | None:
    """The heading marker a passage starts with, when the passage is a heading or a numbered paragraph."""
    if passage.kind not in (ElementKind.HEADING, "paragraph"):
        return None
    seen = marker(passage.text)
    if seen is None or seen[1] == 0 or len(passage.text.strip()) - seen[2].end() < 3:
        return None  # a bare number, or a fragment of a table read as text
    return seen


def _out_of_order(level: int, number: int, last: int, run: int) -> str | None:
    """Why ``number`` cannot follow (``last`` under this parent, ``run`` across parents), or None."""
    name = _LEVEL_NAMES[level]
    if number == 1:
        return None  # a count starting again is never wrong by itself
    if last:
        if number == last:
            return f"{name}级标题序号“{number_text(level, number)}”重复"
        if number > last + 1:
            return f"{name}级标题序号跳号：“{number_text(level, last)}”之后应为“{number_text(level, last + 1)}”"
        if number < last:
            return f"{name}级标题序号倒退：“{number_text(level, last)}”之后应为“{number_text(level, last + 1)}”"
        return None
    if number == run + 1:
        return None  # numbering that runs on across parents
    if number > run + 1 and (run or number > 2):
        return f"{name}级标题序号跳号：应为“{number_text(level, run + 1)}”"
    return None


RULE = Rule("heading", (Category.HEADING,), "标题序号", lambda seen: findings(seen.result, seen.joined.passages))
