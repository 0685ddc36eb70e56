"""What a proofreading rule is: one record each rule module declares as ``RULE``, listed once in ``rules``.

A ``Rule`` has an ``id`` (its module's family), the ``categories`` its findings carry (one, but for
``elements``: element and toc), a Chinese ``label`` (the family's name for what is written without the window,
which names families through its translations in ``ui.labels``) and a
``check``: ``Checked`` → the ``Finding``s. ``Checked`` is what every rule may read: the parse result, its
joined passages, and what the store knows (文号 already used, titles of known 文号).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.finding import Finding
from workbench.model import ParseResult
from workbench.reading.passages import Joined
from workbench.vocabulary import Category


@dataclass(frozen=True)
class Checked:
    result: ParseResult
    joined: Joined
    known_numbers: dict[str, str] | None = None  # normalised 文号 used outside the result → that document
    known_titles: dict[str, str] | None = None  # normalised 文号 in the store → its document's title


@dataclass(frozen=True)
class Rule:
    id: str
    categories: tuple[Category, ...]
    label: str
    check: Callable[[Checked], list[Finding]]
