"""``repeat``: a character or word written twice by mistake (的的, 和和, 进行进行).

Chinese doubles on purpose (常常, 人人, 研究研究, 切切实实): those forms are data,
in ``resources/proof/reduplication.txt``. A doubled character is a slip only when jieba reads
it as a one-character word written twice (的|的); 人民|民主 and 市|市场 are words meeting.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jieba

from workbench import words
from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

EXCEPTIONS = Path(__file__).resolve().parents[2] / "resources" / "proof" / "reduplication.txt"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DOUBLE = re.compile(r"([\u4e00-\u9fff])\1|([\u4e00-\u9fff]{2,4})\2")
_WINDOW = 8  # characters of context either side that jieba reads to split a doubled place into words


@lru_cache(maxsize=1)
def exceptions() -> frozenset[str]:
    words: set[str] = set()
    for line in EXCEPTIONS.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def findings(joined: Joined) -> list[Finding]:
    text = joined.text
    found: list[Finding] = []
    for match in _DOUBLE.finditer(text):
        unit = match.group(1) or match.group(2)
        if len(unit) > 1 and _across_lines(joined, match):
            continue  # a word across a line break twice is mostly a table read as text
        if _listed(text, match) or _intended(match, unit, _word_bounds(joined, match.start(), match.end())):
            continue
        found.append(joined.finding(
            "repeat.doubled", Category.REPEAT, Severity.WARNING,
            f"“{unit}”重复" if len(unit) > 1 else f"字“{unit}”重复", match.start(), match.end() - match.start(),
            unit))
    return found


def _across_lines(joined: Joined, match: re.Match) -> bool:
    """Whether a printed line of the passage ends inside ``match``."""
    passage, offset = joined.at(match.start())
    end = offset + match.end() - match.start()
    return any(offset < piece.start < end for piece in passage.pieces[1:])


def _word_bounds(joined: Joined, start: int, end: int) -> dict[int, tuple[int, int]]:
    """For each offset near ``start``…``end`` (of the joined text), the (start, end) of the jieba word holding
    it; jieba reads up to ``_WINDOW`` characters either side, within the passage."""
    words.ready()
    passage, offset = joined.at(start)
    first = max(start - offset, start - _WINDOW)
    bounds: dict[int, tuple[int, int]] = {}
    for _word, begin, stop in jieba.tokenize(joined.text[first:min(end + _WINDOW, start - offset + passage.length)]):
        for offset in range(begin, stop):
            bounds[first + offset] = (first + begin, first + stop)
    return bounds


def _listed(text: str, match: re.Match) -> bool:
    """The doubled form is one of the exceptions, alone or inside a listed AABB form."""
    return match.group() in exceptions() or _in_longer_exception(text, match.start(), match.end())


def _intended(match: re.Match, unit: str, bounds: dict[int, tuple[int, int]]) -> bool:
    """Whether jieba's words around the doubled place say it is words meeting, not a slip."""
    start, end = match.start(), match.end()
    first, second = bounds[start], bounds[end - 1]
    if len(unit) == 1:
        if first == second:
            return True  # one word jieba knows with the character doubled in it (天天向上, a name)
        # only a one-character word written twice (的|的) is a slip; 人民|民主 and 市|市场 are words meeting
        return first[1] - first[0] > 1 or second[1] - second[0] > 1
    # a doubled word: only when jieba reads it as the same word twice
    return not (bounds.get(start) == (start, start + len(unit)) and bounds.get(start + len(unit)) == (start + len(unit), end))


def _in_longer_exception(text: str, start: int, end: int) -> bool:
    """The doubled part sits inside an AABB form listed as an exception (切切实实)."""
    fours = _four_character_exceptions()
    return any(text[at:at + 4] in fours for at in range(max(0, end - 4), start + 1))


@lru_cache(maxsize=1)
def _four_character_exceptions() -> frozenset[str]:
    return frozenset(word for word in exceptions() if len(word) == 4)


RULE = Rule("repeat", (Category.REPEAT,), "重复字词", lambda seen: findings(seen.joined))
