"""Copies of a store for an archive package: the whole store, or only some sources.

``snapshot_whole(store, path)``: a consistent copy of everything (SQLite's online backup), taken while
the store stays open — other years, findings, the revision log and the paths files were imported from.
``snapshot_sources(store, path, paths)``: a new store holding only the sources ``paths`` names
({source id: path to record}, e.g. the source's file inside the package), with their documents,
corrections and tags, and no findings, revision log, OCR cache or other source.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError
from workbench.store.transaction import writing
from workbench.store.untrusted import copy_source, schema

if TYPE_CHECKING:
    from workbench.store import Store

KEPT = ("pages", "issues", "remainders", "corrections")  # not findings nor revisions


def snapshot_whole(store: Store, path: Path) -> None:
    target = sqlite3.connect(path)
    try:
        store.db.conn.backup(target)
    except sqlite3.Error as err:
        raise WorkbenchError(str(path), f"无法备份数据库：{err}") from err
    finally:
        target.close()


def snapshot_sources(store: Store, path: Path, paths: dict[int, str]) -> None:
    from workbench.store import Store
    from workbench.store.search import index_source

    def read(sql: str, params: list) -> list[tuple]:
        return store.db.execute(sql, params).fetchall()

    with Store(path) as copy:
        columns = schema(copy.db.conn)
        with writing(copy.db):
            for old_id, recorded in sorted(paths.items()):
                index_source(copy.db, copy_source(read, columns, copy.db.conn, old_id, recorded, KEPT))
            copy.db.conn.executemany("INSERT OR IGNORE INTO accepted_words (word, category, at) VALUES (?, ?, ?)",
                                     read("SELECT word, category, at FROM accepted_words", []))
        copy.db.execute("PRAGMA journal_mode = DELETE")  # one file, readable where it lies
        copy.db.execute("VACUUM")
