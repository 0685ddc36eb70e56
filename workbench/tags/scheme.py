"""The topic scheme (主题分类): classes, their second-level classes, and the words that are evidence for them.

``load_scheme(path)`` reads ``resources/tags/topics.tsv`` (editable data: one line per
second-level class — class, subclass, evidence words) and returns the ``TopicClass``es in
file order; ``class_names(scheme)`` the first-level names in that order; ``topic_names(scheme)`` those with
their second-level classes under each (``一级类\\二级类``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SCHEME = Path(__file__).resolve().parents[2] / "resources" / "tags" / "topics.tsv"


@dataclass(frozen=True)
class TopicClass:
    name: str  # the first-level class, e.g. 城乡建设、环境保护
    subclass: str  # the second-level class, "" when none
    words: tuple[str, ...] = field(default_factory=tuple)  # evidence: words that vote for this class


@lru_cache(maxsize=4)
def load_scheme(path: Path = SCHEME) -> tuple[TopicClass, ...]:
    classes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, subclass, words = (line.split("\t") + ["", ""])[:3]
        classes.append(TopicClass(name.strip(), subclass.strip(), tuple(words.split())))
    return tuple(classes)


def class_names(scheme: tuple[TopicClass, ...]) -> list[str]:
    return list(dict.fromkeys(topic.name for topic in scheme))


SUBCLASS = "\\"  # 一级类\二级类, as gov.cn writes a second-level class


def topic_names(scheme: tuple[TopicClass, ...]) -> list[str]:
    """Every class a document can be given: each first-level class, then its second-level ones
    (``一级类\\二级类``), in the scheme's order."""
    names: list[str] = []
    for name in class_names(scheme):
        names.append(name)
        names += list(dict.fromkeys(f"{t.name}{SUBCLASS}{t.subclass}" for t in scheme if t.name == name and t.subclass))
    return names
