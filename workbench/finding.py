"""A proofreading finding: what a rule flagged, where, and what it suggests.

A ``Finding`` names its rule (a stable id such as ``docno.bracket``), the rule's
category and severity, a Chinese message, the flagged text and, where the rule
knows it, the text to put in its place. It keeps its provenance: the document
(index into the parse result and a label), the element or table cell, the offset
of the flagged text in that element's text, and page + box or file line.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from workbench.model import BBox, Provenance
from workbench.vocabulary import Category, FindingStatus, Severity


@dataclass
class Finding:
    rule: str
    category: Category
    severity: Severity
    message: str
    text: str  # the flagged text, as printed
    suggestion: str | None = None  # what to put in place of ``text``
    doc: int | None = None  # index of the document in the parse result
    document: str | None = None  # the document's 文号 or title
    element: int | None = None  # seq of the element holding the text
    cell: tuple[int, int, int] | None = None  # (table seq, row, col) when the text is in a table cell
    start: int = 0  # offset of ``text`` in that element's (or cell's) text
    context: str = ""  # the element's (or cell's) whole text
    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None
    status: FindingStatus = FindingStatus.OPEN

    @property
    def provenance(self) -> Provenance:
        """Its page and box (or line) and the characters it flags in its element's or cell's text."""
        return Provenance(self.page, self.bbox, (self.line, self.line) if self.line else None,
                          (self.start, self.start + len(self.text)))

    def to_json(self) -> dict:
        """The shape ``workbench proof --format json`` prints for one finding."""
        return {"rule": self.rule, "category": self.category, "severity": self.severity,
                "message": self.message, "text": self.text, "suggestion": self.suggestion,
                "document": self.document, "page": self.page, "line": self.line,
                "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None, "status": self.status}


Key = tuple[str, str, str, int]  # (doc_key, rule, text, occurrence): how a finding is known across runs


def keyed(findings: list[tuple[str, Finding]]) -> list[tuple[Key, Finding]]:
    """Each ``(doc_key, finding)`` with the key it is stored under."""
    seen: Counter = Counter()
    pairs = []
    for doc_key, finding in findings:
        seen[(doc_key, finding.rule, finding.text)] += 1
        pairs.append(((doc_key, finding.rule, finding.text, seen[(doc_key, finding.rule, finding.text)]), finding))
    return pairs
