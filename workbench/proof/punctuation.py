"""``punctuation``: half-width , ; : ? ! ( ) in Chinese text (GB/T 15834-2011).

A mark counts when it touches a Chinese character (``2,000`` and ``8:30`` are left
alone). A document that writes these marks half-width throughout gets one finding,
with the count and the first place; otherwise each half-width mark in a paragraph
that writes its marks full-width is a finding of its own, with the full-width mark
as its suggestion.
"""
from __future__ import annotations

import re
from collections import defaultdict

from workbench.proof.finding import Finding, Severity
from workbench.proof.passages import Passage

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]"
_HALF_MARK = re.compile(rf"(?<={_CJK})[,;:?!()]|[,;:?!()](?={_CJK})")
_FULL_MARK = re.compile(r"[，；：？！（）]")
_THROUGHOUT = 0.5  # a document whose marks are at least half half-width writes them so on purpose
_MIN_THROUGHOUT = 5


def findings(passages: list[Passage]) -> list[Finding]:
    by_doc: dict[int, list[Passage]] = defaultdict(list)
    for passage in passages:
        by_doc[passage.doc].append(passage)
    found: list[Finding] = []
    for doc_passages in by_doc.values():
        found += _document(doc_passages)
    return found


def _half_marks(passage: Passage) -> list[re.Match]:
    return [match for match in _HALF_MARK.finditer(passage.text) if not _is_time_or_number(passage.text, match)]


def _is_time_or_number(text: str, match: re.Match) -> bool:
    """``8:30`` and ``1,000`` are numbers, not Chinese punctuation."""
    before = text[match.start() - 1:match.start()]
    after = text[match.end():match.end() + 1]
    return match.group() in ",:" and before.isdigit() and after.isdigit()


def _document(passages: list[Passage]) -> list[Finding]:
    marks = [(passage, match) for passage in passages for match in _half_marks(passage)]
    if not marks:
        return []
    full = sum(len(_FULL_MARK.findall(passage.text)) for passage in passages)
    if len(marks) >= _MIN_THROUGHOUT and len(marks) >= _THROUGHOUT * (len(marks) + full):
        passage, match = marks[0]
        return [passage.finding(
            "punctuation.halfwidth_document", "punctuation", Severity.WARNING,
            f"本篇通篇使用半角标点（共{len(marks)}处，首见于此），中文文本应使用全角标点",
            match.start(), 1, None)]
    found = []
    for passage, match in marks:
        mark = match.group()
        found.append(passage.finding("punctuation.halfwidth", "punctuation", Severity.WARNING,
                                     f"中文文本中的半角标点“{mark}”应为全角“{_FULL[mark]}”",
                                     match.start(), 1, _FULL[mark]))
    return found
