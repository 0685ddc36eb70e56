"""``de``: 的/地/得 used in one another's place, where the words around them leave no doubt.

In: the joined passages. Out: a warning with the right particle, from the lists in
``resources/proof/de.tsv``: an adverb of manner then 的 before a verb (``大力的发展`` → 地), an
adjective then 地 before a noun it describes (``良好地环境`` → 的), and a verb whose complement takes 得
written with 的 (``取的成效`` → 取得, ``记的住`` → 记得住). A line of the list: the kind, the words.
Beyond the lists, jieba's parts of speech around each particle: an adjective (or a phrase ending in one,
``环境优美``) then a lone 地 then a noun (``便捷地终身教育`` → 的), and a lone verb character whose 得-word
is common (获, 值, 显 …) written with 的 (``获的成绩`` → 获得).
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
def word_lists() -> dict[str, tuple[str, ...]]:
    """{kind: words}; a ``verb_de`` line gives a verb and the complements that show its 的 should be 得
    (kept as ``verb:complement|complement``)."""
    found: dict[str, list[str]] = {}
    for kind, *rest in lists.rows("de.tsv"):
        if kind == "verb_de":
            found.setdefault(kind, []).append(f"{rest[0]}:{'|'.join(rest[1].split())}")
        else:
            found.setdefault(kind, []).extend(rest[0].split())
    return {kind: tuple(words) for kind, words in found.items()}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str, str]]:
    """(pattern, the particle it should be, why) — group 1 is the wrong particle's offset."""
    words = word_lists()
    adverbs = "|".join(words.get("adverb", ()))
    adjectives = "|".join(words.get("adjective", ()))
    nouns = "|".join(words.get("noun", ()))
    verbs = "|".join(f"{verb}(的)(?={complements})" for verb, complements in
                     (entry.split(":", 1) for entry in words.get("verb_de", ())))
    return [
        (re.compile(rf"(?<![\u4e00-\u9fff]的)(?:{adverbs})(的)(?=[\u4e00-\u9fff])"), "地", "修饰动词的状语后应用“地”"),
        (re.compile(rf"(?:{adjectives})(地)(?=[\u4e00-\u9fff]{{0,3}}(?:{nouns}))"), "的", "修饰名词的定语后应用“的”"),
        (re.compile(verbs), "得", "动词后接补语应用“得”"),
    ]


def _verb_follows(text: str) -> bool:
    """Whether the words after a 的 begin with a verb (jieba's part of speech), not a noun it describes."""
    import jieba.posseg

    words = list(jieba.posseg.cut(text[:6]))
    return bool(words) and words[0].flag.startswith("v")


# Verb characters whose 得-word (获得, 值得 …) is far commoner than the character standing alone before 的.
DE_VERBS = frozenset("获取记值显觉懂赢晓")
WINDOW = 6


def _around(text: str, at: int) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The (word, part of speech) before and after the particle at ``at`` when jieba leaves it standing alone
    in a window of a few characters either side; None when it joins a word (土地, 各地) or stands at an edge."""
    import jieba.posseg

    start = max(0, at - WINDOW)
    words = [(pair.word, pair.flag) for pair in jieba.posseg.cut(text[start:at + 1 + WINDOW])]
    offset = start
    for index, (word, _) in enumerate(words):
        if offset == at:
            if word != text[at] or index == 0 or index + 1 == len(words):
                return None
            return words[index - 1], words[index + 1]
        offset += len(word)
    return None


def _ends_in_adjective(word: str, flag: str) -> bool:
    """An adjective (良好) or a phrase whose last two characters are one (环境优美)."""
    import jieba.posseg

    return len(word) >= 2 and (flag == "a" or jieba.posseg.dt.word_tag_tab.get(word[-2:]) == "a")


def _by_parts_of_speech(joined: Joined, listed: set[int]) -> list[Finding]:
    """地 between an adjective and a noun (→ 的), and 的 after a lone 获/值/显 … (→ 得); the particles at
    offsets in ``listed`` (already found by the lists) are passed over."""
    found = []
    text = joined.text
    for match in re.finditer("[地的]", text):
        at = match.start()
        particle = text[at]
        if at in listed or particle == "的" and (at == 0 or text[at - 1] not in DE_VERBS):
            continue
        around = _around(text, at)
        if around is None:
            continue
        (before, before_flag), (after, after_flag) = around
        if particle == "地" and _ends_in_adjective(before, before_flag) and after_flag == "n" and len(after) >= 2:
            found.append(joined.finding("de.particle", Category.DE, Severity.WARNING,
                                        f"“{before[-2:]}地{after}”：修饰名词的定语后应用“的”", at, 1, "的"))
        elif particle == "的" and len(before) == 1:
            found.append(joined.finding("de.particle", Category.DE, Severity.WARNING,
                                        f"“{before}的”：应为“{before}得”", at, 1, "得"))
    return found


def findings(joined: Joined) -> list[Finding]:
    found, listed = [], set()
    for pattern, right, why in _patterns():
        for match in pattern.finditer(joined.text):
            if right == "地" and not _verb_follows(joined.text[match.end():]):
                continue  # ``有序的市场``: an adjective describing a noun
            at = next(match.start(i) for i in range(1, (match.lastindex or 0) + 1) if match.group(i))
            listed.add(at)
            found.append(joined.finding("de.particle", Category.DE, Severity.WARNING, f"“{match.group()}”：{why}", at, 1,
                                        right))
    return found + _by_parts_of_speech(joined, listed)


RULE = Rule("de", (Category.DE,), "的地得", lambda seen: findings(seen.joined))
