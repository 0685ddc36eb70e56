"""``name``: a person's name written two ways in one issue — ``颜晓平`` four times, ``颜晓萍`` once.

In: the parse result and its joined passages. Out: a warning on each occurrence of a three-character name
that differs by one character of the given name from one written at least twice as often (and at least
twice) anywhere in the text, suggesting the usual form. A two-character name is held to more (too many
people share all but one character): the usual form must itself be listed as a name and be written at
least five times as often, and at least five times (``刘  政`` in every 责任领导 line, ``刘  正`` once). Names are taken where a text lists people: the
任免 entries the parser read (``appointment`` elements), lists after 责任领导/联系人/主任/委员/组长/成员,
and ``某某同志``; a name written letter-spaced (``张  杰``) counts as itself.
"""
from __future__ import annotations

import re
from collections import Counter

from workbench.finding import Finding
from workbench.model import ParseResult
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

_LISTED = re.compile(r"(?:责任领导|领导|联系人|主\s*任|副主任|委\s*员|组\s*长|副组长|成\s*员|秘书长)\s*[:：]\s*([^。；：:\x00]{2,80})")
_COMRADE = re.compile(r"([\u4e00-\u9fff]{2,3})同志")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_SPACED = re.compile(r"([\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_SPACED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])")


def _candidates(result: ParseResult, text: str) -> set[str]:
    """Names where the text lists people; ``text`` is the joined text as written (spaces kept)."""
    names: set[str] = set()
    for doc in result.documents:
        for element in doc.elements:
            if element.kind == "appointment" and element.attrs and _NAME.match(element.attrs.get("name", "")):
                names.add(element.attrs["name"])
    for match in _LISTED.finditer(text):
        for part in re.split(r"[、，,；（(]", match.group(1)):
            spaced = _SPACED_NAME.match(part.strip())
            if _NAME.match(whole := re.sub(r"\s+", "", part)):
                names.add(whole)
            elif spaced:  # ``刘  正`` letter-spaced, with the next label run on (``刘  正责任单位``)
                names.add(spaced.group(1) + spaced.group(2))
    names |= {match.group(1) for match in _COMRADE.finditer(_SPACED.sub(r"\1", text))}
    return names


def _other_forms(rare: str, text: str, names: set[str]) -> Counter:
    """Names one character of the given name away from ``rare``, with how often ``text`` writes them."""
    if len(rare) == 3:
        others = Counter(re.findall(rf"{rare[0]}(?:{rare[1]}[\u4e00-\u9fff]|[\u4e00-\u9fff]{rare[2]})", text))
    else:
        others = Counter({name: text.count(name) for name in names
                          if len(name) == 2 and name[0] == rare[0] and name != rare})
    others.pop(rare, None)
    return +others


def _usual_form(rare: str, text: str, others: Counter) -> tuple[str, int] | None:
    """The form of ``rare`` written far more often in ``text`` (and how often), or None."""
    count = text.count(rare)
    floor = max(2, 2 * count) if len(rare) == 3 else max(5, 5 * count)
    usual, times = others.most_common(1)[0]
    return (usual, times) if times >= floor else None


def _twin(rare: str, text: str, others: Counter) -> str | None:
    """Another three-character name written exactly as often as the listed name ``rare`` (once or twice), one
    character of the given name away: the same person written two ways with no majority to tell which — or two people.
    (Two-character names one character apart are mostly two people: 李杰, 李单.)"""
    count = text.count(rare)
    twins = [name for name, times in others.items() if times == count <= 2]
    return twins[0] if len(rare) == 3 and len(twins) == 1 else None


def findings(result: ParseResult, joined: Joined) -> list[Finding]:
    text = _SPACED.sub(r"\1", joined.text)  # ``张  杰`` read as 张杰 (offsets differ: only for counting)
    found = []
    names = _candidates(result, joined.text)
    for rare in sorted(names):
        others = _other_forms(rare, text, names)
        if not others:
            continue
        usual_form = _usual_form(rare, text, others)
        twin = _twin(rare, text, others) if usual_form is None else None
        for match in re.finditer(r"[ \u3000]*".join(map(re.escape, rare)), joined.text):
            if usual_form is not None:
                usual, times = usual_form
                found.append(joined.finding("name.variant", Category.NAME, Severity.WARNING,
                                            f"人名“{rare}”在本期其他处作“{usual}”（{times} 处），请核对",
                                            match.start(), len(match.group()), usual))
            elif twin is not None:
                found.append(joined.finding("name.two_ways", Category.NAME, Severity.INFO,
                                            f"人名“{rare}”与本期的“{twin}”只差一字，请核对是否同一人",
                                            match.start(), len(match.group())))
    return found


RULE = Rule("name", (Category.NAME,), "人名不一", lambda seen: findings(seen.result, seen.joined))
