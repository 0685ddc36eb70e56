"""Read a scanned image (PNG, JPEG, TIFF, BMP) as pages that need OCR.

In: a path. Out: a ``Source`` of kind ``image``: one page per image frame, with
its size and no lines, marked ``needs_ocr`` (OCR fills the lines).
"""
from __future__ import annotations

from workbench.mupdf import pymupdf

from workbench.errors import CorruptFile
from workbench.model import Page, Source


def read_image(path: str, sha256: str) -> Source:
    """Build an image ``Source``; every page waits for OCR."""
    try:
        doc = pymupdf.open(path)
        pages = [
            Page(number=page.number + 1, width=page.rect.width, height=page.rect.height, needs_ocr=True)
            for page in doc.pages()
        ]
        doc.close()
    except (pymupdf.FileDataError, RuntimeError, ValueError) as err:
        raise CorruptFile(path, "无法解码图像") from err
    if not pages:
        raise CorruptFile(path, "无法解码图像")
    return Source(path=path, sha256=sha256, kind="image", pages=pages)
