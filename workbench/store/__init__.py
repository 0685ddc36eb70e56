"""The local SQLite store (through sqlite-utils): open it, save, read, correct, search.

``Store(path)`` opens (or creates) a store in WAL mode at the newest schema.
Every write is one transaction. Parsed rows are replaced on re-import; hand
corrections, tags and the revision log are kept apart and never overwritten.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import platformdirs
import sqlite_utils

from workbench.errors import StoreError
from workbench.model import ParseResult
from workbench.store.load import load_result
from workbench.store.revisions import cell_field, correct, now
from workbench.store.save import save_result, search_text
from workbench.store.schema import migrate

__all__ = ["Store", "default_store_path"]


def default_store_path() -> Path:
    """The user's store: ``$WORKBENCH_DB`` if set, else the platform's data folder."""
    if os.environ.get("WORKBENCH_DB"):
        return Path(os.environ["WORKBENCH_DB"])
    return platformdirs.user_data_path("BulletinWorkbench", appauthor=False) / "workbench.db"


class Store:
    """One open store. Not shared between threads: each worker opens its own."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.enable_wal()
            migrate(self.db)
        except (sqlite3.DatabaseError, OSError) as err:
            raise StoreError(str(self.path), str(err)) from err

    def close(self) -> None:
        self.db.close()

    def save(self, result: ParseResult) -> int:
        """Store one source's parse result; return its source id."""
        return save_result(self.db, result)

    def load(self, source_ids: list[int] | None = None) -> ParseResult:
        return load_result(self.db, source_ids)

    def sources(self) -> list[dict[str, Any]]:
        return list(self.db["sources"].rows_where(order_by="id"))

    def source_id(self, sha256: str) -> int | None:
        for row in self.db["sources"].rows_where("sha256 = ?", [sha256]):
            return row["id"]
        return None

    def documents(self, source_id: int | None = None) -> list[dict[str, Any]]:
        where, params = ("source_id = ?", [source_id]) if source_id is not None else (None, [])
        return list(self.db["documents"].rows_where(where, params, order_by="source_id, ord"))

    def page_texts(self, source_id: int) -> list[str]:
        return [row["text"] for row in self.db["pages"].rows_where("source_id = ?", [source_id], order_by="number")]

    def correct_field(self, source_id: int, doc_key: str, field: str, value: Any) -> None:
        """A person sets a document field (``title``, ``doc_number`` …); one transaction."""
        old = self._effective(source_id, doc_key, field)
        correct(self.db, source_id, doc_key, field, old, value)

    def correct_cell(self, source_id: int, doc_key: str, table_seq: int, row: int, col: int, text: str) -> None:
        """A person sets one table cell's text; one transaction."""
        field = cell_field(table_seq, row, col)
        old = self._effective(source_id, doc_key, field)
        correct(self.db, source_id, doc_key, field, old, text)

    def _effective(self, source_id: int, doc_key: str, field: str) -> Any:
        row = self.db.execute(
            "SELECT value FROM corrections WHERE source_id = ? AND doc_key = ? AND field = ?",
            [source_id, doc_key, field],
        ).fetchone()
        if row:
            return json.loads(row[0])
        if field.startswith("table/"):
            _, seq, _, r, c = field.split("/")
            found = self.db.execute(
                "SELECT cells.text FROM cells JOIN tables ON cells.table_id = tables.id "
                "JOIN documents ON tables.document_id = documents.id "
                "WHERE documents.source_id = ? AND documents.key = ? AND tables.seq = ? AND cells.row = ? AND cells.col = ?",
                [source_id, doc_key, int(seq), int(r), int(c)],
            ).fetchone()
            return found[0] if found else None
        found = self.db.execute(
            f"SELECT [{field}] FROM documents WHERE source_id = ? AND key = ?", [source_id, doc_key]
        ).fetchone()
        return found[0] if found else None

    def ocr_cache(self) -> "StoreOcrCache":
        """The OCR cache kept in this store (for ``ingest.ocr.recognise_pages``)."""
        return StoreOcrCache(self.db)

    def revisions(self, source_id: int | None = None) -> list[dict[str, Any]]:
        where, params = ("source_id = ?", [source_id]) if source_id is not None else (None, [])
        return list(self.db["revisions"].rows_where(where, params, order_by="id"))

    def add_tag(self, source_id: int, doc_key: str, tag: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO tags (source_id, doc_key, tag, at) VALUES (?, ?, ?, ?)",
                [source_id, doc_key, tag, now()],
            )

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Documents whose title or text holds every word of ``query`` (jieba-split)."""
        words = [word for word in search_text(query).split() if word]
        if not words:
            return []
        match = " ".join('"%s"' % word.replace('"', '""') for word in words)
        sql = (
            "SELECT documents.* FROM documents_fts JOIN documents ON documents.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        cursor = self.db.execute(sql, [match, limit])
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


class StoreOcrCache:
    """Recognised pages by page-image SHA-256; each entry written in its own transaction."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def get(self, image_sha256: str) -> dict | None:
        row = self.db.execute("SELECT data FROM ocr_cache WHERE image_sha256 = ?", [image_sha256]).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, image_sha256: str, data: dict) -> None:
        from workbench.ingest.ocr import engine_version

        with self.db.atomic():
            self.db["ocr_cache"].upsert(
                {"image_sha256": image_sha256, "engine": engine_version(),
                 "data": json.dumps(data, ensure_ascii=False), "at": now()},
                pk="image_sha256",
            )
