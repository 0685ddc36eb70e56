"""What a write changed, so every view can decide for itself what to redraw.

Every write of the store (an import, a correction, its undo) returns a ``Changes``:
which sources and which documents (``(source_id, doc_key)``) it touched, and what
about them — the rows the library shows, the structure (grouping and elements),
tables, text, tags, findings. ``a | b`` joins two. ``Changes.of_correction(...)``
says what a correction of one field path changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from workbench.field_path import FieldPath, Part


@dataclass(frozen=True)
class Changes:
    sources: frozenset[int] = field(default_factory=frozenset)
    documents: frozenset[tuple[int, str]] = field(default_factory=frozenset)
    library: bool = False  # rows the library shows: sources added or re-read, document fields, statuses
    structure: bool = False  # documents split or joined, element kinds and levels
    tables: bool = False
    text: bool = False
    tags: bool = False
    findings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.sources | other.sources, self.documents | other.documents,
                       self.library or other.library, self.structure or other.structure,
                       self.tables or other.tables, self.text or other.text,
                       self.tags or other.tags, self.findings or other.findings)

    def __bool__(self) -> bool:
        return bool(self.sources or self.documents)

    @classmethod
    def of_sources(cls, source_ids) -> Changes:
        """Sources imported or read again: everything about them may differ."""
        return cls(sources=frozenset(source_ids), library=True, structure=True, tables=True, text=True,
                   tags=True, findings=True)

    @classmethod
    def of_correction(cls, source_id: int, doc_key: str, field_path: str) -> Changes:
        """What a person's value for ``field_path`` of a document (``doc_key`` "" for the source) changes."""
        documents = frozenset({(source_id, doc_key)}) if doc_key else frozenset()
        base = cls(sources=frozenset({source_id}), documents=documents)
        path = FieldPath.parse(field_path)
        if path.part is Part.FIELD or field_path == "status":
            return replace(base, library=True)
        if field_path == "structure":
            return replace(base, library=True, structure=True, tables=True)
        if path.part in (Part.ELEMENT, Part.TEXT):
            return replace(base, structure=True, text=True, findings=True)
        if field_path == "tables" or path.part is Part.CELL:
            return replace(base, tables=True)
        if path.part is Part.MARK:
            return replace(base, library=True, tags=True)
        return replace(base, library=True, structure=True, tables=True, text=True)
