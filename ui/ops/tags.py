"""Topic suggestions for the document shown, learned from the classes the clerk has chosen so far.

``suggestions(doc)`` → a ``Suggestion`` (keywords and ranked classes); the documents of the
store that have a 主题分类 teach the model (by their titles, the most recent ``LEARN_FROM``).
"""
from __future__ import annotations

from workbench.model import Document
from workbench.tags.learn import TopicModel
from workbench.tags.suggest import suggest

LEARN_FROM = 300


def suggestions(doc: Document):
    def work(store, ctx):
        classified = [row for row in store.library_rows() if row.topic][-LEARN_FROM:]
        model = TopicModel.fit((Document(order=0, title=row.title), row.topic) for row in classified if row.title)
        return suggest(doc, model=model)
    return work
