"""Topic suggestions for the document shown, learned from the classes the clerk has chosen so far.

``suggestions(doc)`` → a ``Suggestion`` (keywords and ranked classes); the documents of the
store that have a 主题分类 teach the model (by their titles, the most recent ``LEARN_FROM``), and once
the store holds enough documents, keywords are weighed by how rare they are in it.
"""
from __future__ import annotations

from workbench.model import Document
from workbench.tags.learn import TopicModel
from workbench.tags.suggest import suggest

LEARN_FROM = 300


_fitted: tuple[tuple, TopicModel] | None = None  # (what it learned from, the model): refit only when that changes


def suggestions(doc: Document):
    def work(store, ctx):
        global _fitted
        classified = tuple((row.title, row.topic) for row in store.library_rows() if row.topic and row.title)
        classified = classified[-LEARN_FROM:]
        if _fitted is None or _fitted[0] != classified:
            _fitted = (classified, TopicModel.fit((Document(order=0, title=title), topic) for title, topic in classified))
        return suggest(doc, model=_fitted[1], idf=store.idf())
    return work
