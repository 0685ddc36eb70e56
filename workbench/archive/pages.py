"""A document's pages as a PDF of its own, for the archive.

In: the source row (its file and kind) and the document as corrected. ``document_pdf`` writes
``path``: the document's pages cut from the source PDF (or the page image of an image source),
else — a text or Word source, or a source file no longer where it was imported from — the
document's text typeset on A4 pages. Out: the number of pages written.
"""
from __future__ import annotations

from pathlib import Path

from workbench.model import Document, SourceKind
from workbench.mupdf import pymupdf
from workbench.store import SourceRow

A4 = (595.0, 842.0)
MARGIN = 72.0
FONT_SIZE = 12.0


def document_pdf(source: SourceRow, doc: Document, path: Path) -> int:
    """Write the document's pages to ``path``; the page count."""
    original = Path(source.path)
    if source.kind in (SourceKind.PDF, SourceKind.IMAGE) and original.is_file() and doc.page_start:
        try:
            return _cut(original, doc.page_start, doc.page_end or doc.page_start, path)
        except (RuntimeError, ValueError):
            pass  # the file changed or is unreadable since its import: typeset what the store holds
    return _typeset(doc, path)


def _cut(original: Path, first: int, last: int, path: Path) -> int:
    with pymupdf.open(original) as opened:
        pdf = opened if opened.is_pdf else pymupdf.open("pdf", opened.convert_to_pdf())
        with pymupdf.open() as out:
            out.insert_pdf(pdf, from_page=first - 1, to_page=min(last, pdf.page_count) - 1)
            out.save(path, garbage=3, deflate=True)
            return out.page_count


def _typeset(doc: Document, path: Path) -> int:
    font = pymupdf.Font("china-s")
    lines = [element.text for element in doc.elements]
    for table in doc.tables:
        lines += ["\t".join(row) for row in table.grid()]
    with pymupdf.open() as out:
        while True:
            page = out.new_page(width=A4[0], height=A4[1])
            writer = pymupdf.TextWriter(page.rect)
            box = pymupdf.Rect(MARGIN, MARGIN, A4[0] - MARGIN, A4[1] - MARGIN)
            rest = writer.fill_textbox(box, lines or [""], font=font, fontsize=FONT_SIZE)
            writer.write_text(page)
            if not rest:
                break
            lines = [text for text, _ in rest]
        out.save(path, garbage=3, deflate=True)
        return out.page_count
