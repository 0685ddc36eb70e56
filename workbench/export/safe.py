"""What leaves the workbench is inert and well-formed: no live formulas, no control characters, no half files.

- ``clean(text)``: control characters other than tab and newline removed (a vertical tab or form feed,
  Word's soft breaks, becomes a newline) — DOCX, XLSX and XML cannot hold them.
- ``csv_cell(text)``: a CSV cell a spreadsheet will not run: cleaned, and one starting with ``= + - @``
  (or a tab or carriage return) is prefixed with ``'`` (OWASP's CSV-injection rule; plain numbers
  such as ``-5`` are left as they are).
- ``neutralise(book)``: every text cell of an openpyxl workbook cleaned and stored as text, never as a
  formula (openpyxl takes any string starting with ``=`` for one).
- ``clean_document(doc)``: a copy of a ``Document`` with every text cleaned, for the document writers.
- ``replaced(path)``: write beside ``path`` and rename into place, so a failed write (a full disk) leaves
  the earlier file as it was.
"""
from __future__ import annotations

import copy
import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.export.leftovers import remove_stale
from workbench.model import Document

CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BREAKS = re.compile(r"[\x0b\x0c]")
_ACTIVE = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?%?$")


def clean(text: str) -> str:
    return CONTROLS.sub("", _BREAKS.sub("\n", text)) if text else text


def csv_cell(text) -> str:
    value = clean("" if text is None else str(text))
    return "'" + value if value.startswith(_ACTIVE) and not _NUMBER.match(value) else value


def neutralise(book) -> None:
    """Every string cell of ``book`` cleaned and typed as text (rich-text cells are left as written)."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.value = clean(cell.value)
                    cell.data_type = "s"


def clean_document(doc: Document) -> Document:
    """A copy of ``doc`` whose fields, elements and cells hold no control characters."""
    doc = copy.deepcopy(doc)
    for name in ("doc_number", "title", "doc_type", "recipients", "sign_date", "topic"):
        setattr(doc, name, clean(getattr(doc, name)))
    doc.issuer, doc.signatory, doc.tags = ([clean(v) for v in values] for values in (doc.issuer, doc.signatory, doc.tags))
    for element in doc.elements:
        element.text = clean(element.text)
    for table in doc.tables:
        for cell in table.cells:
            cell.text = clean(cell.text)
    return doc


@contextmanager
def replaced(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed onto ``path`` when the block ends well."""
    path = Path(path)
    remove_stale(path.parent, f".{path.stem}-*{path.suffix}")
    temp = path.parent / f".{path.stem}-{secrets.token_hex(6)}{path.suffix}"
    try:
        yield temp
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
