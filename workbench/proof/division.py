"""``division``: administrative divisions named wrongly — a province or region given the wrong kind, or a
county-level name with another suffix than the document (or the issue) gives it elsewhere.

In: the joined passages. Out: an error for ``广西省`` (自治区), ``重庆省`` (直辖市), ``四川市`` (a province
written as a city) and the like, from the list of provincial-level divisions in
``resources/proof/provinces.tsv`` (name, the kind it is); and a warning for a name written with one
suffix where the same stem is written with another (区/县/市/镇/乡) at least twice as often and three
times in all — ``通川县`` in a text that says ``通川区`` everywhere else — suggesting the usual form. A
name counts where it stands alone in a list, or anywhere when jieba's dictionary knows it as a place
(``支持大竹县入围``); then the other form must be one the dictionary does not know.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from workbench.finding import Finding
from workbench.proof import lists
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

_COUNTY = re.compile(r"(?:(?<=[，、。；：:（(\s\x00])|^)([\u4e00-\u9fff]{2,3}?)(区|县|市)(?=[，、。；）)\s\x00]|$)",
                     re.MULTILINE)  # a name standing alone in a list: ``，通川区、``


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """{short name: the suffix its full name takes} (四川 → 省, 广西 → 壮族自治区, 重庆 → 市 …)."""
    return {row[0]: row[1] for row in lists.rows("provinces.tsv")}


@lru_cache(maxsize=1)
def _named() -> re.Pattern:
    names = "|".join(sorted(provinces(), key=len, reverse=True))
    return re.compile(rf"({names})(省|市|自治区)(?![场民值面容貌长区县委级属内外辖镇])")


def findings(joined: Joined) -> list[Finding]:
    found = []
    for match in _named().finditer(joined.text):
        short, given = match.group(1), match.group(2)
        right = provinces()[short]
        if given == right or (given == "自治区" and right.endswith("自治区")):
            continue
        found.append(joined.finding("division.province", Category.DIVISION, Severity.ERROR,
                                    f"“{short}{given}”有误，应为“{short}{right}”", match.start(), len(match.group()),
                                    short + right))
    return found + _odd_suffixes(joined)


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """County-level place names jieba's dictionary tags as places (ns): 大竹县, 通川区, 昆山市 …"""
    import jieba.posseg

    jieba.posseg.dt.initialize()
    return frozenset(word for word, tag in jieba.posseg.dt.word_tag_tab.items()
                     if tag == "ns" and 3 <= len(word) <= 4 and word[-1] in "区县市")


def _known_counts(text: str) -> Counter:
    """{(stem, suffix): times} for the known place names written anywhere in ``text``."""
    places = known_places()
    counts: Counter = Counter()
    for match in re.finditer("[区县市]", text):
        at = match.start()
        word = next((text[at - n:at + 1] for n in (3, 2) if text[at - n:at + 1] in places), None)
        if word:
            counts[(word[:-1], word[-1])] += 1
    return counts


def _odd_suffixes(joined: Joined) -> list[Finding]:
    """A county-level name written with another suffix than the text's own usual one for it."""
    listed = Counter((m.group(1), m.group(2)) for m in _COUNTY.finditer(joined.text) if m.group(1) not in provinces())
    counts = listed.copy()
    for key, times in _known_counts(joined.text).items():
        if key[0] not in provinces() and times > counts[key]:
            counts[key] = times
    usual: dict[str, tuple[str, int]] = {}
    for (stem, suffix), count in counts.most_common():
        usual.setdefault(stem, (suffix, count))
    found = []
    for stem, (suffix, count) in usual.items():
        if count < 2:
            continue
        for match in re.finditer(rf"{stem}(区|县|市)", joined.text):
            odd = match.group(1)
            if odd == suffix or 2 * joined.text.count(stem + odd) > count:
                continue
            if listed[(stem, suffix)] < 2 and stem + odd in known_places():
                continue  # 万源县 and 万源市 both real (a county made a city): only lists decide between them
            found.append(joined.finding("division.suffix", Category.DIVISION, Severity.WARNING,
                                        f"“{stem}{odd}”在本文其他处作“{stem}{suffix}”，请核对行政区划名称",
                                        match.start(), len(match.group()), stem + suffix))
    return found


RULE = Rule("division", (Category.DIVISION,), "行政区划", lambda seen: findings(seen.joined))
