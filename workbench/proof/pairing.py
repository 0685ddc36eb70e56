"""``pairing``: “” ‘’ 《》 （） 〔〕 【】 left open or closed without an opening.

Each table cell is checked on its own. Paragraphs are checked in order with one
paragraph of grace: a mark opened at the end of a paragraph may close in the next
(the paragraph split may be the parser's), but not later. A closing parenthesis
after a list number at the start of a paragraph (``1）``, ``一）``) is a list marker.
"""
from __future__ import annotations

import re
from collections import defaultdict

from workbench.proof.finding import Finding, Severity
from workbench.proof.passages import Passage

_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "〔": "〕", "【": "】"}
_CLOSING = {close: open_ for open_, close in _PAIRS.items()}
_SAME = {")": "）", "）": ")"}  # half- and full-width parentheses close each other
_LIST_MARKER = re.compile(r"^\s*[\d一二三四五六七八九十a-zA-Z]{1,3}$")
_MARK = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSING)) + "]")
_NAMES = {"“": "引号", "‘": "单引号", "《": "书名号", "（": "括号", "(": "括号", "〔": "六角括号", "【": "方头括号"}

Open = tuple[Passage, int, str]  # (passage, offset, mark)


def findings(passages: list[Passage]) -> list[Finding]:
    by_doc: dict[int, list[Passage]] = defaultdict(list)
    found: list[Finding] = []
    for passage in passages:
        if passage.kind == "cell":
            found += _unpaired(*_scan([passage], []))
        else:
            by_doc[passage.doc].append(passage)
    for doc_passages in by_doc.values():
        carried: list[Open] = []
        for passage in doc_passages:
            stack, stray = _scan([passage], carried)
            carried = [item for item in stack if item[0] is passage]  # one paragraph of grace, no more
            found += _unpaired([item for item in stack if item[0] is not passage], stray)
        found += _unpaired(carried, [])
    return found


def _scan(passages: list[Passage], carried: list[Open]) -> tuple[list[Open], list[Open]]:
    """(marks still open, closing marks with no opening) after reading ``passages``."""
    stack = list(carried)
    stray: list[Open] = []
    for passage in passages:
        text = passage.text
        for mark in _MARK.finditer(text):
            offset, char = mark.start(), mark.group()
            if char in _PAIRS:
                stack.append((passage, offset, char))
            elif char in _CLOSING:
                wanted = {_CLOSING[char], _CLOSING.get(_SAME.get(char, ""), "")}
                match = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][2] in wanted), None)
                if match is not None:
                    del stack[match]
                elif not (char in ")）" and _LIST_MARKER.match(text[:offset])):
                    stray.append((passage, offset, char))
    return stack, stray


def _unpaired(opened: list[Open], stray: list[Open]) -> list[Finding]:
    found = []
    for passage, offset, mark in opened:
        name = _NAMES[mark]
        found.append(passage.finding("pairing.unclosed", "pairing", Severity.ERROR,
                                     f"{name}“{mark}”没有对应的“{_PAIRS[mark]}”", offset,
                                     min(12, len(passage.text) - offset)))
    for passage, offset, mark in stray:
        name = _NAMES[_CLOSING[mark]]
        start = max(0, offset - 11)
        found.append(passage.finding("pairing.unopened", "pairing", Severity.ERROR,
                                     f"{name}“{mark}”前没有对应的“{_CLOSING[mark]}”", start, offset + 1 - start))
    return found
