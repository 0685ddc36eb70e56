"""Readers: one per format, all returning the same ``Source`` model.

``read_source(path)`` picks the reader from the file's first bytes and name and
returns its Source, or raises a ``WorkbenchError`` that names the file and says why.
Readers know nothing about bulletins. Each reader (and the library it needs: python-docx,
PyMuPDF) is loaded when a file of its kind comes, so reading a text file loads neither.
"""
from __future__ import annotations

from pathlib import Path

from workbench import limits
from workbench.errors import TooLarge
from workbench.ingest.sniff import SUPPORTED_SUFFIXES, sha256_of, sniff
from workbench.ingest.text import read_text
from workbench.limits import megabytes
from workbench.model import Source

__all__ = ["read_source", "SUPPORTED_SUFFIXES"]


def read_source(path: str | Path) -> Source:
    """Read one file into a ``Source`` (lines not yet in reading order for PDFs)."""
    path = Path(path)
    kind = sniff(path)
    name = str(path)
    digest = sha256_of(path)
    if kind == "pdf":
        from workbench.ingest.pdf import read_pdf

        return read_pdf(name, digest)
    if kind == "docx":
        from workbench.ingest.docx import read_docx

        return read_docx(name, digest)
    if kind == "image":
        from workbench.ingest.image import read_image

        return read_image(name, digest)
    size, limit = path.stat().st_size, limits.current().text_mb
    if size > limit * 1024**2:
        raise TooLarge(name, f"文本文件 {megabytes(size)}，上限 {limit:g} MB（可放宽：text_mb）")
    return read_text(path.read_bytes(), name, digest)
