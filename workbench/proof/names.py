"""``name``: a person's name written two ways in one issue — ``颜晓平`` four times, ``颜晓萍`` once.

In: the parse result and its joined passages. Out: a warning on each occurrence of a three-character name
that differs by one character of the given name from one written at least twice as often (and at least
twice) anywhere in the text, suggesting the usual form. A two-character name is held to more (too many
people share all but one character): the usual form must itself be listed as a name and be written at
least five times as often, and at least five times (``刘  政`` in every 责任领导 line, ``刘  正`` once) — unless
the two differ by a character of the same sound or a like shape (李单 for 李丹: the way names get mistyped),
which is held to what a three-character name is. Two forms written once or twice each with no majority
(王国炜/王国伟, 李丹/李单) are a note to check on the listed one. Names are taken where a text lists people: the
任免 entries the parser read (``appointment`` elements), ``张三为…`` entries of a personnel notice (任免, 转正 …),
lists after 责任领导/联系人/主任/委员/组长/成员, and ``某某同志``; a name written letter-spaced (``张  杰``)
counts as itself.
"""
from __future__ import annotations

import re
from collections import Counter

import jieba

from workbench.finding import Finding
from workbench.model import ParseResult
from workbench.proof.confusable import typed_for
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity
from workbench.words import edges_around, ready

_LISTED = re.compile(r"(?:责任领导|领导|联系人|主\s*任|副主任|委\s*员|组\s*长|副组长|成\s*员|秘书长)\s*[:：]\s*([^。；：:\x00]{2,80})")
_PERSONNEL = re.compile(r"任免|任命|免去|转正|任职|聘任|聘用")
_ENTRY = re.compile(r"^([\u4e00-\u9fff]{2,3})为")  # 张三为…局长: a list entry of a personnel notice
_COMRADE = re.compile(r"([\u4e00-\u9fff]{2,3})同志")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_SPACED = re.compile(r"([\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_SPACED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])")


def _candidates(result: ParseResult, text: str) -> set[str]:
    """Names where the text lists people; ``text`` is the joined text as written (spaces kept)."""
    ready()
    names: set[str] = set()
    for doc in result.documents:
        personnel = bool(_PERSONNEL.search(doc.title or ""))
        for element in doc.elements:
            if element.kind == "appointment" and element.attrs and _NAME.match(element.attrs.get("name", "")):
                names.add(element.attrs["name"])
            elif personnel and (entry := _ENTRY.match(re.sub(r"\s+", "", element.text))) \
                    and not jieba.dt.FREQ.get(entry.group(1)):
                names.add(entry.group(1))
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
    """Names one character of the given name away from ``rare``, with how often ``text`` writes them. A
    two-character name's other forms are the listed names of its surname, and the given name swapped for one of
    the same sound or a like shape written as a word of its own (李单 for 李丹; not 高风 inside 高风险)."""
    if len(rare) == 3:
        others = Counter(re.findall(rf"{rare[0]}(?:{rare[1]}[\u4e00-\u9fff]|[\u4e00-\u9fff]{rare[2]})", text))
    else:
        others = Counter({name: text.count(name) for name in names
                          if len(name) == 2 and name[0] == rare[0] and name != rare})
        for form, times in _sound_alikes(rare, text).items():
            others[form] = max(others[form], times)
    others.pop(rare, None)
    return +others


def _sound_alikes(rare: str, text: str) -> Counter:
    """``rare`` (two characters) with its given name typed as a like character, as often as ``text`` writes each
    where jieba's words begin and end with it."""
    found: Counter = Counter()
    for typed in typed_for().get(rare[1], ()):
        form = rare[0] + typed
        found[form] += sum(1 for match in re.finditer(re.escape(form), text)
                           if {match.start(), match.end()} <= edges_around(text, match.start(), match.end()))
    return found


def _alike(rare: str, other: str) -> bool:
    """Whether the differing character of two names of one length is one typed for the other."""
    return any(a != b and (a in typed_for().get(b, ()) or b in typed_for().get(a, ())) for a, b in zip(rare, other))


def _usual_form(rare: str, text: str, others: Counter) -> tuple[str, int] | None:
    """The form of ``rare`` written far more often in ``text`` (and how often), or None. A two-character name is
    held to five times as often, unless the two sound or look alike (then twice, as a three-character one)."""
    count = text.count(rare)
    usual, times = others.most_common(1)[0]
    strict = len(rare) == 2 and not _alike(rare, usual)
    floor = max(5, 5 * count) if strict else max(2, 2 * count)
    return (usual, times) if times >= floor else None


def _twin(rare: str, text: str, others: Counter) -> str | None:
    """Another name written exactly as often as the listed name ``rare`` (once or twice), one character of the
    given name away: the same person written two ways with no majority to tell which — or two people. Two
    two-character names are twins only when the differing characters sound or look alike (李丹, 李单; 李杰 and
    李单 are two people)."""
    count = text.count(rare)
    twins = [name for name, times in others.items() if times == count <= 2 and (len(rare) == 3 or _alike(rare, name))]
    return twins[0] if len(twins) == 1 else None


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
