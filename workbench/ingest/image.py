"""Read a scanned image (PNG, JPEG, TIFF, BMP) as pages that need OCR.

In: a path. Out: a ``Source`` of kind ``image``: one page per image frame, with
its size and no lines, marked ``needs_ocr`` (OCR fills the lines).
"""
from __future__ import annotations

from workbench import limits
from workbench.errors import CorruptFile, TooLarge
from workbench.model import Page, Source
from workbench.mupdf import pymupdf
from workbench.vocabulary import SourceKind


def read_image(path: str, sha256: str) -> Source:
    """Build an image ``Source``; every page waits for OCR."""
    try:
        doc = pymupdf.open(path)
        pages = []
        for page in doc.pages():
            _check_pixels(path, page)
            pages.append(Page(number=page.number + 1, width=page.rect.width, height=page.rect.height, needs_ocr=True))
        doc.close()
    except (pymupdf.FileDataError, RuntimeError, ValueError, MemoryError) as err:
        raise CorruptFile(path, "无法解码图像") from err
    if not pages:
        raise CorruptFile(path, "无法解码图像")
    return Source(path=path, sha256=sha256, kind=SourceKind.IMAGE, pages=pages)


def _check_pixels(path: str, page: pymupdf.Page) -> None:
    """Refuse an image larger than the limit, from its header (the pixels are not decoded)."""
    limit = limits.current().image_megapixels
    for info in page.get_image_info():
        if info["width"] * info["height"] > limit * 1e6:
            raise TooLarge(path, f"图像 {info['width']}×{info['height']} 像素，上限 {limit:g} 百万像素"
                                 "（可放宽：image_megapixels）")
