"""``wording``: words commonly misused in 公文, from the editable list ``resources/proof/wording.tsv``.

Each line of the list: the misused form, the right one, and why. A finding carries
the reason as its message and the right form as its suggestion.
"""
from __future__ import annotations

import re
from functools import lru_cache

from workbench.finding import Finding
from workbench.proof import lists
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity


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
    return found


RULE = Rule("wording", (Category.WORDING,), "用词", lambda seen: findings(seen.joined))
