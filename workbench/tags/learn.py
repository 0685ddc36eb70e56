"""Learning this office's habits: the documents a clerk has classified, as nearest neighbours.

``TopicModel.fit(examples)`` takes ``(Document, class name)`` pairs; ``model.vote(doc)`` →
``{class: (similarity, [shared words that weigh most])}`` from the classified documents
alike enough to a new one (cosine of log-scaled word counts; the title counted three
times). Only similar documents move a suggestion, so a few classified documents cannot
pull unrelated ones off course. Fitting is cheap; refit whenever the clerk's classes change.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench import words
from workbench.model import Document

TITLE_WEIGHT = 3
_SKIP = re.compile(r"^[\d\W_]+$")
# words of every 公文, evidence of nothing
STOP_WORDS = frozenset({
    "通知", "印发", "关于", "工作", "进行", "有关", "各地", "各级", "部门", "单位", "要求", "相关", "做好", "加强", "推进",
    "落实", "开展", "建立", "完善", "实施", "方案", "意见", "市政府", "人民政府", "现将", "认真", "贯彻执行", "组织", "请",
    "按照", "根据", "全市", "我市"})


def tokens(doc: Document) -> Counter:
    """Word counts of a document (title words counted three times; no punctuation, numbers or single characters)."""
    words.ready()
    import jieba

    counts: Counter = Counter()
    for text, weight in ((doc.title or "", TITLE_WEIGHT), (doc.text(), 1)):
        for word in jieba.cut(text):
            if len(word) > 1 and not _SKIP.match(word) and word not in STOP_WORDS:
                counts[word] += weight
    return counts


@dataclass
class TopicModel:
    """The clerk's classified documents as word vectors; a new document takes the classes of its nearest ones."""

    examples: list[tuple[dict[str, float], str]] = field(default_factory=list)  # (unit vector, class)

    @classmethod
    def fit(cls, examples: Iterable[tuple[Document, str]]) -> TopicModel:
        return cls([(_unit(tokens(doc)), name) for doc, name in examples])

    @property
    def size(self) -> int:
        """How many classified documents the model learned from."""
        return len(self.examples)

    def vote(self, doc: Document) -> dict[str, tuple[float, list[str]]]:
        """For each class of a classified document similar enough to ``doc``: the best cosine similarity
        and the shared words that weigh most in it."""
        vector = _unit(tokens(doc))
        votes: dict[str, tuple[float, list[str]]] = {}
        for example, name in self.examples:
            shared = [word for word in vector if word in example]
            similarity = sum(vector[word] * example[word] for word in shared)
            if similarity >= SIMILAR and similarity > votes.get(name, (0.0, []))[0]:
                reasons = sorted(shared, key=lambda word: -vector[word] * example[word])[:5]
                votes[name] = (similarity, reasons)
        return votes


SIMILAR = 0.55  # cosine similarity from which a classified document counts as alike


def _unit(counts: Counter) -> dict[str, float]:
    """Log-scaled word counts as a vector of length 1."""
    weights = {word: 1 + math.log(n) for word, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {word: w / norm for word, w in weights.items()}
