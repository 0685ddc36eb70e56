"""Bring an archive package back into a store: its sources with their documents, corrections and tags.

In: a store and a package folder (``bag.is_package`` says whether a folder is one). ``restore(store, path)`` checks the bag first (a changed package is refused), then
copies from its store snapshot every source the store does not hold yet (same SHA-256), with its
pages, issue, documents, elements, tables, cells, corrections, revision log and findings, and the
OCR results it has; one transaction. Sources the store already holds are left exactly as they are.
Out: ``(new source ids, names of the sources already held)``.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from workbench.archive.bag import SNAPSHOT
from workbench.archive.verify import problems
from workbench.errors import InputError
from workbench.store import Store
from workbench.store.search import index_source
from workbench.store.transaction import writing

_BY_SOURCE = ("pages", "issues", "remainders", "corrections", "revisions", "findings")


class BrokenPackage(InputError):
    reason = "归档包已损坏或被改动"


def restore(store: Store, path: Path) -> tuple[list[int], list[str]]:
    found = problems(Path(path))
    if found:
        raise BrokenPackage(str(path), "；".join(found[:5]) + ("…" if len(found) > 5 else ""))
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / SNAPSHOT
        shutil.copy(Path(path) / "data" / SNAPSHOT, copy)
        Store(copy).close()  # brought to this release's schema
        return _copy_sources(store, copy)


def _columns(store: Store, table: str) -> list[str]:
    return [row[1] for row in store.db.execute(f"PRAGMA table_info({table})").fetchall() if row[1] != "id"]


def _copy_sources(store: Store, snapshot: Path) -> tuple[list[int], list[str]]:
    db = store.db
    db.execute("ATTACH DATABASE ? AS snap", [str(snapshot)])
    try:
        added, held = [], []
        with writing(db):
            for old_id, sha256, name in db.execute("SELECT id, sha256, path FROM snap.sources ORDER BY id").fetchall():
                if db.execute("SELECT 1 FROM sources WHERE sha256 = ?", [sha256]).fetchone():
                    held.append(Path(name).name)
                    continue
                added.append(_copy_source(store, old_id))
            db.execute("INSERT OR IGNORE INTO ocr_cache SELECT * FROM snap.ocr_cache")
            for source_id in added:
                index_source(db, source_id)
        return added, held
    finally:
        db.execute("DETACH DATABASE snap")


def _copy(store: Store, table: str, where: str, params: list, **replaced) -> int:
    """Copy the snapshot rows of ``table`` matching ``where``, some columns replaced; the last new rowid."""
    columns = _columns(store, table)
    chosen = ", ".join("?" if column in replaced else column for column in columns)
    cursor = store.db.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {chosen} FROM snap.{table} WHERE {where}",
        [*[replaced[column] for column in columns if column in replaced], *params])
    return int(cursor.lastrowid or 0)


def _copy_source(store: Store, old_id: int) -> int:
    db = store.db
    source_id = _copy(store, "sources", "id = ?", [old_id])
    for table in _BY_SOURCE:
        _copy(store, table, "source_id = ?", [old_id], source_id=source_id)
    for (document_id,) in db.execute("SELECT id FROM snap.documents WHERE source_id = ? ORDER BY id", [old_id]).fetchall():
        new_document = _copy(store, "documents", "id = ?", [document_id], source_id=source_id)
        _copy(store, "elements", "document_id = ?", [document_id], document_id=new_document)
        for (table_id,) in db.execute("SELECT id FROM snap.tables WHERE document_id = ? ORDER BY id",
                                      [document_id]).fetchall():
            new_table = _copy(store, "tables", "id = ?", [table_id], document_id=new_document)
            _copy(store, "cells", "table_id = ?", [table_id], table_id=new_table)
    return source_id
