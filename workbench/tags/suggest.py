"""Suggestions for one document: its keywords and the topic classes ranked, each with the words that voted.

``suggest(doc, scheme)`` → ``Suggestion``. Keywords come from jieba.analyse (TF-IDF and
TextRank over the title and body, the title counted three times), with the scheme's evidence
words and the document's issuers added to jieba's dictionary so they are not cut apart.
A class scores the evidence words found in the document — a word in the title counts three
times, repeats in the body count less and less — and shows them as its reasons.
"""
from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from workbench import words
from workbench.model import Document
from workbench.store.idf import StoreIdf
from workbench.tags.learn import STOP_WORDS, TopicModel
from workbench.tags.scheme import TopicClass, class_names, load_scheme

TITLE_WEIGHT = 3.0
TFIDF_READS, TEXTRANK_READS = 8000, 3000  # characters of the body each reads: a document says what it is about early


@dataclass
class TopicScore:
    name: str
    score: float
    evidence: list[str] = field(default_factory=list)  # the words that voted, strongest first
    subclass: str = ""  # the second-level class with the most evidence
    learned: bool = False  # ranked up by what the clerk classified before (the evidence is then the learned words)


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


def suggest(doc: Document, scheme: tuple[TopicClass, ...] | None = None, top_keywords: int = 8,
            model: TopicModel | None = None, idf: StoreIdf | None = None) -> Suggestion:
    """Keywords and ranked classes; with a ``model`` fitted on the clerk's classified documents, the
    classes it votes for are ranked up and marked ``learned``; with ``idf``, keywords are weighed by how
    rare they are in the store."""
    scheme = scheme or load_scheme()
    _prepared(scheme)
    title = doc.title or ""
    body = doc.text()
    topics = rank(title, body, scheme)
    if model is not None and model.size >= MIN_LEARNED:
        topics = _with_learning(topics, model.vote(doc))
    return Suggestion(keywords(title, body, doc.issuer, top_keywords, idf), topics)


MIN_LEARNED = 1  # classified documents needed before they vote
LEARNED_WEIGHT = 1.5  # an identical classified document outweighs the strongest evidence of the scheme by half


def _with_learning(topics: list[TopicScore], votes: dict[str, tuple[float, list[str]]]) -> list[TopicScore]:
    """Add the votes of alike classified documents to the scheme's scores (scaled to the best scheme score)."""
    scale = max((topic.score for topic in topics), default=1.0) or 1.0
    by_name = {topic.name: topic for topic in topics}
    for name, (similarity, reasons) in votes.items():
        topic = by_name.setdefault(name, TopicScore(name, 0.0))
        topic.score += LEARNED_WEIGHT * scale * similarity
        topic.learned = True
        topic.evidence = reasons + [word for word in topic.evidence if word not in reasons]
    return sorted(by_name.values(), key=lambda topic: -topic.score)


def keywords(title: str, body: str, issuers: list[str], top: int = 8, idf: StoreIdf | None = None) -> list[str]:
    """The document's keywords, best first (at least three whenever the text has three words); TF-IDF
    weighs words by the store's documents when ``idf`` is given, else by jieba's general corpus."""
    import jieba
    import jieba.analyse

    for issuer in issuers:
        jieba.add_word(issuer, freq=2000)
    ranked: dict[str, float] = {}
    for extract, read in ((_tfidf(idf).extract_tags, TFIDF_READS), (jieba.analyse.textrank, TEXTRANK_READS)):
        text = "\n".join([title] * int(TITLE_WEIGHT) + [body[:read]])
        extracted = extract(text, topK=top * 3, withWeight=True)
        strongest = max((weight for _, weight in extracted), default=1.0) or 1.0  # each extractor has an equal say
        for word, weight in extracted:
            weight /= strongest
            if word in STOP_WORDS or len(word) < 2 or re.fullmatch(r"[\d.%]+", word) \
                    or any(word in issuer for issuer in issuers):
                continue  # an issuer's name (or its city) says nothing of the topic
            ranked[word] = ranked.get(word, 0.0) + weight
    return [word for word, _ in sorted(ranked.items(), key=lambda item: -item[1])][:top]


def _tfidf(idf: StoreIdf | None):
    """jieba's TF-IDF extractor, weighing by ``idf`` when given (a copy: the shared one keeps jieba's corpus)."""
    import jieba.analyse

    if idf is None:
        return jieba.analyse.default_tfidf
    extractor = copy.copy(jieba.analyse.default_tfidf)
    extractor.idf_freq, extractor.median_idf = idf, idf.common
    return extractor


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
