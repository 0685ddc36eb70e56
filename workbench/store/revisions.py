"""Hand corrections and the revision log.

In: a ``Database``, a document (source id and stable key), a field path and a
value. Out: the correction stored and a revision logged, in one transaction.
Field paths: a document field (``title``, ``doc_number``, ``issuer`` …), a
table cell (``table/0/cell/3/2``), the document's tables as a person
rebuilt them (``tables``), an element's kind and level (``element/7``), or an element's
text as a person corrected it (``text/7``: the parsed text it replaces and the new text).
Values are stored as JSON.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import sqlite_utils

from workbench.store.transaction import writing
from workbench.vocabulary import ProofStatus

SECRECY = ("公开", "国内", "内部", "秘密", "机密", "绝密")  # 密级 (GB/T 7156)
RETENTION = ("永久", "D30", "D10")  # 保管期限 (DA/T 22-2015)
MARK_VALUES = {"secrecy": SECRECY, "retention": RETENTION}  # what a person may set these marks to
STATUSES = tuple(status.value for status in ProofStatus)  # a document's proofreading status, set by a person


@dataclass(frozen=True)
class Revision:
    """One entry of the revision log: who changed which field of which document, from what to what."""
    id: int
    at: str
    author: str  # "person" or "parser"
    source_id: int
    doc_key: str
    field: str
    old: Any  # the values as they were and became (decoded)
    new: Any


def revision_rows(db: sqlite_utils.Database, source_id: int | None = None) -> list[Revision]:
    """The log, oldest first, of one source or of all."""
    where, params = ("source_id = ?", [source_id]) if source_id is not None else (None, [])
    return [Revision(row["id"], row["at"], row["author"], row["source_id"], row["doc_key"], row["field"],
                     json.loads(row["old"]), json.loads(row["new"]))
            for row in db.table("revisions").rows_where(where, params, order_by="id")]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def log_revision(db: sqlite_utils.Database, author: str, source_id: int, doc_key: str,
                 field: str, old: Any, new: Any) -> None:
    """Append one entry to the revision log (call inside a transaction)."""
    db.table("revisions").insert(
        {
            "at": now(), "author": author, "source_id": source_id, "doc_key": doc_key,
            "field": field, "old": json.dumps(old, ensure_ascii=False),
            "new": json.dumps(new, ensure_ascii=False),
        }
    )


def corrections_for(db: sqlite_utils.Database, source_id: int) -> dict[str, dict[str, Any]]:
    """``{doc_key: {field: value}}`` of every hand correction of one source."""
    result: dict[str, dict[str, Any]] = {}
    for row in db.table("corrections").rows_where("source_id = ?", [source_id]):
        result.setdefault(row["doc_key"], {})[row["field"]] = json.loads(row["value"])
    return result


def correct(db: sqlite_utils.Database, source_id: int, doc_key: str, field: str,
            old: Any, new: Any) -> None:
    """Record a person's value for ``field`` (one transaction, one revision)."""
    with writing(db):
        _upsert_correction(db, source_id, doc_key, field, new)
        log_revision(db, "person", source_id, doc_key, field, old, new)


def uncorrect(db: sqlite_utils.Database, source_id: int, doc_key: str, field: str, old: Any, parsed: Any) -> None:
    """Drop a person's value for ``field`` so the parsed one shows again (one transaction, one revision)."""
    with writing(db):
        db.execute("DELETE FROM corrections WHERE source_id = ? AND doc_key = ? AND field = ?",
                   [source_id, doc_key, field])
        log_revision(db, "person", source_id, doc_key, field, old, parsed)


def _upsert_correction(db: sqlite_utils.Database, source_id: int, doc_key: str, field: str, value: Any) -> None:
    db.execute(
        "INSERT INTO corrections (source_id, doc_key, field, value, at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(source_id, doc_key, field) DO UPDATE SET value = excluded.value, at = excluded.at",
        [source_id, doc_key, field, json.dumps(value, ensure_ascii=False), now()],
    )
