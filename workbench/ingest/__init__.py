"""Readers: one per format, all returning the same ``Source`` model.

``read_source(path)`` picks the reader from the file's first bytes and name (the registry
``readers.READERS``) and returns its Source, or raises a ``WorkbenchError`` that names the file and
says why. Readers know nothing about bulletins. Each reader (and the library it needs: python-docx,
PyMuPDF, olefile, lxml) is loaded when a file of its kind comes, so reading a text file loads none.
"""
from __future__ import annotations

import re
from pathlib import Path

from workbench import memory
from workbench.errors import CorruptFile, WorkbenchError
from workbench.ingest.readers import by_kind
from workbench.ingest.sniff import SUPPORTED_SUFFIXES, sha256_of, sniff
from workbench.model import Source

__all__ = ["read_source", "SUPPORTED_SUFFIXES"]


def read_source(path: str | Path) -> Source:
    """Read one file into a ``Source`` (lines not yet in reading order for PDFs).

    Whatever a reader's library raises on a malformed file (lxml, zlib, zipfile, MuPDF …) becomes a
    ``CorruptFile`` naming the file; a failed allocation is left for ``memory.reported`` to name.
    """
    path = Path(path)
    kind = sniff(path)
    name = str(path)
    digest = sha256_of(path)
    try:
        return _visible(_read(path, kind, name, digest))
    except WorkbenchError:
        raise
    except Exception as err:
        if memory.allocation_failed(err):
            raise
        raise CorruptFile(name, _library_detail(err)) from err


_SOFT_BREAKS = re.compile(r"[\x0b\x0c\r]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _visible(source: Source) -> Source:
    """No control characters in what was read: Word's soft breaks (vertical tab, form feed) inside a line
    become spaces, any other control character U+FFFD, which proofreading marks (tabs stay: table cells)."""
    for page in source.pages:
        for line in page.lines:
            if _SOFT_BREAKS.search(line.text) or _CONTROLS.search(line.text):
                line.text = _CONTROLS.sub("\ufffd", _SOFT_BREAKS.sub(" ", line.text))
        for table in page.tables:
            for cell in table.cells:
                cell.text = _CONTROLS.sub("\ufffd", _SOFT_BREAKS.sub(" ", cell.text))
    return source


def _library_detail(err: Exception) -> str:
    """What a library said of a malformed file, in a line (its type and the start of its message)."""
    text = " ".join(str(err).split())[:120]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def _read(path: Path, kind: str, name: str, digest: str) -> Source:
    return by_kind(kind).read(name, digest)
