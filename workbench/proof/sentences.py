"""``sentence``: a sentence or clause written twice in a row (a paste done twice).

In: the joined passages. Out: a warning on the second copy of a sentence (ended by 。！？；) of at least
six characters that follows itself at once, suggesting it be deleted (the suggestion is empty text).
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

PATTERN = re.compile(r"(?:(?<=[。！？；\x00])|^)([^。！？；\x00]{6,120}?[。！？；])\1", re.MULTILINE)


def findings(joined: Joined) -> list[Finding]:
    return [joined.finding("sentence.repeated", Category.SENTENCE, Severity.WARNING,
                           f"句子重复：“{match.group(1)[:20]}…”连写了两遍", match.start() + len(match.group(1)),
                           len(match.group(1)), "") for match in PATTERN.finditer(joined.text)]


RULE = Rule("sentence", (Category.SENTENCE,), "重复句子", lambda seen: findings(seen.joined))
