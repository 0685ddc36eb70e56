"""The words the workbench talks in, each listed once: what a source, a line, an element, a finding is.

Every enum here is a ``Vocabulary``: its members are strings equal to their values, so JSON, SQLite and
f-strings see ``"title"``, never ``ElementKind.TITLE``, and a value read back from a file compares equal to
its member. The window names each member in Chinese (``ui.labels``); a test fails when one has no name.
"""
from __future__ import annotations

from enum import Enum


class Vocabulary(str, Enum):
    """A string enum whose ``str()`` and format are its value."""

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(str(self), spec)


class SourceKind(Vocabulary):
    """What kind of file a source was read from."""

    PDF = "pdf"
    TEXT = "text"
    DOCX = "docx"
    IMAGE = "image"
    DOC = "doc"  # Word 97–2003 and Kingsoft WPS binary files
    RTF = "rtf"
    HTML = "html"  # a saved web page
    OFD = "ofd"  # GB/T 33190 fixed-layout document


class LineRole(Vocabulary):
    """A line's role on its page, set by the layout step (``meta``: a metadata row of a database copy)."""

    BODY = "body"
    HEADER = "header"
    FOOTER = "footer"
    TABLE = "table"
    META = "meta"


class Confidence(Vocabulary):
    """How sure a table's reading is: ruled (high), from alignment (medium), from flattened text (low)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ElementKind(Vocabulary):
    """What a piece of a document is, in GB/T 9704's terms and the bulletin's own."""

    BODY = "body"
    HEADING = "heading"
    TITLE = "title"
    DOC_NUMBER = "doc_number"
    ISSUER = "issuer"
    MARK = "mark"  # the issuer's red mark (版头)
    RECIPIENTS = "recipients"
    SIGNATORY = "signatory"
    DATE = "date"
    ATTACHMENT_NOTE = "attachment_note"
    ATTACHMENT = "attachment"
    ENCLOSURE_TITLE = "enclosure_title"
    PUBLICATION_NOTE = "publication_note"
    CC = "cc"
    IMPRINT = "imprint"
    APPOINTMENT = "appointment"
    CHAPTER = "chapter"
    SECTION = "section"
    ARTICLE = "article"
    METADATA = "metadata"  # a database copy's metadata rows, never body


class ProofStatus(Vocabulary):
    """A document's proofreading status, set by a person (未校对 / 校对中 / 已校对)."""

    TODO = "todo"
    DOING = "doing"
    DONE = "done"


class Category(Vocabulary):
    """The family a proofreading rule belongs to; the order is the order findings of one place are listed in."""

    DOCNO = "docno"
    PUNCTUATION = "punctuation"
    PAIRING = "pairing"
    REPEAT = "repeat"
    DATE = "date"
    HEADING = "heading"
    TOC = "toc"
    ELEMENT = "element"
    NUMBER = "number"
    WORDING = "wording"
    OCR = "ocr"
    PLACEHOLDER = "placeholder"
    PRIVACY = "privacy"
    DIVISION = "division"
    DE = "de"
    REDUNDANCY = "redundancy"
    SENTENCE = "sentence"
    WIDTH = "width"
    TRADITIONAL = "traditional"
    NAME = "name"
    CITATION = "citation"
    VARIANT = "variant"
    TYPO = "typo"


class Severity(Vocabulary):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class FindingStatus(Vocabulary):
    """What a person made of a finding (open until fixed or ignored)."""

    OPEN = "open"
    FIXED = "fixed"
    IGNORED = "ignored"
