"""Learning this office's habits: a naive Bayes model over the words of documents a clerk has classified.

``TopicModel.fit(examples)`` takes ``(Document, class name)`` pairs; ``model.vote(doc)`` →
``{class: (probability, [words that pushed hardest])}`` for a new document. The words are
jieba tokens of the title (three times) and the body; refitting is cheap (a few ms for a
hundred documents), so callers refit whenever the clerk's classes change.
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
    words_by_class: dict[str, Counter] = field(default_factory=dict)
    documents_by_class: Counter = field(default_factory=Counter)
    vocabulary: set[str] = field(default_factory=set)

    @classmethod
    def fit(cls, examples: Iterable[tuple[Document, str]]) -> TopicModel:
        model = cls()
        for doc, name in examples:
            counts = tokens(doc)
            model.words_by_class.setdefault(name, Counter()).update(counts)
            model.documents_by_class[name] += 1
            model.vocabulary.update(counts)
        return model

    @property
    def size(self) -> int:
        """How many classified documents the model learned from."""
        return sum(self.documents_by_class.values())

    def vote(self, doc: Document) -> dict[str, tuple[float, list[str]]]:
        """Each learned class's probability for ``doc`` and the words that favoured it most."""
        if not self.size:
            return {}
        counts = tokens(doc)
        known = {word: n for word, n in counts.items() if word in self.vocabulary}
        logs: dict[str, float] = {}
        reasons: dict[str, list[str]] = {}
        size = len(self.vocabulary)
        for name, class_words in self.words_by_class.items():
            total = sum(class_words.values())
            prior = math.log(self.documents_by_class[name] / self.size)
            weights = {word: math.log((class_words[word] + 1) / (total + size)) for word in known}
            logs[name] = prior + sum(n * weights[word] for word, n in known.items())
            reasons[name] = [word for word in sorted(known, key=lambda w: -class_words[w]) if class_words[word]][:5]
        top = max(logs.values())
        exp = {name: math.exp(value - top) for name, value in logs.items()}
        norm = sum(exp.values())
        return {name: (exp[name] / norm, reasons[name]) for name in logs}
