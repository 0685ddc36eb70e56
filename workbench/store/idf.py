"""How rare a word is in this office's own documents, for keyword extraction.

jieba's TF-IDF weighs words by a general Chinese corpus, where 公文 vocabulary (落实, 人民政府,
有关部门) looks rare and so comes out as a keyword of every notice. Once the store holds enough
documents, ``store_idf(db)`` → a ``StoreIdf`` whose ``get(word, default)`` is log(N / (1 + df)), df
the number of stored documents holding the word, read from the search index's character pairs
(a word of several characters: its rarest pair, an upper bound of its df). None below ``minimum``
documents (the general corpus is the better guess then).
"""
from __future__ import annotations

import math

import sqlite_utils

from workbench.store.search import index_words

MIN_DOCUMENTS = 200


class StoreIdf:
    def __init__(self, db: sqlite_utils.Database, documents: int):
        self.db = db
        self.documents = documents
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_words, row)")
        self.common = math.log(documents / (1 + documents / 50))  # a word in one document of fifty
        self._seen: dict[str, float | None] = {}

    def get(self, word: str, default: float) -> float:
        """The word's inverse document frequency in the store; ``default`` for what the index cannot count
        (one character, digits, Latin letters)."""
        if word not in self._seen:
            self._seen[word] = self._idf(word)
        found = self._seen[word]
        return default if found is None else found

    def _idf(self, word: str) -> float | None:
        pairs = index_words(word).split()[:-1]  # a run's pairs, then its last character
        if len(pairs) < 1 or any(len(pair) != 2 or pair < "\u3007" for pair in pairs):
            return None
        counts = [row[0] for pair in set(pairs)
                  for row in self.db.execute("SELECT doc FROM temp.search_vocab WHERE term = ?", [pair])]
        df = min(counts) if len(counts) == len(set(pairs)) else 0
        return math.log(self.documents / (1 + df))


def store_idf(db: sqlite_utils.Database, minimum: int = MIN_DOCUMENTS) -> StoreIdf | None:
    documents = db.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0]
    return StoreIdf(db, documents) if documents >= minimum else None
