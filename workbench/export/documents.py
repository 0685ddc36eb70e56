"""Export chosen documents (one, an issue, a selection) as DOCX, HTML, Markdown, or their tables as XLSX/CSV.

In: a store, ``(source_id, doc_key)`` pairs, a format and a path. ``write_documents`` reads each
document as corrected and writes the file; an issue's documents (``contents_title`` given) get a
table of contents first. Out: the number of documents (or, for XLSX and CSV, tables) written.
``issue_title(store, source_id)`` is what heads a whole issue.
"""
from __future__ import annotations

from pathlib import Path

from workbench.errors import UsageError
from workbench.export.formats import EXPORTERS, Scope, exporter
from workbench.export.safe import clean_document, replaced
from workbench.store import Store

FORMATS = tuple(exporter.name for exporter in EXPORTERS if exporter.scope is not Scope.STORE)


def issue_title(store: Store, source_id: int) -> str:
    issue = store.issue(source_id)
    if issue and issue.number:
        return f"{issue.publication or ''}{issue.year}年第{issue.number}期目录"
    (row,) = store.source_rows([source_id])
    return f"{Path(row.path).stem} 目录"


def write_documents(store: Store, chosen: list[tuple[int, str]], fmt: str, path: str | Path,
                    contents_title: str | None = None) -> int:
    if fmt not in FORMATS:
        raise UsageError(detail=f"不支持的导出格式：{fmt}")
    chosen_format = exporter(fmt)
    by_source: dict[int, dict] = {}
    documents = []
    for source_id, key in chosen:
        if source_id not in by_source:
            by_source[source_id] = dict(store.keyed_documents(source_id))
        documents.append(by_source[source_id][key])
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    documents = [clean_document(doc) for doc in documents]
    if chosen_format.scope is Scope.TABLES:
        tables = [table for doc in documents for table in doc.tables]
        if not tables:
            raise UsageError(detail="所选公文没有表格")
        chosen_format.write(tables, path)
        return len(tables)
    with replaced(path) as temp:
        chosen_format.write(documents, temp, contents_title)
    return len(documents)
