"""Suggestions for one document: its keywords and the topic classes ranked, each with the words that voted.

``suggest(doc, scheme)`` → ``Suggestion``. Keywords come from jieba.analyse (TF-IDF and
TextRank over the title and body, the title counted three times), with the scheme's evidence
words and the document's issuers added to jieba's dictionary so they are not cut apart.
A class scores the evidence words found in the document — a word in the title counts three
times, repeats in the body count less and less — and shows them as its reasons.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from workbench import words
from workbench.model import Document
from workbench.tags.scheme import TopicClass, class_names, load_scheme

TITLE_WEIGHT = 3.0
_NOT_KEYWORDS = {"通知", "印发", "关于", "工作", "进行", "有关", "各地", "各级", "部门", "单位", "要求", "相关", "做好",
                 "加强", "推进", "落实", "开展", "建立", "完善", "实施", "方案", "意见", "市政府", "人民政府", "现将",
                 "认真", "贯彻执行", "组织", "请", "按照", "根据", "全市", "我市"}


@dataclass
class TopicScore:
    name: str
    score: float
    evidence: list[str] = field(default_factory=list)  # the words that voted, strongest first
    subclass: str = ""  # the second-level class with the most evidence


@dataclass
class Suggestion:
    keywords: list[str]
    topics: list[TopicScore]  # best first; only classes with evidence


@lru_cache(maxsize=4)
def _prepared(scheme: tuple[TopicClass, ...]) -> bool:
    """Teach jieba the scheme's words once (so 安全生产, 明厨亮灶 stay whole)."""
    words.ready()
    import jieba

    for topic in scheme:
        for word in topic.words:
            if len(word) > 1:
                jieba.add_word(word, freq=2000)
    return True


def suggest(doc: Document, scheme: tuple[TopicClass, ...] | None = None, top_keywords: int = 8) -> Suggestion:
    scheme = scheme or load_scheme()
    _prepared(scheme)
    title = doc.title or ""
    body = doc.text()
    return Suggestion(keywords(title, body, doc.issuer, top_keywords), rank(title, body, scheme))


def keywords(title: str, body: str, issuers: list[str], top: int = 8) -> list[str]:
    """The document's keywords, best first (at least three whenever the text has three words)."""
    import jieba
    import jieba.analyse

    for issuer in issuers:
        jieba.add_word(issuer, freq=2000)
    text = "\n".join([title] * int(TITLE_WEIGHT) + [body])
    ranked: dict[str, float] = {}
    for extract in (jieba.analyse.extract_tags, jieba.analyse.textrank):
        for word, weight in extract(text, topK=top * 3, withWeight=True):
            if word in _NOT_KEYWORDS or len(word) < 2 or re.fullmatch(r"[\d.%]+", word) \
                    or any(word in issuer for issuer in issuers):
                continue  # an issuer's name (or its city) says nothing of the topic
            ranked[word] = ranked.get(word, 0.0) + weight
    return [word for word, _ in sorted(ranked.items(), key=lambda item: -item[1])][:top]


def rank(title: str, body: str, scheme: tuple[TopicClass, ...]) -> list[TopicScore]:
    """Classes with evidence in the document, best first."""
    scores: dict[str, TopicScore] = {}
    best_sub: dict[str, float] = {}
    for topic in scheme:
        found: dict[str, float] = {}
        for word in topic.words:
            weight = TITLE_WEIGHT * title.count(word) + (1 + math.log(body.count(word)) if word in body else 0.0)
            if weight:
                found[word] = weight
        if not found:
            continue
        entry = scores.setdefault(topic.name, TopicScore(topic.name, 0.0))
        total = sum(found.values())
        entry.score += total
        for word in sorted(found, key=lambda w: -found[w]):
            if word not in entry.evidence:
                entry.evidence.append(word)
        if total > best_sub.get(topic.name, 0.0):
            best_sub[topic.name], entry.subclass = total, topic.subclass
    order = {name: index for index, name in enumerate(class_names(scheme))}
    return sorted(scores.values(), key=lambda entry: (-entry.score, order[entry.name]))
