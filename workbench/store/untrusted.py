"""A store file from outside (an archive package's snapshot), read without trusting it.

In: the path of a SQLite file someone else made, and the store to copy into. ``Snapshot`` opens it
read-only with ``trusted_schema`` off and a time limit on every statement, and refuses it unless it is
plainly a store of ours: a schema version this release reads, no triggers, no views, no table or column
the workbench does not know, every value of the type its column holds and every JSON column valid JSON.
``copy_source`` then copies one source's rows into the store's own tables by explicit columns (the
snapshot is never migrated or written). A source's path from the snapshot is never kept: the caller
gives the path to record. The OCR cache is never copied: it is local only.
Out: new source ids; ``PackageRefused`` (an ``InputError``) names what was wrong.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from workbench.errors import InputError
from workbench.store.schema import SCHEMA_VERSION

OLDEST = 7  # the first version whose snapshots hold no triggers (the jieba full-text index before it had them)
SECONDS = 120.0  # any one statement over the snapshot
BY_SOURCE = ("pages", "issues", "remainders", "corrections", "revisions", "findings")
JSON_COLUMNS = {
    "documents": ("issuer", "signatory"), "elements": ("bbox", "attrs"), "tables": ("bbox", "parts"),
    "cells": ("bbox",), "issues": ("editorial_board", "toc"), "corrections": ("value",),
    "remainders": ("elements", "tables"), "findings": ("bbox",),
}
_TYPES = {"INTEGER": ("integer", "null"), "TEXT": ("text", "null"), "FLOAT": ("real", "integer", "null"),
          "REAL": ("real", "integer", "null"), "": ("integer", "text", "real", "null")}
NOT_COPIED = ("ocr_cache", "search_docs", "search_words", "sqlite_sequence")


class PackageRefused(InputError):
    reason = "归档包中的数据库不可信，已拒绝导入"


class Snapshot:
    """An untrusted store file, open read-only and checked (see the module's docstring)."""

    def __init__(self, path: Path, store_db: sqlite3.Connection):
        self.path = Path(path)
        self.columns = schema(store_db)
        try:
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)
            self.db.execute("PRAGMA trusted_schema = OFF")
            self.db.execute("PRAGMA query_only = ON")
            self.deadline = 0.0
            self.db.set_progress_handler(self._too_long, 100_000)
            self._check()
        except sqlite3.DatabaseError as err:
            raise PackageRefused(str(self.path), f"无法读取：{err}") from err

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _too_long(self) -> int:
        return 1 if time.monotonic() > self.deadline else 0

    def rows(self, sql: str, params: list | tuple = ()) -> list[tuple]:
        """The rows of one statement over the snapshot, within the time limit."""
        self.deadline = time.monotonic() + SECONDS
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as err:
            if "interrupted" in str(err):
                raise PackageRefused(str(self.path), f"读取超时（超过 {SECONDS:g} 秒）") from err
            raise

    def _check(self) -> None:
        version = self.rows("PRAGMA user_version")[0][0]
        if not OLDEST <= version <= SCHEMA_VERSION:
            raise PackageRefused(str(self.path), f"数据库版本 {version}，本程序可读 {OLDEST}–{SCHEMA_VERSION}")
        for kind, name, sql in self.rows("SELECT type, name, sql FROM sqlite_master"):
            if kind in ("trigger", "view"):
                raise PackageRefused(str(self.path), f"含有{'触发器' if kind == 'trigger' else '视图'}“{name}”")
            if kind == "table" and name not in self.columns and not name.startswith(NOT_COPIED):
                raise PackageRefused(str(self.path), f"含有未知的表“{name}”")
            if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL") and name != "search_words":
                raise PackageRefused(str(self.path), f"含有未知的虚拟表“{name}”")
        for table, declared in self.columns.items():
            if table.startswith(NOT_COPIED) or not self._has(table):
                continue
            present = [name for (name,) in self.rows(f"SELECT name FROM pragma_table_info('{table}')")]
            unknown = [name for name in present if name not in declared]
            if unknown:
                raise PackageRefused(str(self.path), f"表“{table}”含有未知的列“{unknown[0]}”")
            tests = {name: self._bad_value(table, name, declared[name]) for name in present}
            if self.rows(f'SELECT 1 FROM "{table}" WHERE {" OR ".join(tests.values())} LIMIT 1'):
                name = next(name for name, test in tests.items()
                            if self.rows(f'SELECT 1 FROM "{table}" WHERE {test} LIMIT 1'))
                raise PackageRefused(str(self.path), f"表“{table}”的列“{name}”中有类型不符或无效的值")

    def _has(self, table: str) -> bool:
        return bool(self.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]))

    @staticmethod
    def _bad_value(table: str, column: str, declared: str) -> str:
        """An SQL condition true of a row whose ``column`` holds a value of the wrong type (or bad JSON)."""
        allowed = ", ".join(f"'{kind}'" for kind in _TYPES.get(declared.upper(), _TYPES[""]))
        test = f'typeof("{column}") NOT IN ({allowed})'
        if column in JSON_COLUMNS.get(table, ()):
            test += f' OR ("{column}" IS NOT NULL AND NOT json_valid("{column}"))'
        return f"({test})"

    def accepted_words(self) -> list[tuple[str, str, str]]:
        """The words the package's editor told the rules to accept (none from an older snapshot)."""
        if not self._has("accepted_words"):
            return []
        return [(str(w), str(c), str(a)) for w, c, a in self.rows("SELECT word, category, at FROM accepted_words")]

    def sources(self) -> list[tuple[int, str, str]]:
        """(id, sha256, path as the snapshot gives it — a name to show, never to open) of every source."""
        return [(int(i), str(s), str(p or "")) for i, s, p in self.rows("SELECT id, sha256, path FROM sources ORDER BY id")]

    def copy_source(self, store_db: sqlite3.Connection, old_id: int, path: str) -> int:
        """Copy one source and everything of it into ``store_db`` (inside the caller's transaction), the
        source's path set to ``path``; its new id."""
        tables = tuple(table for table in BY_SOURCE if self._has(table))
        return copy_source(self.rows, self.columns, store_db, old_id, path, tables)


def copy_source(read, columns: dict[str, dict[str, str]], target: sqlite3.Connection, old_id: int, path: str,
                tables: tuple[str, ...] = BY_SOURCE) -> int:
    """Copy source ``old_id`` — its row (path set to ``path``), its rows in ``tables``, its documents with
    their elements, tables and cells — from what ``read(sql, params)`` reads into ``target`` by the
    columns of ``columns`` (the target's schema) both have; the new source's id."""
    def copy(table: str, where: str, params: list, **replaced) -> int:
        ours = [name for name in columns[table] if name != "id"]
        theirs = {name for (name,) in read(f"SELECT name FROM pragma_table_info('{table}')", [])}
        chosen = [name for name in ours if name in theirs or name in replaced]
        selected = ", ".join("NULL" if name in replaced else f'"{name}"' for name in chosen)
        insert = f'INSERT INTO "{table}" ({", ".join(chosen)}) VALUES ({", ".join("?" * len(chosen))})'
        last = 0
        for row in read(f'SELECT {selected} FROM "{table}" WHERE {where}', params):
            values = [replaced.get(name, value) for name, value in zip(chosen, row)]
            last = int(target.execute(insert, values).lastrowid or 0)
        return last

    source_id = copy("sources", "id = ?", [old_id], path=path)
    for table in tables:
        copy(table, "source_id = ?", [old_id], source_id=source_id)
    for (document_id,) in read("SELECT id FROM documents WHERE source_id = ? ORDER BY id", [old_id]):
        new_document = copy("documents", "id = ?", [document_id], source_id=source_id)
        copy("elements", "document_id = ?", [document_id], document_id=new_document)
        for (table_id,) in read("SELECT id FROM tables WHERE document_id = ? ORDER BY id", [document_id]):
            new_table = copy("tables", "id = ?", [table_id], document_id=new_document)
            copy("cells", "table_id = ?", [table_id], table_id=new_table)
    return source_id


def schema(db: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """{table: {column: declared type}} of the store's own tables."""
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    return {table: {name: kind for _cid, name, kind, *_rest in db.execute(f"PRAGMA table_info('{table}')")}
            for table in tables}
