"""What the library shows, read in a few queries whatever the store's size.

In: a ``Database`` (optionally some source ids). Out: typed rows — ``SourceRow`` (a
source with its issue's year and numbers) and ``DocumentRow`` (a document's shown
fields as a person last left them, its proofreading status and tags). Only the columns
the library shows are read: never the full text, never elements or cells. Sources a
person regrouped (split or joined documents) are read through ``document_rows``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from workbench.model import DOCUMENT_FIELDS, PAGED_KINDS, normalise_doc_number
from workbench.store.findings import open_counts
from workbench.store.load import document_rows
from workbench.vocabulary import ProofStatus


@dataclass(frozen=True)
class SourceRow:
    id: int
    path: str
    kind: str
    pages: int
    year: int | None = None
    number: int | None = None
    total_number: int | None = None
    publication_date: str | None = None
    contents: int = 0  # entries of the 目录
    not_found: tuple[str, ...] = ()  # titles of 目录 entries no document was found for

    @property
    def is_paged(self) -> bool:
        return self.kind in PAGED_KINDS


@dataclass
class DocumentRow:
    source_id: int
    key: str
    ord: int
    doc_number: str | None
    title: str | None
    issuer: list[str]
    doc_type: str | None
    sign_date: str | None
    page_start: int | None
    status: str = ProofStatus.TODO.value
    tags: list[str] = field(default_factory=list)
    open_findings: int = 0  # proofreading findings not yet fixed or ignored
    topic: str | None = None  # the 主题分类 class a person chose
    page_end: int | None = None
    held_twice: bool = False  # another source holds the same document (文号 and title): both kept until a person decides

    @property
    def label(self) -> str:
        return " ".join(part for part in (self.doc_number, self.title) if part)


def majority_year(sign_dates) -> int | None:
    """The year most of these 成文日期 (ISO strings or None) fall in."""
    years = [int(date[:4]) for date in sign_dates if date and date[:4].isdigit()]
    return max(set(years), key=years.count) if years else None


def source_year(source: SourceRow, documents: list[DocumentRow]) -> int | None:
    """The issue's year, else the year most of its documents were signed in."""
    if source.year:
        return source.year
    return majority_year(doc.sign_date for doc in documents)


def _in(column: str, ids: list[int] | None) -> tuple[str, list[int]]:
    if ids is None:
        return "1", []
    return f"{column} IN ({','.join('?' * len(ids))})", list(ids)


def source_rows(db: sqlite_utils.Database, source_ids: list[int] | None = None) -> list[SourceRow]:
    """Sources (with their issue's year, 期号, 总期号, date, and 目录 entries no document was found for),
    in import order."""
    where, params = _in("sources.id", source_ids)
    sql = ("SELECT sources.id, path, kind, pages, year, number, total_number, publication_date, toc FROM sources "
           f"LEFT JOIN issues ON issues.source_id = sources.id WHERE {where} ORDER BY sources.id")
    rows = []
    for source_id, path, kind, pages, year, number, total, published, toc in db.execute(sql, params).fetchall():
        entries = json.loads(toc) if toc else []
        missing = tuple(entry["title"] for entry in entries if "missing" in (entry.get("problems") or []))
        rows.append(SourceRow(source_id, path, kind, pages, year, number, total, published,
                              contents=len(entries), not_found=missing))
    return rows


def document_library_rows(db: sqlite_utils.Database, source_ids: list[int] | None = None) -> list[DocumentRow]:
    """Every document of the sources (all when None) as the library shows it, by source and order."""
    where, params = _in("source_id", source_ids)
    corrections: dict[int, dict[str, dict]] = {}
    wanted = (*DOCUMENT_FIELDS, "status", "structure", "tags", "topic")
    marks = ",".join("?" * len(wanted))
    for source_id, key, name, value in db.execute(
            f"SELECT source_id, doc_key, field, value FROM corrections WHERE {where} AND field IN ({marks})",
            [*params, *wanted]).fetchall():
        corrections.setdefault(source_id, {}).setdefault(key, {})[name] = json.loads(value)
    regrouped = {sid for sid, by_key in corrections.items() if "structure" in by_key.get("", {})}
    columns = "source_id, key, ord, doc_number, title, issuer, doc_type, sign_date, page_start, page_end"
    rows = [dict(zip(columns.split(", "), values)) for values in db.execute(
        f"SELECT {columns} FROM documents WHERE {where} ORDER BY source_id, ord", params).fetchall()]
    found: list[DocumentRow] = []
    for row in rows:
        if row["source_id"] in regrouped:
            continue
        found.append(_row(row, corrections.get(row["source_id"], {}).get(row["key"], {})))
    for source_id in sorted(regrouped):
        for row in document_rows(db, source_id):  # fields already as corrected
            person = corrections[source_id].get(row["key"], {})
            found.append(_row(row, {name: person[name] for name in ("status", "tags", "topic") if name in person}))
    found.sort(key=lambda doc: doc.source_id)
    counts = open_counts(db, source_ids)
    twice = _held_twice(db)
    for doc in found:
        doc.open_findings = counts.get((doc.source_id, doc.key), 0)
        doc.held_twice = (normalise_doc_number(doc.doc_number or ""), doc.title or "") in twice
    return found


def _held_twice(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """(文号 with brackets set aside, title) of the documents more than one source holds (as parsed)."""
    sources: dict[tuple[str, str], set[int]] = {}
    for source_id, number, title in db.execute(
            "SELECT source_id, doc_number, title FROM documents WHERE doc_number IS NOT NULL").fetchall():
        sources.setdefault((normalise_doc_number(number), title or ""), set()).add(source_id)
    return {key for key, held in sources.items() if len(held) > 1}


def _row(row: dict, corrected: dict) -> DocumentRow:
    """A library row from a documents row with a person's field values and status laid over it."""
    def value(name: str):
        return corrected[name] if name in corrected else row[name]

    issuer = corrected["issuer"] if "issuer" in corrected else json.loads(row["issuer"] or "[]")
    return DocumentRow(row["source_id"], row["key"], row["ord"], value("doc_number"), value("title"),
                       list(issuer or []), value("doc_type"), value("sign_date"), row["page_start"],
                       corrected.get("status") or ProofStatus.TODO.value, list(corrected.get("tags") or []),
                       topic=corrected.get("topic"), page_end=row.get("page_end"))
