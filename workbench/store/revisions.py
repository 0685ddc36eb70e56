"""Hand corrections and the revision log.

In: a ``Database``, a document (source id and stable key), a field path and a
value. Out: the correction stored and a revision logged, in one transaction.
Field paths: a document field (``title``, ``doc_number``, ``issuer`` …), a
table cell (``table/0/cell/3/2``), the document's tables as a person
rebuilt them (``tables``), or an element's kind and level (``element/7``).
Values are stored as JSON.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import sqlite_utils

from workbench.model import DOCUMENT_FIELDS, ProofStatus

STATUSES = tuple(status.value for status in ProofStatus)  # a document's proofreading status, set by a person


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def cell_field(table_seq: int, row: int, col: int) -> str:
    return f"table/{table_seq}/cell/{row}/{col}"


def log_revision(db: sqlite_utils.Database, author: str, source_id: int, doc_key: str,
                 field: str, old: Any, new: Any) -> None:
    """Append one entry to the revision log (call inside a transaction)."""
    db["revisions"].insert(
        {
            "at": now(), "author": author, "source_id": source_id, "doc_key": doc_key,
            "field": field, "old": json.dumps(old, ensure_ascii=False),
            "new": json.dumps(new, ensure_ascii=False),
        }
    )


def corrections_for(db: sqlite_utils.Database, source_id: int) -> dict[str, dict[str, Any]]:
    """``{doc_key: {field: value}}`` of every hand correction of one source."""
    result: dict[str, dict[str, Any]] = {}
    for row in db["corrections"].rows_where("source_id = ?", [source_id]):
        result.setdefault(row["doc_key"], {})[row["field"]] = json.loads(row["value"])
    return result


def correct(db: sqlite_utils.Database, source_id: int, doc_key: str, field: str,
            old: Any, new: Any) -> None:
    """Record a person's value for ``field`` (one transaction, one revision)."""
    with db.atomic():
        _upsert_correction(db, source_id, doc_key, field, new)
        log_revision(db, "person", source_id, doc_key, field, old, new)


def uncorrect(db: sqlite_utils.Database, source_id: int, doc_key: str, field: str, old: Any, parsed: Any) -> None:
    """Drop a person's value for ``field`` so the parsed one shows again (one transaction, one revision)."""
    with db.atomic():
        db.execute("DELETE FROM corrections WHERE source_id = ? AND doc_key = ? AND field = ?",
                   [source_id, doc_key, field])
        log_revision(db, "person", source_id, doc_key, field, old, parsed)


def _upsert_correction(db: sqlite_utils.Database, source_id: int, doc_key: str, field: str, value: Any) -> None:
    db.execute(
        "INSERT INTO corrections (source_id, doc_key, field, value, at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(source_id, doc_key, field) DO UPDATE SET value = excluded.value, at = excluded.at",
        [source_id, doc_key, field, json.dumps(value, ensure_ascii=False), now()],
    )
