"""Documents as Markdown: the title as a heading, headings by level, paragraphs, tables as pipe tables.

In: documents as corrected and a path. Out: UTF-8 Markdown. A pipe table cannot merge cells: a
merged cell's text stands at its top-left position and the cells it covers stay empty. Characters
Markdown reads as markup at the start of a paragraph, and pipes in cells, are escaped; HTML is written
as text (entities) and brackets escaped, so nothing in a document becomes a tag or a link.
"""
from __future__ import annotations

import re
from pathlib import Path

from workbench.export.blocks import Block, blocks
from workbench.model import Document
from workbench.vocabulary import ElementKind

_LEADING = re.compile(r"^([#>*+\-=`|]|\d+\.)")


def _inert(text: str) -> str:
    """No raw HTML and no links: ``<``, ``>`` and ``&`` as entities, brackets escaped."""
    text = text.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("[", "\\[").replace("]", "\\]")


def _text(text: str) -> str:
    return _LEADING.sub(r"\\\1", _inert(text))


def _cell(text: str) -> str:
    return _inert(text).replace("|", "\\|").replace("\n", " ")


def _block(block: Block) -> str:
    if block.kind == "table" and block.table is not None:
        grid = block.table.grid()
        if not grid:
            return ""
        lines = ["| " + " | ".join(map(_cell, grid[0])) + " |", "|" + "---|" * len(grid[0])]
        lines += ["| " + " | ".join(map(_cell, row)) + " |" for row in grid[1:]]
        return "\n".join(lines)
    if block.kind in (ElementKind.TITLE, ElementKind.DOC_NUMBER, ElementKind.MARK, ElementKind.ISSUER):
        return ""
    if block.kind == ElementKind.HEADING:
        return "#" * min(6, 1 + (block.level or 1)) + " " + _cell(block.text)
    return f"**{_cell(block.lead)}**{block.text}" if block.lead else _text(block.text)


def document_markdown(doc: Document) -> str:
    head = [f"# {_cell(doc.title or doc.doc_number or '')}"]
    facts = [part for part in ("、".join(doc.issuer), doc.doc_number, doc.sign_date) if part]
    if facts:
        head.append(_text(" · ".join(facts)))
    return "\n\n".join(head + [text for text in map(_block, blocks(doc)) if text])


def write_markdown(documents: list[Document], path: str | Path, contents_title: str | None = None) -> None:
    parts = [f"# {_cell(contents_title)}\n\n" + "\n".join(f"{index}. {_cell(doc.title or '')}"
                                                           for index, doc in enumerate(documents, start=1))] \
        if contents_title is not None else []
    parts += [document_markdown(doc) for doc in documents]
    Path(path).write_text("\n\n---\n\n".join(parts) + "\n", encoding="utf-8")
