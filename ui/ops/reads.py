"""Reads for the panes: the library's rows, and one source's structure and page texts.

``library(source_ids)`` → ``LibraryRead`` (sources and document rows; all when None);
``source_view(source_id)`` → ``SourceRead`` (the source, its issue, its keyed documents with
corrections applied, its page texts, the seals an OFD carries). Both run as read operations.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.ingest.ofd import Seal, signatures
from workbench.model import Document, Issue
from workbench.store import DocumentRow, SourceRow, Store
from workbench.vocabulary import SourceKind


@dataclass
class LibraryRead:
    sources: list[SourceRow]
    documents: list[DocumentRow]


@dataclass
class SourceRead:
    source: SourceRow
    issue: Issue | None
    keyed: list[tuple[str, Document]]
    page_texts: list[str]
    unassigned: Document | None = None
    seals: list[Seal] = field(default_factory=list)


def read_library(store: Store, source_ids: list[int] | None = None) -> LibraryRead:
    return LibraryRead(store.source_rows(source_ids), store.library_rows(source_ids))


def read_source(store: Store, source_id: int) -> SourceRead | None:
    rows = store.source_rows([source_id])
    if not rows:
        return None
    return SourceRead(rows[0], store.issue(source_id), store.keyed_documents(source_id), store.page_texts(source_id),
                      store.unassigned(source_id), seals_of(rows[0]))


def seals_of(source: SourceRow) -> list[Seal]:
    """The seals and signatures of an OFD source (none for other files, or a file gone or unreadable)."""
    path = Path(source.path)
    if source.kind != SourceKind.OFD.value or not path.is_file():
        return []
    stat = path.stat()
    return _seals(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _seals(path: str, _mtime_ns: int, _size: int) -> list[Seal]:
    """Read once per version of the file: checking the digests reads every signed part."""
    try:
        return signatures(path)
    except WorkbenchError:
        return []


def library(source_ids: list[int] | None = None):
    return lambda store, ctx: read_library(store, source_ids)


def source_view(source_id: int):
    return lambda store, ctx: read_source(store, source_id)
