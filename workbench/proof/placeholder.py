"""``placeholder``: blanks a drafter meant to fill in and forgot — ``XX``/``××``, ``某某``, ``【待补充】``, ``（此处填写）``.

In: the joined passages. Out: an error per placeholder left in (a document about to be published must
have none). Latin ``XX`` inside a word or code (``XXL``, ``MAX``) is not one.
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

PATTERN = re.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ×]{2,4}(?![A-Za-zＡ-Ｚａ-ｚ])"  # XX, XXX, ××
    r"|某某(?![某])"
    r"|[【〔\[［(（][^】〕\]］)）]{0,8}(?:待补充|待定|待填|填写|补充)[^】〕\]］)）]{0,8}[】〕\]］)）]")


def findings(joined: Joined) -> list[Finding]:
    return [joined.finding("placeholder.left", Category.PLACEHOLDER, Severity.ERROR,
                           f"“{match.group()}”是未填写的占位内容，发布前须填写或删去", match.start(), len(match.group()))
            for match in PATTERN.finditer(joined.text)]


RULE = Rule("placeholder", (Category.PLACEHOLDER,), "未填占位", lambda seen: findings(seen.joined))
