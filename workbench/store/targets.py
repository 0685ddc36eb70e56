"""What a correction may name, and what it replaces: checks and parsed values for ``Store.set_correction``.

``check_target`` refuses a correction of a source, document, element, table or cell the store does not
hold; ``check_storable`` a value SQLite cannot keep as text; ``parsed_value`` is what a field reads without a
person's correction (the revision log's "before").
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from workbench.errors import StoreError
from workbench.field_path import FieldPath, Part
from workbench.store.load import document_rows, keyed_documents
from workbench.vocabulary import ProofStatus


def check_target(db: sqlite_utils.Database, store_path: Path, source_id: int, doc_key: str, path: FieldPath) -> None:
    """Refuse a correction of a source, document, element, table or cell the store does not hold."""
    if db.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is None:
        raise StoreError(str(store_path), f"没有编号为 {source_id} 的来源")
    if not doc_key:
        return
    missing = StoreError(str(store_path), f"来源 {source_id} 中没有这篇公文（{doc_key}）")
    if not path.in_content:  # the key is enough: no elements or tables read
        if doc_key not in {row["key"] for row in document_rows(db, source_id)}:
            raise missing
        return
    doc = dict(keyed_documents(db, source_id, only=doc_key)).get(doc_key)
    if doc is None:
        raise missing
    if path.part in (Part.ELEMENT, Part.TEXT) and not path.seq < len(doc.elements):
        raise StoreError(str(store_path), f"这篇公文没有第 {path.seq + 1} 个要素")
    if path.part is Part.CELL:
        seq, row, col = path.seq, path.row, path.col
        if seq >= len(doc.tables) or not any((c.row, c.col) == (row, col) for c in doc.tables[seq].cells):
            raise StoreError(str(store_path), f"这篇公文没有表格 {seq + 1} 的第 {row + 1} 行第 {col + 1} 列")


def parsed_value(db: sqlite_utils.Database, source_id: int, doc_key: str, field: str) -> Any:
    """The value ``field`` has without a person's correction (for the revision log)."""
    path = FieldPath.parse(field)
    if field == "status":
        return ProofStatus.TODO
    if field in ("tags", "topic", "secrecy", "retention"):
        return [] if field == "tags" else None
    if path.part in (Part.WHOLE, Part.TEXT, Part.ELEMENT):
        return None  # the parsed tables and elements stay in their own tables
    if path.part is Part.CELL:
        found = db.execute(
            "SELECT cells.text FROM cells JOIN tables ON cells.table_id = tables.id "
            "JOIN documents ON tables.document_id = documents.id "
            "WHERE documents.source_id = ? AND documents.key = ? AND tables.seq = ? AND cells.row = ? AND cells.col = ?",
            [source_id, doc_key, path.seq, path.row, path.col],
        ).fetchone()
        return found[0] if found else None
    found = db.execute(
        f"SELECT [{field}] FROM documents WHERE source_id = ? AND key = ?", [source_id, doc_key]
    ).fetchone()
    return found[0] if found else None


def check_storable(path: Path, value: Any) -> None:
    """Refuse a value SQLite cannot keep as text (an unpaired surrogate, from a broken paste)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as err:
        raise StoreError(str(path), "输入中有无法保存的字符（不成对的 Unicode 代理项），请重新输入") from err
