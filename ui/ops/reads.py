"""Reads for the panes: the library's rows, and one source's structure and page texts.

``library(source_ids)`` → ``LibraryRead`` (sources and document rows; all when None);
``source_view(source_id)`` → ``SourceRead`` (the source, its issue, its keyed documents with
corrections applied, its page texts). Both run as read operations.
"""
from __future__ import annotations

from dataclasses import dataclass

from workbench.model import Document, Issue
from workbench.store import DocumentRow, SourceRow, Store


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


def read_library(store: Store, source_ids: list[int] | None = None) -> LibraryRead:
    return LibraryRead(store.source_rows(source_ids), store.library_rows(source_ids))


def read_source(store: Store, source_id: int) -> SourceRead | None:
    rows = store.source_rows([source_id])
    if not rows:
        return None
    return SourceRead(rows[0], store.issue(source_id), store.keyed_documents(source_id), store.page_texts(source_id),
                      store.unassigned(source_id))


def library(source_ids: list[int] | None = None):
    return lambda store, ctx: read_library(store, source_ids)


def source_view(source_id: int):
    return lambda store, ctx: read_source(store, source_id)
