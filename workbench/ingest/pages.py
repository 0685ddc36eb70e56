"""The pages of a paged source as a PyMuPDF document, whatever the format: to render, to OCR, to cut.

``open_pages(path)``: a PDF or image file as PyMuPDF opens it; an OFD as its PDF rendition
(``ofd.rendition``, made once per file version and kept for the next page asked for). Close it after use.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from workbench.mupdf import pymupdf


def open_pages(path: str | Path) -> pymupdf.Document:
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(4)
    if head == b"PK\x03\x04":
        from workbench.ingest.ofd import is_ofd

        if is_ofd(str(path), head):
            stat = path.stat()
            return pymupdf.open("pdf", _rendition(str(path), stat.st_mtime_ns, stat.st_size))
    return pymupdf.open(path)


@lru_cache(maxsize=4)
def _rendition(path: str, _mtime: int, _size: int) -> bytes:
    from workbench.ingest.ofd import rendition

    return rendition(path)
