"""One pass over a PDF for the audit: what it holds and whether it is fit to keep.

In: a path. Out: a ``PdfFacts`` — whether it opens, its page count, its text (whitespace removed), whether it
is encrypted, the fonts not embedded, the pages that failed to render, and what it must not carry: JavaScript,
launch actions, embedded files, links to outside, and its XMP metadata.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from workbench.mupdf import pymupdf

RENDER_SCALE = 0.1  # enough to know a page renders; a tenth of the time of a readable rendering
_ACTIVE = re.compile(r"/(JavaScript|JS|Launch|EmbeddedFile|EmbeddedFiles|RichMedia)\b")


@dataclass
class PdfFacts:
    opens: bool = False
    error: str = ""
    pages: int = 0
    text: str = ""
    encrypted: bool = False
    unembedded_fonts: list[str] = field(default_factory=list)
    unrendered_pages: list[int] = field(default_factory=list)
    active: list[str] = field(default_factory=list)  # JavaScript, launch actions, embedded files, outside links
    xmp: str = ""

    @property
    def readable(self) -> bool:
        """Opened and not encrypted: what the other checks of a PDF can look into."""
        return self.opens and not self.encrypted


def probe(path: Path) -> PdfFacts:
    facts = PdfFacts()
    try:
        document = pymupdf.open(path)
    except (RuntimeError, ValueError) as err:
        facts.error = str(err)
        return facts
    with document:
        facts.opens, facts.encrypted = True, bool(document.needs_pass or document.is_encrypted)
        if facts.encrypted:
            return facts
        facts.pages = document.page_count
        facts.xmp = document.get_xml_metadata() or ""
        facts.active = _active(document)
        texts, fonts = [], set()
        for page in (document[index] for index in range(document.page_count)):
            texts.append(page.get_text())
            fonts |= {font[3] for font in page.get_fonts() if font[1] in ("n/a", "")}
            try:
                page.get_pixmap(matrix=pymupdf.Matrix(RENDER_SCALE, RENDER_SCALE))
            except (RuntimeError, ValueError):
                facts.unrendered_pages.append(page.number + 1)
        facts.text = re.sub(r"\s+", "", "".join(texts))
        facts.unembedded_fonts = sorted(fonts)
    return facts


def _active(document) -> list[str]:
    """What of JavaScript, launch actions, embedded files and outside links the PDF carries."""
    found = set()
    for xref in range(1, document.xref_length()):
        try:
            source = document.xref_object(xref, compressed=True)
        except (RuntimeError, ValueError):
            continue
        found |= {f"/{name}" for name in _ACTIVE.findall(source)}
        if "/URI" in source:
            found.add("/URI")
    if document.embfile_count():
        found.add("/EmbeddedFile")
    return sorted(found)
