"""Every input format, listed once: the registry the sniffing, the readers, the file dialogs and the labels read.

A ``Reader`` names a kind (``SourceKind``), the Chinese name a person sees, the suffixes of its files,
how to know its files from their first bytes (``recognises(path, head)``), and where its reader lives
(``module:function``, loaded only when a file of the kind comes: reading a text file loads no PDF or
Word library). Adding a format is one reader module and one line here. ``READERS`` is in the order
formats are recognised; ``by_kind`` and ``suffixes`` are what the others ask.
"""
from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from workbench.model import Source
from workbench.vocabulary import SourceKind

ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, UnicodeDecodeError,
              NotImplementedError)  # what reading a malformed zip's directory raises
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")


@dataclass(frozen=True)
class Reader:
    kind: SourceKind
    label: str  # what a person sees (the library's 类型 column, the file dialogs' filter)
    suffixes: tuple[str, ...]
    recognises: Callable[[Path, bytes], bool]  # from the first bytes (and, for a zip, its member names)
    load: str  # "module:function", called as function(path, sha256) → Source

    def read(self, path: str, sha256: str) -> Source:
        module, name = self.load.split(":")
        return getattr(import_module(module), name)(path, sha256)


def _zip_holds(path: Path, test: Callable[[list[str]], bool]) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return test(archive.namelist())
    except ZIP_ERRORS:
        return False  # a zip this broken is refused as an unknown one


def _zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def _ole_word(path: Path, head: bytes) -> bool:
    if not head.startswith(b"\xd0\xcf\x11\xe0"):
        return False
    from workbench.ingest.doc import is_word_binary

    return is_word_binary(str(path))


def _image(path: Path, head: bytes) -> bool:
    magic = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
    return head.startswith(magic) or (head.startswith(b"BM") and path.suffix.lower() in IMAGE_SUFFIXES)


def _html(path: Path, head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return path.suffix.lower() in (".html", ".htm", ".xhtml") or start.startswith((b"<!doctype html", b"<html"))


READERS: tuple[Reader, ...] = (
    Reader(SourceKind.PDF, "PDF", (".pdf",), lambda path, head: head.startswith(b"%PDF"), "workbench.ingest.pdf:read_pdf"),
    Reader(SourceKind.IMAGE, "图像", IMAGE_SUFFIXES, _image, "workbench.ingest.image:read_image"),
    Reader(SourceKind.DOCX, "Word", (".docx",),
           lambda path, head: _zip(head) and (path.suffix.lower() == ".docx"
                                              or _zip_holds(path, lambda names: "word/document.xml" in names)),
           "workbench.ingest.docx:read_docx"),
    Reader(SourceKind.OFD, "OFD", (".ofd",),
           lambda path, head: _zip(head) and _zip_holds(path, lambda names: "OFD.xml" in names),
           "workbench.ingest.ofd:read_ofd"),
    Reader(SourceKind.DOC, "Word 97–2003 / WPS", (".doc", ".wps"), _ole_word, "workbench.ingest.doc:read_doc"),
    Reader(SourceKind.RTF, "RTF", (".rtf",), lambda path, head: head.lstrip().startswith(b"{\\rtf"),
           "workbench.ingest.rtf:read_rtf"),
    Reader(SourceKind.HTML, "网页", (".html", ".htm"), _html, "workbench.ingest.html:read_html"),
    Reader(SourceKind.TEXT, "文本", (".txt", ".text", ".md"), lambda path, head: False, "workbench.ingest.text:read_file"),
)


def by_kind(kind: str) -> Reader:
    return next(reader for reader in READERS if reader.kind.value == kind)


def suffixes() -> set[str]:
    """Every suffix a file the workbench reads can have ("" for a text file with none)."""
    return {suffix for reader in READERS for suffix in reader.suffixes} | {""}
