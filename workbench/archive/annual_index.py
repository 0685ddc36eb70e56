"""The 年度总目录: every issue of a year in the store, by issue and section (栏目), each document with its
文号, title and the page where it starts in its issue.

In: a store and a year (an issue's year; a source without front matter counts in the year most of
its documents were signed). ``annual_index(store, year)`` → ``IndexEntry``s in issue order;
``write_docx`` / ``write_xlsx`` write them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.export.safe import clean, neutralise
from workbench.store import DocumentRow, Store
from workbench.store.library import source_year


@dataclass
class IndexEntry:
    issue: str  # 2023年第6期 (总第253期), or the file's name without front matter
    section: str  # 栏目, from the issue's table of contents
    doc_number: str
    title: str
    page: int | None  # where it starts in its issue: the printed contents' page, else the file's page


def annual_index(store: Store, year: int) -> list[IndexEntry]:
    entries: list[IndexEntry] = []
    by_source: dict[int, list[DocumentRow]] = {}
    for row in store.library_rows():
        by_source.setdefault(row.source_id, []).append(row)
    for source in store.source_rows():
        documents = by_source.get(source.id, [])
        if source_year(source, documents) != year:
            continue
        issue = store.issue(source.id)
        label = Path(source.path).name
        if source.number:
            label = f"{year}年第{source.number}期" + (f"（总第{source.total_number}期）" if source.total_number else "")
        contents = {entry.get("document"): entry for entry in (issue.toc if issue else []) if entry.get("document")}
        for order, row in enumerate(documents, start=1):
            entry = contents.get(order, {})
            entries.append(IndexEntry(label, entry.get("section") or "", row.doc_number or "", row.title or "",
                                      entry.get("page") or row.page_start))
    return entries


HEADER = ("期次", "栏目", "文号", "题名", "页码")


def _cells(entry: IndexEntry) -> list[str]:
    return [entry.issue, entry.section, entry.doc_number, entry.title, str(entry.page or "")]


def write_xlsx(entries: list[IndexEntry], year: int, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = f"{year}年度总目录"
    sheet.append(list(HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for entry in entries:
        sheet.append([clean(value) if isinstance(value, str) else value for value in _cells(entry)])
    for column, width in zip("ABCDE", (24, 18, 24, 60, 6)):
        sheet.column_dimensions[column].width = width
    neutralise(book)
    book.save(path)


def write_docx(entries: list[IndexEntry], year: int, path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading(f"{year}年度总目录", level=0)
    issue, section = None, None
    for entry in entries:
        if entry.issue != issue:
            issue, section = entry.issue, None
            document.add_heading(clean(entry.issue), level=1)
        if entry.section and entry.section != section:
            section = entry.section
            document.add_heading(clean(entry.section), level=2)
        line = document.add_paragraph()
        line.add_run(clean(entry.title))
        if entry.doc_number:
            line.add_run(f"（{clean(entry.doc_number)}）")
        if entry.page:
            line.add_run(f"\t{entry.page}")
    document.save(str(path))
