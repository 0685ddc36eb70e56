"""The text rules read: paragraphs and table cells, each able to say where an offset was printed.

In: a ``ParseResult``. Out: for each document, its ``Passage``s in reading order —
a paragraph (consecutive body lines joined, since a parsed element is one printed
line and a paragraph wraps over several), every other element on its own, and every
table cell. ``Passage.finding(...)`` turns an offset in the passage into a ``Finding``
with the element (or cell), the offset in it, page, line and an approximate box.
``Joined`` puts every passage into one text so that a rule scans it with one regex
pass and places only what it matched.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from workbench.finding import Finding
from workbench.model import BBox, Document, Element, ParseResult
from workbench.reading.paragraphs import carries_on
from workbench.vocabulary import Category, ElementKind, Severity


@dataclass(slots=True)
class Piece:
    """One element (or cell) inside a passage: where its text starts in the passage, and where it was printed."""

    start: int
    text: str
    element: int | None = None
    cell: tuple[int, int, int] | None = None
    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None


@dataclass(slots=True)
class Passage:
    doc: int
    document: str | None
    kind: str  # "paragraph", an element kind, or "cell"
    pieces: list[Piece] = field(default_factory=list)
    length: int = 0
    _text: str | None = None

    @property
    def text(self) -> str:
        """The pieces' texts joined (once, after the last piece was added)."""
        if self._text is None:
            self._text = "".join(piece.text for piece in self.pieces)
        return self._text

    def add(self, piece: Piece) -> None:
        piece.start = self.length
        self.pieces.append(piece)
        self.length += len(piece.text)
        self._text = None

    def finding(self, rule: str, category: Category, severity: Severity, message: str, start: int, length: int,
                suggestion: str | None = None) -> Finding:
        """A finding for ``length`` characters at ``start`` of the passage, placed in the piece holding them."""
        piece, offset, bbox = self.place(start, length)
        return Finding(rule=rule, category=category, severity=severity, message=message,
                       text=self.text[start:start + length], suggestion=suggestion, doc=self.doc,
                       document=self.document, element=piece.element, cell=piece.cell, start=offset,
                       context=piece.text, page=piece.page, line=piece.line, bbox=bbox)

    def place(self, start: int, length: int) -> tuple[Piece, int, BBox | None]:
        """The piece holding ``length`` characters at ``start``, the offset in it, and their approximate box."""
        piece = next((p for p in reversed(self.pieces) if p.start <= start), self.pieces[0])
        offset = start - piece.start
        return piece, offset, _part_box(piece, offset, min(length, len(piece.text) - offset))


def _part_box(piece: Piece, offset: int, length: int) -> BBox | None:
    """The box of characters ``offset``…``offset+length`` of a one-line piece (evenly spaced)."""
    if piece.bbox is None or not piece.text:
        return piece.bbox
    x0, y0, x1, y1 = piece.bbox
    pitch = (x1 - x0) / len(piece.text)
    end = min(len(piece.text), offset + max(length, 1))
    return (x0 + pitch * offset, y0, x0 + pitch * end, y1)


SEPARATOR = "\x00"  # between passages in a joined text: no rule's pattern reads or spans it


class Joined:
    """Every passage's text in one string, ``SEPARATOR`` between them, able to say which passage an offset is in."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages
        self.text = SEPARATOR.join(passage.text for passage in passages)
        self.starts: list[int] = []
        at = 0
        for passage in passages:
            self.starts.append(at)
            at += passage.length + 1

    def index(self, offset: int) -> int:
        """The index (in ``passages``) of the passage holding ``offset`` of the joined text."""
        return bisect_right(self.starts, offset) - 1

    def at(self, offset: int) -> tuple[Passage, int]:
        """The passage holding ``offset`` of the joined text, and the offset in that passage."""
        index = self.index(offset)
        return self.passages[index], offset - self.starts[index]

    def finding(self, rule: str, category: Category, severity: Severity, message: str, start: int, length: int,
                suggestion: str | None = None) -> Finding:
        """``Passage.finding`` for ``length`` characters at ``start`` of the joined text."""
        passage, offset = self.at(start)
        return passage.finding(rule, category, severity, message, offset, length, suggestion)

    def matches(self, pattern: re.Pattern, anchor: re.Pattern) -> Iterator[re.Match]:
        """``pattern``'s matches, tried only in the passages holding a match of ``anchor``.

        For a pattern slow to try at every character: ``anchor`` is a cheap pattern that each of
        its matches contains. A passage's span is read as the passage alone would be.
        """
        last = -1
        for hit in anchor.finditer(self.text):
            index = self.index(hit.start())
            if index != last:
                last, start = index, self.starts[index]
                yield from pattern.finditer(self.text, start, start + self.passages[index].length)

    def documents(self) -> dict[int, tuple[int, int]]:
        """For each document, the (start, end) of its passages in the joined text (they are consecutive)."""
        spans: dict[int, tuple[int, int]] = {}
        for passage, start in zip(self.passages, self.starts):
            first = spans.get(passage.doc, (start, start))[0]
            spans[passage.doc] = (first, start + passage.length)
        return spans


def document_label(doc: Document) -> str | None:
    return doc.doc_number or doc.title


def passages(result: ParseResult) -> list[Passage]:
    """Every passage of every document, document by document, in reading order."""
    found: list[Passage] = []
    for index, doc in enumerate(result.documents):
        found += document_passages(index, doc)
    return found


def document_passages(index: int, doc: Document) -> list[Passage]:
    label = document_label(doc)
    found: list[Passage] = []
    previous: Element | None = None
    for seq, element in enumerate(doc.elements):
        piece = Piece(0, element.text, seq, None, element.page, element.line_start, element.bbox)
        if element.kind == ElementKind.BODY and _continues(previous, element):  # previous is the paragraph's last line
            found[-1].add(piece)
        else:
            passage = Passage(index, label, "paragraph" if element.kind == ElementKind.BODY else element.kind)
            passage.add(piece)
            found.append(passage)
        previous = element
    for seq, table in enumerate(doc.tables):
        for cell in table.cells:
            if cell.text.strip():
                passage = Passage(index, label, "cell")
                passage.add(Piece(0, cell.text, cell=(seq, cell.row, cell.col), page=cell.page,
                                  line=cell.line_no, bbox=cell.bbox))
                found.append(passage)
    return found


def _continues(previous: Element | None, element: Element) -> bool:
    """Whether ``element`` (a body line) carries on the paragraph ``previous`` (a body line) is in."""
    if previous is None or previous.kind != ElementKind.BODY:
        return False
    same_page = previous.page == element.page
    return carries_on(previous.text, previous.bbox if same_page else None, element.bbox)
