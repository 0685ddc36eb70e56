"""The one document model every reader produces and every consumer reads.

Readers (``workbench.ingest``) produce a ``Source``: pages of positioned ``Line``s
(and ``Table``s where the format has real tables). The parser (``workbench.parse``)
turns a Source into a ``ParseResult``: an optional ``Issue`` and its ``Document``s,
each with ``Element``s and ``Table``s that keep their provenance (page and box, or
the text line range). ``ParseResult.to_json()`` is the schema of ``workbench parse
--format json`` and of ``workbench export json``.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from workbench.provenance import BBox, Boxed, Provenance
from workbench.vocabulary import Confidence, ElementKind, LineRole, ProofStatus, SourceKind

DOUBTFUL = 0.8  # an OCR'd character the engine is less sure of than this is marked for a proofreader
PAGED_KINDS = (SourceKind.PDF, SourceKind.IMAGE, SourceKind.OFD)  # sources with page images and boxes
LINE_KINDS = (SourceKind.TEXT, SourceKind.DOCX, SourceKind.DOC, SourceKind.RTF, SourceKind.HTML)  # lines, no boxes
DOCUMENT_FIELDS = ("issuer", "doc_number", "title", "doc_type", "recipients", "signatory", "sign_date")


@dataclass
class Line(Boxed):
    """One printed line: its text and where it stands.

    ``bbox`` is in PDF points, origin top-left (None for text sources, which give
    ``line_no`` instead). ``role`` is set by the layout step: body, header,
    footer, or table (a line inside a ruled table's region).
    """

    text: str
    bbox: BBox | None = None
    line_no: int | None = None
    confidence: float | None = None
    char_confidence: tuple[float, ...] | None = None  # from OCR, one per character
    font_size: float | None = None
    color: int | None = None
    bold: bool = False
    role: LineRole = LineRole.BODY


@dataclass
class Cell(Boxed):
    """One table cell in the logical table, with its place on the page."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    page: int | None = None
    bbox: BBox | None = None
    line_no: int | None = None  # the text line it came from (text sources)

    @property
    def provenance(self) -> Provenance:
        return Provenance(self.page, self.bbox, (self.line_no, self.line_no) if self.line_no else None)


@dataclass
class TablePart:
    """The piece of a logical table printed on one page, and the grid used to read it."""

    page: int
    bbox: BBox
    rows: list[int] = field(default_factory=list)  # logical rows this part holds
    row_separators: list[float] = field(default_factory=list)
    col_separators: list[float] = field(default_factory=list)
    repeated_header_rows: int = 0  # header rows printed again at the top of this part, left out


@dataclass
class Table(Boxed):
    """A table: its cells and where it was found.

    ``after_line`` is the index in the page's ``lines`` before which the table
    stands (reading order of mixed paragraphs and tables, as in a Word file).
    ``parts`` lists the pages a table split across was read from.
    """

    page: int
    n_rows: int
    n_cols: int
    cells: list[Cell] = field(default_factory=list)
    bbox: BBox | None = None
    after_line: int = 0
    parts: list[TablePart] = field(default_factory=list)
    ruled: bool = True  # False: found from how the text lines up, not from drawn rules
    confidence: Confidence = Confidence.HIGH  # medium: inferred from alignment or one cell a line

    def grid(self) -> list[list[str]]:
        """Rows of cell texts, a merged cell's text at its top-left position."""
        rows = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for cell in self.cells:
            rows[cell.row][cell.col] = cell.text
        return rows


@dataclass
class Page:
    """One page (a text or Word source is one page unless it has form feeds)."""

    number: int
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    width: float | None = None
    height: float | None = None
    label: str | None = None
    needs_ocr: bool = False
    ocr: bool = False  # the lines came from OCR
    image_sha256: str | None = None  # of the page image OCR read
    rules: list[BBox] = field(default_factory=list)  # ruled lines (thin boxes), in points
    gutter: tuple[float, float] | None = None  # the strip between two text columns the layout read it with
    skew: float = 0.0  # degrees a scanned page was turned by to level it for OCR (its boxes are on the scan)

    def body_lines(self) -> list[Line]:
        return [line for line in self.lines if line.role == LineRole.BODY]


@dataclass
class Source:
    """What a reader made of one file: its identity and its pages."""

    path: str
    sha256: str
    kind: SourceKind
    pages: list[Page] = field(default_factory=list)
    encoding: str | None = None

    @property
    def is_paged(self) -> bool:
        """Whether the source has page images and boxes (PDF, image) rather than text lines."""
        return self.kind in PAGED_KINDS

    def pages_needing_ocr(self) -> list[int]:
        return [page.number for page in self.pages if page.needs_ocr]


@dataclass
class Element(Boxed):
    """A piece of a document (paragraph, heading, 文号, 署名 …) with provenance."""

    kind: ElementKind
    text: str
    page: int | None = None
    bbox: BBox | None = None
    line_start: int | None = None
    line_end: int | None = None
    level: int | None = None
    attrs: dict | None = None  # e.g. an appointment's action, name and post

    @property
    def provenance(self) -> Provenance:
        lines = (self.line_start, self.line_end if self.line_end is not None else self.line_start) \
            if self.line_start is not None else None
        return Provenance(self.page, self.bbox, lines)


@dataclass
class Document:
    """One official document (公文) of an issue, with its GB/T 9704 fields."""

    order: int
    issuer: list[str] = field(default_factory=list)
    doc_number: str | None = None  # as printed
    title: str | None = None
    doc_type: str | None = None
    recipients: str | None = None
    signatory: list[str] = field(default_factory=list)
    sign_date: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    line_start: int | None = None
    line_end: int | None = None
    elements: list[Element] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # free tags a person gave
    topic: str | None = None  # the 主题分类 class a person chose
    edited: list[str] = field(default_factory=list)  # fields a person corrected
    status: ProofStatus = ProofStatus.TODO  # set by a person
    secrecy: str | None = None  # 密级 a person set (not in the parse JSON: nothing parsed sets it)
    retention: str | None = None  # 保管期限 a person set for this document (else the archive package's)

    def text(self) -> str:
        """The document's running text, one element per line."""
        return "\n".join(element.text for element in self.elements)


@dataclass
class Issue:
    """An issue (期) of a bulletin: its front matter where the source has it."""

    publication: str | None = None
    year: int | None = None
    number: int | None = None
    total_number: int | None = None
    publication_date: str | None = None
    editorial_board: list[str] = field(default_factory=list)
    toc: list[dict] = field(default_factory=list)


@dataclass
class ParseResult:
    """Everything parsed from one or more sources."""

    sources: list[Source]
    issue: Issue | None = None
    documents: list[Document] = field(default_factory=list)
    unassigned: Document | None = None  # lines and tables no document holds (a Document with no fields)

    def to_json(self) -> dict:
        """The JSON schema shared by ``parse --format json`` and ``export json`` (``unassigned`` only
        when something was left outside every document)."""
        data = {
            "sources": [source_header(source) for source in self.sources],
            "issue": asdict(self.issue) if self.issue else None,
            "documents": [document_to_json(doc) for doc in self.documents],
        }
        if self.unassigned is not None:
            data["unassigned"] = {"elements": document_to_json(self.unassigned)["elements"],
                                  "tables": [table_to_json(table) for table in self.unassigned.tables]}
        return data


def source_header(source: Source) -> dict:
    return {
        "path": source.path,
        "sha256": source.sha256,
        "kind": source.kind,
        "pages": len(source.pages),
    }


def table_to_json(table: Table) -> dict:
    return {
        "page": table.page,
        "bbox": list(table.bbox) if table.bbox else None,
        "n_rows": table.n_rows,
        "n_cols": table.n_cols,
        "cells": [
            {
                "row": c.row,
                "col": c.col,
                "rowspan": c.rowspan,
                "colspan": c.colspan,
                "text": c.text,
                "page": c.page,
                "bbox": list(c.bbox) if c.bbox else None,
                "line_no": c.line_no,
            }
            for c in table.cells
        ],
        "parts": [asdict(part) for part in table.parts],
        "ruled": table.ruled,
        "confidence": table.confidence,
    }


def table_from_json(data: dict) -> Table:
    """The inverse of ``table_to_json``."""
    def box(value):
        return tuple(value) if value else None

    cells = [Cell(row=c["row"], col=c["col"], text=c["text"], rowspan=c["rowspan"], colspan=c["colspan"],
                  page=c["page"], bbox=box(c["bbox"]), line_no=c.get("line_no")) for c in data["cells"]]
    parts = [TablePart(**{**p, "bbox": tuple(p["bbox"])}) for p in data.get("parts", [])]
    return Table(page=data["page"], n_rows=data["n_rows"], n_cols=data["n_cols"], cells=cells,
                 bbox=box(data["bbox"]), parts=parts, ruled=data.get("ruled", True),
                 confidence=data.get("confidence", Confidence.HIGH))


def element_from_json(data: dict) -> Element:
    """An element of ``document_to_json``'s ``elements`` back as an ``Element``."""
    return Element(kind=data["kind"], text=data["text"], page=data.get("page"),
                   bbox=tuple(data["bbox"]) if data.get("bbox") else None, line_start=data.get("line_start"),
                   line_end=data.get("line_end"), level=data.get("level"), attrs=data.get("attrs"))


def document_to_json(doc: Document) -> dict:
    return {
        "order": doc.order,
        "issuer": list(doc.issuer),
        "doc_number": doc.doc_number,
        "doc_number_normalised": normalise_doc_number(doc.doc_number) if doc.doc_number else None,
        "title": doc.title,
        "doc_type": doc.doc_type,
        "recipients": doc.recipients,
        "signatory": list(doc.signatory),
        "sign_date": doc.sign_date,
        "page_start": doc.page_start,
        "page_end": doc.page_end,
        "line_start": doc.line_start,
        "line_end": doc.line_end,
        "elements": [
            {
                "kind": e.kind,
                "text": e.text,
                "page": e.page,
                "bbox": list(e.bbox) if e.bbox else None,
                "line_start": e.line_start,
                "line_end": e.line_end,
                "level": e.level,
                "attrs": e.attrs,
            }
            for e in doc.elements
        ],
        "tables": [table_to_json(t) for t in doc.tables],
        "tags": list(doc.tags),
        "topic": doc.topic,
        "edited": list(doc.edited),
        "status": doc.status,
    }


def normalise_doc_number(doc_number: str) -> str:
    """``清府发[2023] 9号`` → ``清府发〔2023〕9号``: brackets unified, spaces dropped."""
    return re.sub(r"\s+", "", doc_number).translate(_BRACKETS)


_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕",
                           "（": "〔", "）": "〕", "(": "〔", ")": "〕"})
