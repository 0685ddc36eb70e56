"""``punctuation``: half-width , ; : ? ! ( ) in Chinese text (GB/T 15834-2011).

A mark counts when it touches a Chinese character and is not a comma or colon between
digits (``2,000`` and ``8:30`` are left alone). A document that writes these marks half-width throughout gets one finding,
with the count and the first place; otherwise each half-width mark in a paragraph
that writes its marks full-width is a finding of its own, with the full-width mark
as its suggestion.
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]"
# touching Chinese text, and not a comma or colon between digits (１０:３０ in full-width digits is a time)
_HALF_MARK = re.compile(rf"[,;:?!()](?:(?<={_CJK}.)|(?={_CJK}))(?!(?<=\d[,:])\d)")
_FULL_MARK = re.compile(r"[，；：？！（）]")
_THROUGHOUT = 0.5  # a document whose marks are at least half half-width writes them so on purpose
_MIN_THROUGHOUT = 5


def findings(joined: Joined) -> list[Finding]:
    found: list[Finding] = []
    for start, end in joined.documents().values():
        found += _document(joined, start, end)
    return found


def _document(joined: Joined, start: int, end: int) -> list[Finding]:
    """The half-width marks of the document at ``start``…``end`` of the joined text."""
    text = joined.text
    count = len(_HALF_MARK.findall(text, start, end))
    if not count:
        return []
    full = len(_FULL_MARK.findall(text, start, end))
    if count >= _MIN_THROUGHOUT and count >= _THROUGHOUT * (count + full):
        first = next(_HALF_MARK.finditer(text, start, end))
        return [joined.finding(
            "punctuation.halfwidth_document", Category.PUNCTUATION, Severity.WARNING,
            f"本篇通篇使用半角标点（共{count}处，首见于此），中文文本应使用全角标点", first.start(), 1, None)]
    return [joined.finding("punctuation.halfwidth", Category.PUNCTUATION, Severity.WARNING,
                           f"中文文本中的半角标点“{match.group()}”应为全角“{_FULL[match.group()]}”",
                           match.start(), 1, _FULL[match.group()])
            for match in _HALF_MARK.finditer(text, start, end)]


RULE = Rule("punctuation", (Category.PUNCTUATION,), "标点", lambda seen: findings(seen.joined))
