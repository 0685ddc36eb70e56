"""A document's pages as a PDF of its own, for the archive.

In: the source row (its kind), its file and the document as corrected. ``document_pdf`` writes
``path``: the document's pages cut from the source PDF (or the page image of an image source; a page whose
fonts the source did not embed kept as its picture with its text invisible over it, every font embedded),
else — a text or Word source, or a source file no longer where it was imported from — the
document's text typeset on A4 pages. Out: the number of pages written.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from workbench.ingest.pages import open_pages
from workbench.model import PAGED_KINDS, Document
from workbench.mupdf import pymupdf
from workbench.store import SourceRow
from workbench.vocabulary import SourceKind

A4 = (595.0, 842.0)
MARGIN = 72.0
FONT_SIZE = 12.0
LINE_HEIGHT = 1.5
FONT = "china-s"  # the CJK font PyMuPDF carries
KEPT_DPI = 200  # a page kept as its picture (its fonts were not embedded) is rendered at this resolution
_BLANK_PIXELS = getattr(pymupdf, "PDF_REDACT_IMAGE_PIXELS", 2)  # redaction blanks the image pixels under it


def document_pdf(source: SourceRow, doc: Document, path: Path, original: Path | None,
                 others: list[Document] = (), xmp: str = "") -> int:  # type: ignore[assignment]
    """Write the document's pages to ``path`` — cut from ``original`` (the source's file, checked to be the
    one imported; None when it is not to be had), what ``others`` (the source's other documents) print on
    a page it shares with them redacted: their text removed and the page image under it blanked — with
    ``xmp`` as its XMP metadata; the page count."""
    first, last = doc.page_start or 0, doc.page_end or doc.page_start or 0
    foreign = foreign_boxes(others, first, last) if source.kind in (SourceKind.PDF, SourceKind.OFD) else {}
    return write_document_pdf(source.kind, doc, path, original, foreign, xmp)


def write_document_pdf(kind: str, doc: Document, path: Path, original: Path | None,
                       foreign: dict[int, list[tuple]], xmp: str) -> int:
    """``document_pdf`` with the other documents' boxes on the shared pages already found (``foreign``): what a
    worker process is given (small to send, all it needs)."""
    if kind in PAGED_KINDS and original is not None and doc.page_start:
        try:
            return _cut(original, doc.page_start, doc.page_end or doc.page_start, path, foreign, xmp)
        except (RuntimeError, ValueError):
            pass  # the file changed or is unreadable since its import: typeset what the store holds
    return _typeset(doc, path, xmp)


def foreign_boxes(others: list[Document], first: int, last: int) -> dict[int, list[tuple]]:
    """{page: boxes} of what other documents print on pages ``first``..``last`` (their lines and tables)."""
    boxes: dict[int, list[tuple]] = {}
    for other in others:
        for box_page, box in [(e.page, e.bbox) for e in other.elements] + [(t.page, t.bbox) for t in other.tables]:
            if box and box_page is not None and first <= box_page <= last:
                boxes.setdefault(box_page, []).append(box)
    return boxes


def _cut(original: Path, first: int, last: int, path: Path, foreign: dict[int, list[tuple]], xmp: str) -> int:
    with open_pages(original) as opened:
        pdf = opened if opened.is_pdf else pymupdf.open("pdf", opened.convert_to_pdf())
        with pymupdf.open() as out:
            out.insert_pdf(pdf, from_page=first - 1, to_page=min(last, pdf.page_count) - 1)
            for index, page in enumerate(out):
                boxes = foreign.get(first + index, [])
                for box in boxes:
                    page.add_redact_annot(pymupdf.Rect(box), fill=(1, 1, 1))
                if boxes:
                    page.apply_redactions(images=_BLANK_PIXELS)
            if _embed_fonts(out):
                out.subset_fonts()
            if xmp:
                out.set_xml_metadata(xmp)
            out.save(path, garbage=3, deflate=True)
            return out.page_count


def _embed_fonts(pdf) -> bool:
    """A page whose fonts the source did not embed is kept as its picture (``KEPT_DPI``, as the reader shows
    it) with its text laid invisibly over it in the embedded CJK font: it looks as printed, stays searchable
    and needs no font of the machine that opens it. Whether any page was so kept."""
    kept = False
    for number in range(pdf.page_count):
        page = pdf[number]
        if all(font[1] not in ("n/a", "") for font in page.get_fonts()):
            continue
        rect, picture = page.rect, page.get_pixmap(dpi=KEPT_DPI).tobytes("jpeg", jpg_quality=85)
        spans = [span for block in page.get_text("dict")["blocks"] for line in block.get("lines", ())
                 for span in line["spans"] if span["text"].strip()]
        fresh = pdf.new_page(pno=number, width=rect.width, height=rect.height)
        fresh.insert_image(rect, stream=picture)
        writer = pymupdf.TextWriter(rect)
        for span in spans:
            writer.append(span["origin"], span["text"], font=_font(), fontsize=span["size"])
        writer.write_text(fresh, render_mode=3)
        pdf.delete_page(number + 1)
        kept = True
    return kept


def _typeset(doc: Document, path: Path, xmp: str = "") -> int:
    """The document's text on A4 pages: its lines wrapped to the width, a table's rows tab-separated;
    only the glyphs used of the CJK font are embedded."""
    paragraphs = [element.text for element in doc.elements]
    for table in doc.tables:
        paragraphs += ["\t".join(row) for row in table.grid()]
    lines = [line for text in paragraphs for line in _wrapped(text, A4[0] - 2 * MARGIN)]
    per_page = max(1, int((A4[1] - 2 * MARGIN) / (FONT_SIZE * LINE_HEIGHT)))
    with pymupdf.open() as out:
        for first in range(0, max(1, len(lines)), per_page):
            page = out.new_page(width=A4[0], height=A4[1])
            writer = pymupdf.TextWriter(page.rect)  # the font embedded (an archive must not rely on the reader's)
            for row, line in enumerate(lines[first:first + per_page]):
                writer.append((MARGIN, MARGIN + FONT_SIZE * (1 + row * LINE_HEIGHT)), line, font=_font(),
                              fontsize=FONT_SIZE)
            writer.write_text(page)
        out.subset_fonts()
        if xmp:
            out.set_xml_metadata(xmp)
        out.save(path, garbage=3, deflate=True)
        return out.page_count


def _wrapped(text: str, width: float) -> list[str]:
    """``text`` cut into lines no wider than ``width`` (an empty text is one empty line)."""
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for char in text.replace("\t", "  "):
        advance = _advance(char)
        if line and used + advance > width:
            lines.append("".join(line))
            line, used = [], 0.0
        line.append(char)
        used += advance
    lines.append("".join(line))
    return lines


@lru_cache(maxsize=8192)
def _advance(char: str) -> float:
    return _font().text_length(char, fontsize=FONT_SIZE)


@lru_cache(maxsize=1)
def _font() -> pymupdf.Font:
    return pymupdf.Font(FONT)
