"""What to look at before a year is archived: the documents the package would leave out, misfile or hold twice.

In: a store and a year. ``check(store, year)`` → ``Problem``s, each naming its document: no 成文日期 in a
source of that year or with a 文号 of that year (the package leaves it out), a 成文日期 year that is not the 文号's year (filed
under the other), a 文号 held twice in the year or the store, the same document in two sources (same
文号 and title: keep one), open proofreading errors, and 目录 entries of the year's issues with no
document. Out: the problems in that order; none when the year is ready.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from workbench.archive.catalogue import document_year
from workbench.model import normalise_doc_number
from workbench.parse.patterns import doc_number_year
from workbench.store import DocumentRow, Store
from workbench.store.library import source_year

KINDS = {"undated": "无成文日期（不会归档）", "year": "成文日期与文号年份不一致", "duplicate_number": "文号重复",
         "same_document": "同一公文在两个来源中", "open_errors": "有未处理的校对错误", "contents": "目录条目找不到公文"}


@dataclass
class Problem:
    kind: str  # a key of KINDS
    source_id: int
    doc_key: str  # "" for a problem of the source (a 目录 entry)
    doc_number: str
    title: str
    detail: str

    @property
    def label(self) -> str:
        return KINDS[self.kind]

    def to_json(self) -> dict:
        return {**asdict(self), "label": self.label}


def check(store: Store, year: int) -> list[Problem]:
    sources = {source.id: source for source in store.source_rows()}
    rows = store.library_rows()
    by_source: dict[int, list[DocumentRow]] = defaultdict(list)
    for row in rows:
        by_source[row.source_id].append(row)
    years = {sid: source_year(source, by_source[sid]) for sid, source in sources.items()}
    names = {sid: Path(source.path).name for sid, source in sources.items()}
    in_year = [row for row in rows if document_year(row) == year]
    found: list[Problem] = []

    def add(kind: str, row: DocumentRow, detail: str) -> None:
        found.append(Problem(kind, row.source_id, row.key, row.doc_number or "", row.title or "", detail))

    for row in rows:  # its source's year, or its 文号's, says it belongs to this year
        if row.sign_date is None and year in (years.get(row.source_id), doc_number_year(row.doc_number or "")):
            add("undated", row, names[row.source_id])
    for row in rows:
        numbered = doc_number_year(row.doc_number or "")
        dated = document_year(row)
        if numbered and dated and numbered != dated and year in (numbered, dated):
            add("year", row, f"成文日期 {row.sign_date}，文号 {numbered} 年；归入 {dated} 年")
    for row, kind, detail in _number_twins(rows, in_year, names):
        add(kind, row, detail)
    errors = store.open_errors()
    for row in in_year:
        if errors.get((row.source_id, row.key)):
            add("open_errors", row, f"{errors[(row.source_id, row.key)]} 处")
    return found + [Problem("contents", sid, "", "", title, names[sid]) for sid, source in sources.items()
                    if years.get(sid) == year for title in source.not_found]


def _number_twins(rows: list[DocumentRow], in_year: list[DocumentRow],
                  names: dict[int, str]) -> list[tuple[DocumentRow, str, str]]:
    """(row, kind, detail) for each document of the year whose 文号 another document also has: the same
    document in another source (``same_document``) or another document under its number (``duplicate_number``)."""
    by_number: dict[str, list[DocumentRow]] = defaultdict(list)
    for row in rows:
        if row.doc_number:
            by_number[normalise_doc_number(row.doc_number)].append(row)
    found = []
    for row in in_year:
        twins = [other for other in by_number.get(normalise_doc_number(row.doc_number or ""), []) if other is not row]
        same = [other for other in twins if (other.title or "") == (row.title or "") and other.source_id != row.source_id]
        if same:
            found.append((row, "same_document", "亦见于 " + "、".join(names[other.source_id] for other in same)))
        elif twins:
            found.append((row, "duplicate_number",
                          "与 " + "、".join(f"{names[o.source_id]}《{o.title or ''}》" for o in twins)))
    return found
