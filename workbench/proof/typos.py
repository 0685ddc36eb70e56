"""``typo``: 错别字 — a character swapped for one that sounds or looks the same (统畴 for 统筹, 年渡 for 年度).

In: the joined passages of an issue. Out: a finding for two characters that are no word, stand as two words of
one character each (jieba cannot join them into anything), and become a common word (jieba's dictionary)
when one of them is swapped for a character of the same sound and tone or a like shape
(``resources/proof/confusable.tsv``; and any character of GB 2312 whose usual reading, per pypinyin, is the
same) — a word this issue writes correctly elsewhere. Written right twice or more elsewhere, it is a warning;
once, a note. A pair that is a word but a rare one (溶合), against a word fifty times as common the issue also
writes (融合), is a note. Left alone: a pair holding a particle or preposition (的, 和, 为 …) or a character as
common as those, a surname heading a pair (龚平 is a name, not 公平), a pair written more than once, a name at
the head of a list entry (李单为…), a parallel phrase (一县一业, 共建共治), the code of a 文号, anything in short
quotes (a brand, a slogan) and passages of a few characters (table cells).
"""
from __future__ import annotations

import re
from collections import Counter

import jieba

from workbench.finding import Finding
from workbench.proof.confusable import typed_for
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity
from workbench.words import edges_around, ready

COMMON_WORD = 200  # jieba frequency a word needs to be suggested
RARE, RARER = 20, 50  # a pair that is a word this rare, against one fifty times as common, may be a typo too
COMMON_CHARACTER = 50000  # a character used alone this often (为, 的, 一 …) is not taken for a typo
FUNCTION = frozenset("的地得和与及或在是为对把被将以于等也就都而之其并且从向由")
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
                     "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
                     "钱严覃武戴莫孔向汤")
_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_QUOTED = re.compile(r"[“\"《「][^”\"》」]{1,10}[”\"》」]")
_LIST_START = "、，,：: （("


def findings(joined: Joined) -> list[Finding]:
    ready()
    words = jieba.dt.FREQ
    text = joined.text
    pairs = Counter(match.group(1) for match in _PAIR.finditer(text))
    typos = _typos(pairs, words)
    found = []
    for match in _PAIR.finditer(text):
        pair = match.group(1)
        if pair not in typos or pairs[pair] > 1:
            continue
        right, elsewhere = _written_elsewhere(text, typos[pair])
        if right is None or not _plausible(joined, match.start()):
            continue
        severity = Severity.WARNING if elsewhere >= 2 and not words.get(pair) else Severity.INFO
        found.append(joined.finding("typo.confusable", Category.TYPO, severity,
                                    f"“{pair}”疑为“{right}”之误（本期别处写作“{right}”{elsewhere} 处）",
                                    match.start(), 2, right))
    return found


def _typos(pairs: Counter, words: dict[str, int]) -> dict[str, list[str]]:
    """Each pair of the text that is no word → the common words of the text one swapped character away."""
    typed = typed_for()
    found: dict[str, list[str]] = {}
    for word in pairs:
        if words.get(word, 0) < COMMON_WORD:
            continue
        for position in (0, 1):
            for wrong in typed.get(word[position], ()):
                pair = wrong + word[1] if position == 0 else word[0] + wrong
                if pair in pairs and words.get(pair, 0) * RARER <= min(words[word], RARE * RARER) \
                        and words.get(wrong, 0) <= COMMON_CHARACTER \
                        and not (position == 0 and wrong in SURNAMES) \
                        and not FUNCTION.intersection(pair):
                    found.setdefault(pair, []).append(word)
    return found


def _written_elsewhere(text: str, candidates: list[str]) -> tuple[str | None, int]:
    """The candidate word the text writes most often as a word of its own (not inside another), and how often."""
    best, count = None, 0
    for word in sorted(candidates, key=lambda w: -jieba.dt.FREQ.get(w, 0)):
        times = sum(1 for match in re.finditer(re.escape(word), text) if _is_word_at(text, match.start(), 2))
        if times > count:
            best, count = word, times
    return best, count


def _is_word_at(text: str, start: int, length: int) -> bool:
    """Whether jieba's words around ``start`` begin or end where the ``length`` characters there do."""
    edges = edges_around(text, start, start + length)
    return start in edges or start + length in edges


def _plausible(joined: Joined, start: int) -> bool:
    """Whether the pair at ``start`` can be a typo where it stands (see the module's list of what is left alone)."""
    passage, offset = joined.at(start)
    text = passage.text
    if text[offset + 2:offset + 3] in ("〔", "[", "［"):
        return False  # the code of a 文号 (川办发〔2023〕)
    if len(passage.place(offset, 2)[0].text.strip()) < 6 or any(quote.start() <= offset < quote.end() for quote in _QUOTED.finditer(text)):
        return False
    if offset >= 2 and text[offset - 2] == text[offset] or offset + 2 < len(text) and text[offset + 2] == text[offset]:
        return False  # 一县一业, 共建共治
    if any(k >= 0 and text[k] in SURNAMES and (k == 0 or text[k - 1] in _LIST_START) for k in (offset - 2, offset - 1)):
        return False  # 李单为…: a name heading a list entry
    words = {(a, b) for _word, a, b in jieba.tokenize(text, HMM=False)}
    return (offset, offset + 1) in words and (offset + 1, offset + 2) in words or (offset, offset + 2) in words


RULE = Rule("typo", (Category.TYPO,), "错别字", lambda seen: findings(seen.joined))
