"""``traditional``: traditional characters mixed into simplified text (``數據``, ``經開區``).

In: the joined passages. Out: a warning for each run of characters from ``resources/proof/traditional.tsv``
(traditional forms that are never simplified ones; data from OpenCC, Apache-2.0), suggesting the
simplified forms. A text written in traditional characters throughout (more than a tenth of its Chinese)
is left alone.
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
def table() -> dict[str, str]:
    """{traditional character: its simplified form} (from OpenCC's table)."""
    return {row[0]: row[1] for row in lists.rows("traditional.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile("[" + "".join(table()) + "]+")


def findings(joined: Joined) -> list[Finding]:
    runs = list(_pattern().finditer(joined.text))
    if not runs:
        return []
    chinese = sum(1 for char in joined.text if "\u4e00" <= char <= "\u9fff")
    if sum(len(run.group()) for run in runs) > chinese / 10:
        return []  # a text in traditional characters
    simplify = {ord(traditional): simplified for traditional, simplified in table().items()}
    return [joined.finding("traditional.mixed", Category.TRADITIONAL, Severity.WARNING,
                           f"“{run.group()}”为繁体字，应为“{run.group().translate(simplify)}”",
                           run.start(), len(run.group()), run.group().translate(simplify)) for run in runs]


RULE = Rule("traditional", (Category.TRADITIONAL,), "繁体字", lambda seen: findings(seen.joined))
