"""The local SQLite store (through sqlite-utils): open it, save, read, correct, search.

``Store(path)`` opens (or creates) a store in WAL mode at the newest schema.
Every write is one transaction. Parsed rows are replaced on re-import; hand
corrections, tags and the revision log are kept apart and never overwritten.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from workbench.changes import Changes
from workbench.errors import StoreError
from workbench.field_path import FieldPath
from workbench.finding import Finding
from workbench.model import (
    Document,
    Element,
    Issue,
    ParseResult,
    Table,
    normalise_doc_number,
    table_to_json,
)
from workbench.store.findings import StoredFinding, finding_rows, open_counts, replace_findings, set_status
from workbench.store.idf import StoreIdf, store_idf
from workbench.store.library import DocumentRow, SourceRow, document_library_rows, source_rows
from workbench.store.load import keyed_documents, load_issue, load_result, load_unassigned
from workbench.store.location import default_store_path, existing_store, while_locked
from workbench.store.ocr_cache import StoreOcrCache
from workbench.store.revisions import MARK_VALUES, STATUSES, Revision, correct, now, revision_rows, uncorrect
from workbench.store.save import save_result
from workbench.store.schema import migrate
from workbench.store.search import Found, Query, index_source
from workbench.store.search import search as search_index
from workbench.store.targets import check_storable, check_target, parsed_value
from workbench.store.transaction import BUSY_TIMEOUT_MS, writing
from workbench.store.untrusted import Snapshot

__all__ = ["Store", "default_store_path", "existing_store", "SourceRow", "DocumentRow", "StoredFinding"]


REQUIRED_TABLES = ("sources", "pages", "issues", "documents", "elements", "tables", "cells", "corrections",
                   "revisions", "findings", "remainders", "accepted_words")


class Store:
    """One open store. Not shared between threads: each worker opens its own."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000))
            self.db.execute("PRAGMA foreign_keys = ON")
            while_locked(self._prepare)
        except (sqlite3.DatabaseError, OSError) as err:
            raise StoreError(str(self.path), str(err)) from err

    def _prepare(self) -> None:
        """WAL mode and the newest schema (each migration checks again inside its transaction); a store
        whose tables were dropped behind its back is refused rather than read as empty."""
        self.db.enable_wal()
        migrate(self.db)
        held = {name for (name,) in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [name for name in REQUIRED_TABLES if name not in held]
        if missing:
            raise StoreError(str(self.path), f"数据库缺少数据表（{'、'.join(missing)}），可能已损坏")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save(self, result: ParseResult) -> int:
        """Store one source's parse result; return its source id."""
        return save_result(self.db, result)

    def load(self, source_ids: list[int] | None = None) -> ParseResult:
        return load_result(self.db, source_ids)

    def source_rows(self, source_ids: list[int] | None = None) -> list[SourceRow]:
        """Sources with their issue's year and numbers (all, or those in ``source_ids``), in import order."""
        return source_rows(self.db, source_ids)

    def library_rows(self, source_ids: list[int] | None = None) -> list[DocumentRow]:
        """Documents as the library shows them (fields as corrected, status, tags), by source and order."""
        return document_library_rows(self.db, source_ids)

    def document_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def source_id(self, sha256: str) -> int | None:
        for row in self.db.table("sources").rows_where("sha256 = ?", [sha256]):
            return row["id"]
        return None

    def documents(self, source_id: int | None = None) -> list[DocumentRow]:
        """Documents as corrected (a person's splits, joins and fields), of one source or of all."""
        return self.library_rows([source_id] if source_id is not None else None)

    def marks(self, field: str) -> dict[tuple[int, str], Any]:
        """``{(source_id, doc_key): value}`` of every document a person gave ``field`` (``status``, ``tags``,
        ``secrecy``, ``retention`` …)."""
        rows = self.db.execute("SELECT source_id, doc_key, value FROM corrections WHERE field = ?", [field])
        return {(source_id, key): json.loads(value) for source_id, key, value in rows.fetchall()}

    def statuses(self) -> dict[tuple[int, str], str]:
        """``{(source_id, doc_key): status}`` of every document a person gave a proofreading status."""
        return self.marks("status")

    def tags(self) -> dict[tuple[int, str], list[str]]:
        """``{(source_id, doc_key): [tag, …]}`` of every tagged document."""
        return {place: tags for place, tags in self.marks("tags").items() if tags}

    def ocr_page(self, source_id: int, number: int):
        """The recognised lines of page ``number`` (an ``OcrPage``), or None if it was not OCR'd."""
        from workbench.ingest.ocr import OcrPage

        row = self.db.execute("SELECT image_sha256 FROM pages WHERE source_id = ? AND number = ?",
                              [source_id, number]).fetchone()
        data = self.ocr_cache(any_reader=True).get(row[0]) if row and row[0] else None
        return OcrPage.from_json(data, row[0]) if data else None

    def page_texts(self, source_id: int) -> list[str]:
        return [row["text"] for row in self.db.table("pages").rows_where("source_id = ?", [source_id], order_by="number")]

    def correct_field(self, source_id: int, doc_key: str, field: str, value: Any) -> Changes:
        """A person sets a document field (``title``, ``doc_number`` …); one transaction."""
        return self.set_correction(source_id, doc_key, field, value)

    def correct_cell(self, source_id: int, doc_key: str, table_seq: int, row: int, col: int, text: str) -> Changes:
        """A person sets one table cell's text; one transaction."""
        return self.set_correction(source_id, doc_key, str(FieldPath.cell(table_seq, row, col)), text)

    def document(self, source_id: int, doc_key: str) -> Document | None:
        """One document as a person last left it (corrections applied)."""
        return dict(self.keyed_documents(source_id)).get(doc_key)

    def keyed_documents(self, source_id: int) -> list[tuple[str, Document]]:
        """(stable key, document as a person last left it) for every document of one source, in order."""
        return keyed_documents(self.db, source_id)

    def issue(self, source_id: int) -> Issue | None:
        """The issue (期) parsed from a source's front matter, if it has one."""
        return load_issue(self.db, source_id)

    def unassigned(self, source_id: int) -> Document | None:
        """The lines and tables of a source that belong to no document, if there are any."""
        return load_unassigned(self.db, source_id)

    def correction(self, source_id: int, doc_key: str, field: str) -> tuple[bool, Any]:
        """(whether a person set ``field``, the value they set)."""
        row = self.db.execute(
            "SELECT value FROM corrections WHERE source_id = ? AND doc_key = ? AND field = ?",
            [source_id, doc_key, field],
        ).fetchone()
        return (True, json.loads(row[0])) if row else (False, None)

    def set_correction(self, source_id: int, doc_key: str, field: str, value: Any) -> Changes:
        """Store a person's value for any field path (see ``revisions``); one transaction; what it changed."""
        if field == "status" and value not in STATUSES:
            raise ValueError(f"not a proofreading status: {value}")
        if field in MARK_VALUES and value not in (None, *MARK_VALUES[field]):
            raise ValueError(f"not a value of {field}: {value}")
        check_target(self.db, self.path, source_id, doc_key, FieldPath.parse(field))
        check_storable(self.path, value)
        present, old = self.correction(source_id, doc_key, field)
        with writing(self.db):
            correct(self.db, source_id, doc_key, field, old if present else parsed_value(self.db, source_id, doc_key, field),
                    value)
            self._reindex(source_id, doc_key)
        return Changes.of_correction(source_id, doc_key, field)

    def clear_correction(self, source_id: int, doc_key: str, field: str) -> Changes:
        """Let the parsed value of ``field`` show again (undo of a first correction); one transaction."""
        present, old = self.correction(source_id, doc_key, field)
        if present:
            with writing(self.db):
                uncorrect(self.db, source_id, doc_key, field, old, parsed_value(self.db, source_id, doc_key, field))
                self._reindex(source_id, doc_key)
        return Changes.of_correction(source_id, doc_key, field)

    def parsed_value(self, source_id: int, doc_key: str, field: str) -> Any:
        """What the parser read for a document field (before any correction; lists as lists)."""
        value = parsed_value(self.db, source_id, doc_key, field)
        return json.loads(value or "[]") if field in ("issuer", "signatory") else value

    def _reindex(self, source_id: int, doc_key: str) -> None:
        """Search follows a correction: the document's entry, or the source's after a split or join (key "")."""
        index_source(self.db, source_id, only=doc_key or None)

    def regroup(self, source_id: int, step: dict) -> Changes:
        """Add a split (``{"op": "split", "key", "seq", "text"}``) or a join (``{"op": "join", "key"}``)
        to how a person grouped the source's documents; one transaction."""
        _, steps = self.correction(source_id, "", "structure")
        return self.set_correction(source_id, "", "structure", list(steps or []) + [step])

    def set_tables(self, source_id: int, doc_key: str, tables: list[Table]) -> Changes:
        """A person's rebuild of a document's tables (merge, split, re-extract …); one transaction."""
        return self.set_correction(source_id, doc_key, "tables", [table_to_json(table) for table in tables])

    def set_element(self, source_id: int, doc_key: str, seq: int, element: Element) -> Changes:
        """A person's kind and heading level for element ``seq``; one transaction."""
        return self.set_correction(source_id, doc_key, str(FieldPath.element(seq)),
                            {"text": element.text, "kind": element.kind, "level": element.level})

    def ocr_cache(self, any_reader: bool = False) -> StoreOcrCache:
        """The OCR cache kept in this store (for ``ingest.recognition.recognise_pages``): pages as this program
        reads them, or with ``any_reader`` as they were read last (``StoreOcrCache``)."""
        return StoreOcrCache(self.db, any_reader)

    def revisions(self, source_id: int | None = None) -> list[Revision]:
        """The revision log, oldest first, of one source or of all."""
        return revision_rows(self.db, source_id)

    def replace_findings(self, source_id: int, found: list[tuple[str, Finding]]) -> Changes:
        """Keep a proofreading run's ``(doc_key, Finding)`` pairs for one source, each finding's number and
        what a person made of it kept when it is found again; one transaction."""
        replace_findings(self.db, source_id, found)
        return Changes(sources=frozenset({source_id}), library=True, findings=True)

    def transaction(self):
        """``with store.transaction():`` — several writes kept together or not at all."""
        return writing(self.db)

    def sha256_of(self, source_id: int) -> str:
        """The SHA-256 of a source's file."""
        return self.db.execute("SELECT sha256 FROM sources WHERE id = ?", [source_id]).fetchone()[0]

    def state_digest(self) -> str:
        """SHA-256 of the store's file with its write-ahead log folded in: the state a package was built from."""
        self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        digest = hashlib.sha256()
        with open(self.path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def idf(self, minimum: int | None = None) -> StoreIdf | None:
        """How rare each word is in the stored documents (for keywords); None below ``minimum`` documents."""
        return store_idf(self.db) if minimum is None else store_idf(self.db, minimum)

    def restore_sources(self, snapshot: Path, file_of: Callable[[str, str], str]) -> tuple[list[int], list[str]]:
        """Copy from an archive package's store snapshot every source this store does not hold (same SHA-256),
        its file recorded at ``file_of(sha256, name in the snapshot)``; one transaction, search indexed.
        Out: (new source ids, the snapshot's names of the sources already held)."""
        with Snapshot(snapshot, self.db.conn) as copy:
            added, held = [], []
            with writing(self.db):
                for old_id, sha256, name in copy.sources():
                    if self.source_id(sha256) is not None:
                        held.append(name)
                        continue
                    added.append(copy.copy_source(self.db.conn, old_id, file_of(sha256, name)))
                for source_id in added:
                    index_source(self.db, source_id)
                self.keep_accepted_words(copy.accepted_words())
            return added, held

    def accept_word(self, word: str, category: str) -> Changes:
        """不再提示此词: the rules of ``category`` stop flagging ``word`` anywhere in the store (one transaction)."""
        with writing(self.db):
            self.db.execute("INSERT OR REPLACE INTO accepted_words (word, category, at) VALUES (?, ?, ?)",
                            [word, category, now()])
        return Changes(findings=True)

    def keep_accepted_words(self, rows: list[tuple[str, str, str]]) -> None:
        """Words another store's editor accepted ((word, category, when)), added to this store's (in the
        caller's transaction)."""
        self.db.conn.executemany("INSERT OR IGNORE INTO accepted_words (word, category, at) VALUES (?, ?, ?)", rows)

    def accepted_words(self) -> set[tuple[str, str]]:
        """(word, category) of every word an editor told the rules to accept."""
        return {(word, category) for word, category in self.db.execute("SELECT word, category FROM accepted_words")}

    def findings(self, source_ids: list[int] | None = None) -> list[StoredFinding]:
        """The stored findings of some sources (else all), in reading order."""
        return finding_rows(self.db, source_ids)

    def held_elsewhere(self, source_id: int) -> list[tuple[str, str, str]]:
        """(文号, title, other source's path) of each document of ``source_id`` that another source holds
        too (same title, same 文号 once brackets and spaces are set aside)."""
        rows = self.db.execute(
            "SELECT a.doc_number, a.title, b.doc_number, s.path FROM documents a JOIN documents b "
            "ON a.title = b.title AND b.source_id != a.source_id JOIN sources s ON s.id = b.source_id "
            "WHERE a.source_id = ? AND a.title IS NOT NULL", [source_id]).fetchall()
        return [(number or "", title, path) for number, title, other, path in rows
                if normalise_doc_number(number or "") == normalise_doc_number(other or "")]

    def open_errors(self) -> dict[tuple[int, str], int]:
        """``{(source_id, doc_key): open error-level findings}`` of every document that has some."""
        return open_counts(self.db, severity="error")

    def has_finding(self, finding_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM findings WHERE id = ?", [finding_id]).fetchone() is not None

    def finding_status(self, finding_id: int) -> tuple[str, str]:
        """(status, reason) of one stored finding."""
        row = self.db.execute("SELECT status, reason FROM findings WHERE id = ?", [finding_id]).fetchone()
        if row is None:
            raise StoreError(str(self.path), f"没有编号为 {finding_id} 的校对问题")
        return row[0], row[1] or ""

    def set_finding_status(self, finding_id: int, status: str, reason: str = "") -> Changes:
        """What a person made of a finding (open / fixed / ignored, with a reason); one transaction."""
        row = self.db.execute("SELECT source_id, doc_key FROM findings WHERE id = ?", [finding_id]).fetchone()
        if row is None:
            raise StoreError(str(self.path), f"没有编号为 {finding_id} 的校对问题")
        set_status(self.db, finding_id, status, reason)
        return Changes(sources=frozenset({row[0]}), documents=frozenset({(row[0], row[1])}), library=True,
                       findings=True)

    def add_tag(self, source_id: int, doc_key: str, tag: str) -> Changes:
        """One more free tag on a document (a ``tags`` correction: undoable, in the revision log)."""
        present, tags = self.correction(source_id, doc_key, "tags")
        current = list(tags or []) if present else []
        return self.set_correction(source_id, doc_key, "tags", sorted(set(current) | {tag}))

    def search(self, query: Query | str, limit: int = 200) -> Found:
        """Documents as corrected matching ``query`` (a ``Query``, or text to find as a phrase), best first."""
        return search_index(self.db, query if isinstance(query, Query) else Query(query), limit)
