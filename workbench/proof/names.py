"""``name``: a person's name written two ways in one issue — ``颜晓平`` four times, ``颜晓萍`` once.

In: the parse result and its joined passages. Out: a warning on each occurrence of a three-character name
that differs by one character of the given name from one written at least twice as often (and at least
twice) anywhere in the text, suggesting the usual form (two-character names are left alone: too many
people share all but one character). Names are taken where a text lists people: the
任免 entries the parser read (``appointment`` elements), lists after 责任领导/联系人/主任/委员/组长/成员,
and ``某某同志``; a name written letter-spaced (``张  杰``) counts as itself.
"""
from __future__ import annotations

import re
from collections import Counter

from workbench.model import ParseResult
from workbench.proof.finding import Finding, Severity
from workbench.proof.passages import Joined

_LISTED = re.compile(r"(?:责任领导|领导|联系人|主\s*任|副主任|委\s*员|组\s*长|副组长|成\s*员|秘书长)\s*[:：]\s*([^。；：:\x00]{2,80})")
_COMRADE = re.compile(r"([\u4e00-\u9fff]{2,3})同志")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_SPACED = re.compile(r"([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def _candidates(result: ParseResult, text: str) -> set[str]:
    names: set[str] = set()
    for doc in result.documents:
        for element in doc.elements:
            if element.kind == "appointment" and element.attrs and _NAME.match(element.attrs.get("name", "")):
                names.add(element.attrs["name"])
    for match in _LISTED.finditer(text):
        for part in re.split(r"[、，,；（(]", match.group(1)):
            part = re.sub(r"\s+", "", part)
            if _NAME.match(part):
                names.add(part)
    names |= {match.group(1) for match in _COMRADE.finditer(text)}
    return names


def findings(result: ParseResult, joined: Joined) -> list[Finding]:
    text = _SPACED.sub(r"\1\2", joined.text)  # ``张  杰`` read as 张杰 (offsets differ: only for counting)
    found = []
    for rare in sorted(name for name in _candidates(result, text) if len(name) == 3):
        count = text.count(rare)
        others = Counter(re.findall(rf"{rare[0]}(?:{rare[1]}[\u4e00-\u9fff]|[\u4e00-\u9fff]{rare[2]})", text))
        others.pop(rare, None)
        if not others:
            continue
        usual, times = others.most_common(1)[0]
        if times < max(2, 2 * count):
            continue
        for match in re.finditer(r"[ \u3000]*".join(map(re.escape, rare)), joined.text):
            found.append(joined.finding("name.variant", "name", Severity.WARNING,
                                        f"人名“{rare}”在本期其他处作“{usual}”（{times} 处），请核对",
                                        match.start(), len(match.group()), usual))
    return found
