"""``variant``: 异形词 written in the form the standard does not recommend (成份 → 成分, 笔划 → 笔画).

In: the joined passages. Out: a note for each word of ``resources/proof/variants.tsv`` (第一批异形词整理表:
the form not recommended → the recommended one) that stands as a word of its own — jieba's segmentation
starts and ends a word where it starts and ends, so ``清规戒律`` is not read as ``规戒``. (〇 written as 零 or
○ in a year is the ``number`` rule's.)
"""
from __future__ import annotations

import re
from functools import lru_cache

import jieba

from workbench.finding import Finding
from workbench.proof import lists
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity
from workbench.words import ready


@lru_cache(maxsize=1)
def variant_list() -> dict[str, str]:
    """The form not recommended → the recommended one."""
    return {row[0]: row[1] for row in lists.rows("variants.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(word) for word in sorted(variant_list(), key=len, reverse=True)))


def findings(joined: Joined) -> list[Finding]:
    found = []
    words = variant_list()
    for match in joined.matches(_pattern(), _pattern()):
        passage, offset = joined.at(match.start())
        if not _stands_alone(passage.text, offset, offset + len(match.group())):
            continue
        right = words[match.group()]
        found.append(joined.finding("variant.word", Category.VARIANT, Severity.INFO,
                                    f"“{match.group()}”的推荐词形是“{right}”（第一批异形词整理表）",
                                    match.start(), len(match.group()), right))
    return found


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether jieba's words of ``text`` begin at ``start`` and end at ``end`` (no longer word holds it)."""
    ready()
    bounds = {edge for _word, first, last in jieba.tokenize(text, HMM=False) for edge in (first, last)}
    return start in bounds and end in bounds


RULE = Rule("variant", (Category.VARIANT,), "异形词", lambda seen: findings(seen.joined))
