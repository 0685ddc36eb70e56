"""A document as blocks to lay out: its paragraphs (printed lines joined), other elements, and tables
where they stand.

In: a ``Document`` as corrected. ``blocks(doc)`` → ``Block``s in reading order: a paragraph wrapped
over several printed lines is one block; each other element (title, 文号, heading, signature …) is
one; each table stands before the first element printed after it (by page and height on a page, by
line in a text file). The DOCX, HTML and Markdown exports lay these out.
"""
from __future__ import annotations

from dataclasses import dataclass

from workbench.model import Document, Element, Table
from workbench.reading.passages import document_passages
from workbench.vocabulary import ElementKind

_WRAPPING = (ElementKind.RECIPIENTS, ElementKind.CC, ElementKind.IMPRINT, ElementKind.ATTACHMENT_NOTE, ElementKind.ENCLOSURE_TITLE, ElementKind.PUBLICATION_NOTE)
_ENDS = ("。", "：", ":", "；", ";", "！", "？")


@dataclass
class Block:
    kind: str  # an element kind (body for a paragraph) or "table"
    text: str = ""
    level: int | None = None
    table: Table | None = None
    lead: str = ""  # a heading run into the paragraph it starts (（一）激发市场主体活力。根据…): its level is ``level``


def _where(page: int | None, y: float | None, line: int | None) -> tuple:
    return (page or 0, y if y is not None else -1.0, line or 0)


def _element_at(element: Element) -> tuple:
    where = element.provenance
    return _where(where.page, where.box[1] if where.box else None, where.lines[0] if where.lines else None)


def _table_at(table: Table) -> tuple:
    first = min(table.cells, key=lambda cell: (cell.row, cell.col), default=None)
    line = first.line_no if first else None
    y = table.bbox[1] if table.bbox else (first.bbox[1] if first and first.bbox else None)
    return _where(table.page, y, line)


def blocks(doc: Document) -> list[Block]:
    found: list[tuple[tuple, Block]] = []
    for passage in document_passages(0, doc):
        seq = passage.pieces[0].element
        if passage.kind == "cell" or seq is None:
            continue
        element = doc.elements[seq]
        kind = ElementKind.BODY if passage.kind == "paragraph" else passage.kind
        block = Block(kind, passage.text, element.level)
        if found and _carries_on(found[-1][1], block):
            _join(found[-1][1], block)
        else:
            found.append((_element_at(element), block))
    tables = sorted(doc.tables, key=_table_at)
    laid: list[Block] = []
    for at, block in found:
        while tables and _table_at(tables[0]) < at:
            laid.append(Block("table", table=tables.pop(0)))
        laid.append(block)
    laid += [Block("table", table=table) for table in tables]
    return laid


def _carries_on(previous: Block, block: Block) -> bool:
    """A wrapped element's next line (主送 over two lines), or the paragraph a heading runs into (the
    heading's line holds the end of its sentence and goes on)."""
    text = previous.text.rstrip()
    if previous.kind == ElementKind.HEADING:
        return block.kind == ElementKind.BODY and not previous.lead and "。" in text and not text.endswith(_ENDS)
    return previous.kind == block.kind and block.kind in _WRAPPING and not text.endswith(_ENDS)


def _join(previous: Block, block: Block) -> None:
    if previous.kind == ElementKind.HEADING:
        text = previous.text + block.text
        cut = text.find("。") + 1
        previous.kind, previous.lead, previous.text = ElementKind.BODY, text[:cut], text[cut:]
    else:
        previous.text += block.text
