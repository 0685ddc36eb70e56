"""Read a PDF through PyMuPDF: positioned lines per page, scanned pages flagged.

In: a path. Out: a ``Source`` of kind ``pdf``; each page holds its lines as the
PDF stores them (not yet in reading order: that is ``parse.layout``'s job), each
with its box, font size, colour and weight. A page with no usable text layer but
with an image is marked ``needs_ocr``. Encrypted, truncated and corrupt files are
refused with a message naming the file.
"""
from __future__ import annotations

from workbench import limits
from workbench.errors import CorruptFile, EmptyFile, EncryptedFile, TooLarge
from workbench.ingest.rules import rules_from_drawings
from workbench.model import Line, Page, Source
from workbench.mupdf import pymupdf
from workbench.vocabulary import SourceKind

_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
_BOLD_FLAG = 16


def open_pdf(path: str) -> pymupdf.Document:
    """Open ``path`` as a PDF or raise a WorkbenchError that says why not."""
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as err:
        raise CorruptFile(path) from err
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise EncryptedFile(path)
    if doc.is_repaired and not _has_trailer(path):
        doc.close()
        raise CorruptFile(path, "文件不完整，可能未下载或复制完")
    if doc.page_count == 0:
        doc.close()
        raise EmptyFile(path, "PDF 没有页面")
    return doc


def _has_trailer(path: str) -> bool:
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 2048))
        return b"%%EOF" in handle.read()


def read_pdf(path: str, sha256: str) -> Source:
    """Build a pdf ``Source``: every page's lines with their boxes and fonts."""
    doc = open_pdf(path)
    try:
        _check_page_sizes(path, doc)
        pages = [read_page(page) for page in doc.pages()]
    except RuntimeError as err:
        raise CorruptFile(path, str(err)) from err
    finally:
        doc.close()
    return Source(path=path, sha256=sha256, kind=SourceKind.PDF, pages=pages)


def _check_page_sizes(path: str, doc: pymupdf.Document) -> None:
    if doc.page_count > limits.current().pages:
        raise TooLarge(path, f"{doc.page_count} 页，上限 {limits.current().pages:g} 页（可放宽：pages）")
    limit = limits.current().page_points
    for page in doc.pages():
        if max(page.rect.width, page.rect.height) > limit:
            raise TooLarge(path, f"第 {page.number + 1} 页 {page.rect.width:.0f}×{page.rect.height:.0f} pt，"
                                 f"上限 {limit:g} pt（可放宽：page_points）")


def read_page(page: pymupdf.Page) -> Page:
    """One PDF page as a ``Page`` of positioned lines (PDF storage order)."""
    lines: list[Line] = []
    content = page.get_text("dict", flags=_TEXT_FLAGS)
    for block in content["blocks"]:
        for raw in block.get("lines", ()):
            line = _line_from_spans(raw)
            if line is not None:
                lines.append(line)
    rect = page.rect
    result = Page(number=page.number + 1, lines=lines, width=rect.width, height=rect.height)
    result.needs_ocr = not _has_usable_text(lines) and bool(page.get_images(full=False))
    if not result.needs_ocr:
        result.rules = rules_from_drawings(page)
    return result


def _line_from_spans(raw: dict) -> Line | None:
    spans = [span for span in raw["spans"] if span["text"]]
    text = "".join(span["text"] for span in spans)
    if not text.strip():
        return None
    main = max(spans, key=lambda span: len(span["text"].strip()))
    x0, y0, x1, y1 = raw["bbox"]
    return Line(
        text=text.strip(),
        bbox=(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)),
        font_size=round(max(span["size"] for span in spans), 2),
        color=main["color"],
        bold=bool(main["flags"] & _BOLD_FLAG) or "bold" in main["font"].lower(),
    )


def _has_usable_text(lines: list[Line]) -> bool:
    """True when the text layer holds readable characters, not just noise."""
    text = "".join(line.text for line in lines)
    if len(text.strip()) < 2:
        return False
    unreadable = sum(1 for char in text if char == "\ufffd" or "\ue000" <= char <= "\uf8ff")
    return unreadable / len(text) < 0.1
