"""Render a laid-out ``Source`` as plain text in reading order.

In: a Source after ``parse.layout.lay_out``. Out: one string, pages separated by
a form feed (``\\f``); running headers and footers left out unless asked for;
a real table (from a Word file) printed as tab-separated rows where it stands.
"""
from __future__ import annotations

from workbench.model import Page, Source, Table
from workbench.vocabulary import LineRole


def render_text(source: Source, include_margins: bool = False) -> str:
    """All pages of ``source`` as text, ``\\f`` between pages."""
    return "\f".join(render_page(page, include_margins) for page in source.pages)


def render_page(page: Page, include_margins: bool = False) -> str:
    tables_at: dict[int, list[Table]] = {}
    for table in page.tables:
        tables_at.setdefault(table.after_line, []).append(table)
    out: list[str] = []
    for index, line in enumerate(page.lines):
        out += [row for table in tables_at.pop(index, []) for row in table_rows(table)]
        if include_margins or line.role in (LineRole.BODY, LineRole.TABLE):
            out.append(line.text)
    out += [row for tables in tables_at.values() for table in tables for row in table_rows(table)]
    return "\n".join(out) + ("\n" if out else "")


def table_rows(table: Table) -> list[str]:
    """A table's rows as tab-separated lines (cell line breaks become spaces)."""
    return ["\t".join(text.replace("\n", " ") for text in row) for row in table.grid()]
