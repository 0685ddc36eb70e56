"""``wording``: words commonly misused in 公文, from the editable list ``resources/proof/wording.tsv``.

Each line of the list: the misused form, the right one, and why. A finding carries
the reason as its message and the right form as its suggestion. Beyond the list, one confusion the words
around it decide: 必需 (needed: 必需的物资, 必需品) where 必须 (must) is meant — before a verb, an adverb, a
preposition or a time word (an adverbial: ``必需事前报批``), by jieba's parts of speech (``必需事先报批`` → 必须).
"""
from __future__ import annotations

import re
from functools import lru_cache

from workbench.finding import Finding
from workbench.proof import lists
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity
from workbench.words import ready


@lru_cache(maxsize=1)
def word_list() -> tuple[tuple[str, str, str], ...]:
    """(misused, right, reason) of every entry of the list."""
    return tuple((row[0], row[1], row[2] if len(row) > 2 else "") for row in lists.rows("wording.tsv"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(wrong) for wrong, _, _ in sorted(word_list(), key=lambda e: -len(e[0]))))


def findings(joined: Joined) -> list[Finding]:
    entries = {wrong: (right, reason) for wrong, right, reason in word_list()}
    if not entries:
        return []
    found = []
    for match in _pattern().finditer(joined.text):
        right, reason = entries[match.group()]
        found.append(joined.finding("wording.misused", Category.WORDING, Severity.WARNING,
                                    f"“{match.group()}”应为“{right}”：{reason}", match.start(),
                                    len(match.group()), right))
    return found + _must(joined)


_MUST = re.compile("必需")


def _must(joined: Joined) -> list[Finding]:
    """必需 followed by a verb, an adverb, a preposition or a time word: 必须 was meant."""
    import jieba.posseg

    ready()
    found = []
    for match in joined.matches(_MUST, _MUST):
        passage, offset = joined.at(match.start())
        at = 0
        words = list(jieba.posseg.cut(passage.text))
        for word, following in zip(words, words[1:] + [None]):
            if at == offset and word.word == "必需" and following is not None and following.flag[:1] in ("v", "d", "p", "t"):
                found.append(joined.finding("wording.must", Category.WORDING, Severity.WARNING,
                                            "“必需”是需要、不可缺少（必需品、必需的物资）；表示“一定要”用“必须”",
                                            match.start(), 2, "必须"))
            at += len(word.word)
    return found


RULE = Rule("wording", (Category.WORDING,), "用词", lambda seen: findings(seen.joined))
