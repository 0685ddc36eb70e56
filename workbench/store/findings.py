"""Proofreading findings in the store, and what a person made of each.

A finding is known by its source, document key, rule, flagged text and which
occurrence of that (rule, text) in the document it is — not by row id — so a
re-run keeps the status of every finding that still applies. ``replace_findings``
writes a run: findings that still apply keep their status and reason; a ``fixed``
finding that no longer applies is kept as the record of the fix (it goes on the
校对单); open and ignored findings that no longer apply go.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from workbench.field_path import FieldPath
from workbench.finding import Finding, Key, keyed
from workbench.store.revisions import now
from workbench.store.transaction import writing
from workbench.vocabulary import FindingStatus, Severity


@dataclass
class StoredFinding:
    id: int
    source_id: int
    doc_key: str
    finding: Finding
    reason: str = ""  # why a person ignored it
    occurrence: int = 1  # which occurrence of (rule, text) in the document it is

    @property
    def key(self) -> Key:
        return (self.doc_key, self.finding.rule, self.finding.text, self.occurrence)


def replace_findings(db: sqlite_utils.Database, source_id: int, findings: list[tuple[str, Finding]]) -> None:
    """The findings of a new run of the rules over ``source_id`` (``(doc_key, finding)`` pairs); one transaction."""
    with writing(db):
        old = {(row[1], row[2], row[3], row[4]): (row[0], row[5], row[6], row[7], row[8]) for row in db.execute(
            "SELECT id, doc_key, rule, text, occurrence, status, reason, element, cell FROM findings "
            "WHERE source_id = ?", [source_id]).fetchall()}
        pairs = keyed(findings)
        fresh = {key for key, _ in pairs}
        hand_fixed = _hand_corrected(db, source_id)
        gone = []
        for key, (row_id, status, _reason, element, cell) in old.items():
            if key in fresh or status == FindingStatus.FIXED.value:
                continue
            place = (key[0], str(FieldPath.text(element) if cell is None else FieldPath.cell(*json.loads(cell))))
            if status == FindingStatus.OPEN.value and place in hand_fixed:  # a person rewrote the text it was in
                db.table("findings").update(row_id, {"status": FindingStatus.FIXED.value,
                                               "reason": f"人工更正为“{hand_fixed[place][:80]}”", "at": now()})
            else:
                gone.append(row_id)
        if gone:
            db.execute(f"DELETE FROM findings WHERE id IN ({','.join('?' * len(gone))})", gone)
        stamp = now()
        for key, finding in pairs:
            previous = old.get(key)
            status, reason = (previous[1], previous[2] or "") if previous else (FindingStatus.OPEN.value, "")
            row = _row(source_id, key, finding, status, reason, stamp)
            if previous:
                db.table("findings").update(previous[0], row)
            else:
                db.table("findings").insert(row)


def _hand_corrected(db: sqlite_utils.Database, source_id: int) -> dict[tuple[str, str], str]:
    """{(document, ``text/N`` or ``table/…`` path): the text a person gave it} for one source."""
    found = {}
    for doc_key, field, value in db.execute(
            "SELECT doc_key, field, value FROM corrections WHERE source_id = ? AND "
            "(field LIKE 'text/%' OR field LIKE 'table/%')", [source_id]).fetchall():
        data = json.loads(value)
        found[(doc_key, field)] = data.get("new", "") if isinstance(data, dict) else str(data or "")
    return found


def _row(source_id: int, key: Key, finding: Finding, status: str, reason: str, stamp: str) -> dict:
    doc_key, rule, text, occurrence = key
    return {"source_id": source_id, "doc_key": doc_key, "rule": rule, "category": finding.category,
            "severity": finding.severity.value, "message": finding.message, "text": text,
            "suggestion": finding.suggestion, "element": finding.element,
            "cell": json.dumps(finding.cell) if finding.cell else None, "start": finding.start,
            "context": finding.context, "page": finding.page, "line": finding.line,
            "bbox": json.dumps(finding.bbox) if finding.bbox else None, "document": finding.document,
            "occurrence": occurrence, "status": status, "reason": reason, "at": stamp}


def finding_rows(db: sqlite_utils.Database, source_ids: list[int] | None = None) -> list[StoredFinding]:
    """The stored findings (of some sources, else all), in reading order."""
    where, params = ("source_id IN ({})".format(",".join("?" * len(source_ids))), source_ids) if source_ids \
        else ("1", [])
    found = []
    cursor = db.execute(f"SELECT * FROM findings WHERE {where} ORDER BY source_id, id", params)
    names = [column[0] for column in cursor.description]
    for row in cursor.fetchall():
        r = dict(zip(names, row))
        finding = Finding(rule=r["rule"], category=r["category"], severity=Severity(r["severity"]),
                          message=r["message"], text=r["text"], suggestion=r["suggestion"], document=r["document"],
                          element=r["element"], cell=tuple(json.loads(r["cell"])) if r["cell"] else None,
                          start=r["start"] or 0, context=r["context"] or "", page=r["page"], line=r["line"],
                          bbox=tuple(json.loads(r["bbox"])) if r["bbox"] else None, status=r["status"])
        found.append(StoredFinding(r["id"], r["source_id"], r["doc_key"], finding, r["reason"] or "", r["occurrence"]))
    return found


def set_status(db: sqlite_utils.Database, finding_id: int, status: str, reason: str = "") -> tuple[str, str]:
    """Set a finding's status (and reason); one transaction; returns the status and reason it had."""
    FindingStatus(status)
    with writing(db):
        row = db.execute("SELECT status, reason FROM findings WHERE id = ?", [finding_id]).fetchone()
        if row is None:
            raise KeyError(finding_id)
        db.execute("UPDATE findings SET status = ?, reason = ?, at = ? WHERE id = ?",
                   [status, reason, now(), finding_id])
    return row[0], row[1] or ""


def open_counts(db: sqlite_utils.Database, source_ids: list[int] | None = None,
                severity: str | None = None) -> dict[tuple[int, str], int]:
    """``{(source_id, doc_key): open findings}`` (of one severity when given)."""
    where, params = ("AND source_id IN ({})".format(",".join("?" * len(source_ids))), list[object](source_ids)) \
        if source_ids else ("", list[object]())
    if severity:
        where, params = where + " AND severity = ?", [*params, severity]
    rows = db.execute(f"SELECT source_id, doc_key, COUNT(*) FROM findings WHERE status = 'open' {where} "
                      "GROUP BY source_id, doc_key", params).fetchall()
    return {(sid, key): count for sid, key, count in rows}
