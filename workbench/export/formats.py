"""Every export format, listed once: the registry the CLI's ``export``, the export dialog and its file
filters read.

An ``Exporter`` names a format (``name``, also the CLI's word for it), its file ``suffix``, the Chinese
``label`` a person sees, its ``scope`` (what it writes: chosen documents, their tables, or the whole
store) and where its writer lives (``module:function``, loaded only when that format is written).
Writers by scope: documents ``(documents, path, contents_title)``, tables ``(tables, path)``, store
``(store, path, source_ids, progress, cancelled)``. Adding a format is one writer module and one line here.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any

from workbench.vocabulary import Vocabulary


class Scope(Vocabulary):
    DOCUMENTS = "documents"  # the chosen documents, as corrected
    TABLES = "tables"  # the tables of the chosen documents
    STORE = "store"  # everything the store holds (or some of its sources)


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    label: str
    scope: Scope
    writer: str  # "module:function"

    def write(self, *args: Any, **kwargs: Any) -> Any:
        module, name = self.writer.split(":")
        return getattr(import_module(module), name)(*args, **kwargs)


EXPORTERS: tuple[Exporter, ...] = (
    Exporter("docx", ".docx", "Word（GB/T 9704 版式）", Scope.DOCUMENTS, "workbench.export.docx_export:write_docx"),
    Exporter("html", ".html", "HTML", Scope.DOCUMENTS, "workbench.export.html_export:write_html"),
    Exporter("md", ".md", "Markdown", Scope.DOCUMENTS, "workbench.export.markdown:write_markdown"),
    Exporter("txt", ".txt", "纯文本", Scope.DOCUMENTS, "workbench.export.plain_text:write_plain_text"),
    Exporter("xlsx", ".xlsx", "表格（Excel）", Scope.TABLES, "workbench.export.table_files:write_xlsx"),
    Exporter("csv", ".csv", "表格（CSV）", Scope.TABLES, "workbench.export.table_files:write_csv"),
    Exporter("json", ".json", "JSON（全部内容）", Scope.STORE, "workbench.export.json:write_store_json"),
)


def exporter(name: str) -> Exporter:
    """The exporter called ``name``; ``KeyError`` when there is none."""
    for candidate in EXPORTERS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)
