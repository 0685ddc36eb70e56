"""``pairing``: “” ‘’ 《》 （） 〔〕 【】 left open or closed without an opening.

Each table cell is checked on its own. Paragraphs are checked in order with one
paragraph of grace: a mark opened at the end of a paragraph may close in the next
(the paragraph split may be the parser's), but not later. A closing parenthesis
after a list number at the start of a paragraph (``1）``, ``一）``) is a list marker.
"""
from __future__ import annotations

import re
from collections import defaultdict

from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined, Passage
from workbench.vocabulary import Category, Severity

_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "〔": "〕", "【": "】"}
_CLOSING = {close: open_ for open_, close in _PAIRS.items()}
_SAME = {")": "）", "）": ")"}  # half- and full-width parentheses close each other
_LIST_MARKER = re.compile(r"^\s*[\d一二三四五六七八九十a-zA-Z]{1,3}$")
_MARK = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSING)) + "]")
_NAMES = {"“": "引号", "‘": "单引号", "《": "书名号", "（": "括号", "(": "括号", "〔": "六角括号", "【": "方头括号"}

Open = tuple[Passage, int, str]  # (passage, offset, mark)


def findings(joined: Joined) -> list[Finding]:
    marks = _marks_by_passage(joined)
    found: list[Finding] = []
    carried: list[Open] = []
    doc = None
    for index, passage in enumerate(joined.passages):
        if passage.kind == "cell":
            if index in marks:
                found += _unpaired(*_scan(passage, marks[index], []))
            continue
        if passage.doc != doc:
            found += _unpaired(carried, [])
            carried, doc = [], passage.doc
        if not carried and index not in marks:
            continue
        stack, stray = _scan(passage, marks.get(index, []), carried)
        carried = [item for item in stack if item[0] is passage]  # one paragraph of grace, no more
        found += _unpaired([item for item in stack if item[0] is not passage], stray)
    return found + _unpaired(carried, [])


def _marks_by_passage(joined: Joined) -> dict[int, list[tuple[int, str]]]:
    """For each passage (by index) holding pairing marks, each mark's offset in it and the mark."""
    by_passage: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for mark in _MARK.finditer(joined.text):
        index = joined.index(mark.start())
        by_passage[index].append((mark.start() - joined.starts[index], mark.group()))
    return by_passage


def _scan(passage: Passage, marks: list[tuple[int, str]], carried: list[Open]) -> tuple[list[Open], list[Open]]:
    """(marks still open, closing marks with no opening) after reading ``marks`` of ``passage``."""
    stack = list(carried)
    stray: list[Open] = []
    for offset, char in marks:
        if char in _PAIRS:
            stack.append((passage, offset, char))
        elif char in _CLOSING:
            wanted = {_CLOSING[char], _CLOSING.get(_SAME.get(char, ""), "")}
            match = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][2] in wanted), None)
            if match is not None:
                del stack[match]
            elif not (char in ")）" and _LIST_MARKER.match(passage.text[:offset])):
                stray.append((passage, offset, char))
    return stack, stray


def _unpaired(opened: list[Open], stray: list[Open]) -> list[Finding]:
    found = []
    for passage, offset, mark in opened:
        name = _NAMES[mark]
        found.append(passage.finding("pairing.unclosed", Category.PAIRING, Severity.ERROR,
                                     f"{name}“{mark}”没有对应的“{_PAIRS[mark]}”", offset,
                                     min(12, len(passage.text) - offset)))
    for passage, offset, mark in stray:
        name = _NAMES[_CLOSING[mark]]
        start = max(0, offset - 11)
        found.append(passage.finding("pairing.unopened", Category.PAIRING, Severity.ERROR,
                                     f"{name}“{mark}”前没有对应的“{_CLOSING[mark]}”", start, offset + 1 - start))
    return found


RULE = Rule("pairing", (Category.PAIRING,), "标点配对", lambda seen: findings(seen.joined))
