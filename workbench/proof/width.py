"""``width``: full-width digits and letters in a text that writes them half-width (GB/T 15835).

In: the joined passages. Out: a warning for each run of full-width digits or Latin letters (``２０２５``,
``ＰＭ2.5``) in a document whose digits are otherwise half-width (at least nine in ten), suggesting the
half-width form. A text written in full-width digits throughout is left alone.
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

FULL = re.compile(r"[０-９Ａ-Ｚａ-ｚ]+")
_HALF_DIGITS = re.compile(r"[0-9]")
_TO_HALF = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}


def findings(joined: Joined) -> list[Finding]:
    runs = list(FULL.finditer(joined.text))
    if not runs:
        return []
    full = sum(len(run.group()) for run in runs)
    if len(_HALF_DIGITS.findall(joined.text)) < 9 * full:
        return []  # full width is this text's own way
    return [joined.finding("width.fullwidth", Category.WIDTH, Severity.WARNING,
                           f"“{run.group()}”为全角，本文数字和字母用半角", run.start(), len(run.group()),
                           run.group().translate(_TO_HALF)) for run in runs]


RULE = Rule("width", (Category.WIDTH,), "全角数字字母", lambda seen: findings(seen.joined))
