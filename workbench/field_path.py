"""What a person can correct, named: one ``FieldPath`` value, parsed and written here only.

A path is the string the store keeps (``corrections.field``, ``revisions.field``) and ``Document.edited``
lists: a document field (``title``, ``issuer`` …), something a person says of a document (``status``,
``tags``, ``topic``), a whole part (``tables``, ``structure``, ``follows``), or a place in the parsed
content: ``text/7`` (element 7's text), ``element/7`` (its kind and level), ``table/0/cell/3/2`` (row 3,
column 2 of table 0). ``FieldPath.parse(text)`` → the value (``ValueError`` for anything else);
``str(path)`` → the stored string.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from workbench.model import DOCUMENT_FIELDS


class Part(str, Enum):
    """What a path points at."""

    FIELD = "field"  # a document field a parser fills (DOCUMENT_FIELDS)
    MARK = "mark"  # what a person says of a document: status, tags, topic, 密级, 保管期限
    WHOLE = "whole"  # a whole part: tables, structure, follows
    TEXT = "text"  # an element's text
    ELEMENT = "element"  # an element's kind and level
    CELL = "table"  # one table cell


MARKS = ("status", "tags", "topic", "secrecy", "retention")  # secrecy: 密级, retention: 保管期限
WHOLES = ("tables", "structure", "follows")


@dataclass(frozen=True)
class FieldPath:
    part: Part
    name: str = ""  # the field's name (FIELD, MARK, WHOLE)
    seq: int = 0  # the element's or the table's sequence number
    row: int = 0
    col: int = 0

    @classmethod
    def text(cls, seq: int) -> FieldPath:
        return cls(Part.TEXT, seq=seq)

    @classmethod
    def element(cls, seq: int) -> FieldPath:
        return cls(Part.ELEMENT, seq=seq)

    @classmethod
    def cell(cls, table: int, row: int, col: int) -> FieldPath:
        return cls(Part.CELL, seq=table, row=row, col=col)

    @classmethod
    def named(cls, name: str) -> FieldPath:
        """A document field, a mark or a whole part, by its name."""
        for part, names in ((Part.FIELD, DOCUMENT_FIELDS), (Part.MARK, MARKS), (Part.WHOLE, WHOLES)):
            if name in names:
                return cls(part, name=name)
        raise ValueError(f"not a field a person can correct: {name}")

    @classmethod
    def parse(cls, text: str) -> FieldPath:
        """The path a stored string names; ``ValueError`` when it names nothing a person can correct."""
        head, _, rest = text.partition("/")
        numbers = rest.split("/") if rest else []
        if head in ("text", "element") and len(numbers) == 1 and numbers[0].isdigit():
            return cls.text(int(numbers[0])) if head == "text" else cls.element(int(numbers[0]))
        if head == "table" and len(numbers) == 4 and numbers[1] == "cell" \
                and all(n.isdigit() for n in (numbers[0], *numbers[2:])):
            return cls.cell(int(numbers[0]), int(numbers[2]), int(numbers[3]))
        if rest:
            raise ValueError(f"not a field a person can correct: {text}")
        return cls.named(text)

    @property
    def in_content(self) -> bool:
        """Whether it points into the parsed elements or tables (which the store checks exist)."""
        return self.part in (Part.TEXT, Part.ELEMENT, Part.CELL)

    def __str__(self) -> str:
        if self.part in (Part.TEXT, Part.ELEMENT):
            return f"{self.part.value}/{self.seq}"
        if self.part is Part.CELL:
            return f"table/{self.seq}/cell/{self.row}/{self.col}"
        return self.name


def is_cell_of(text: str, table: int) -> bool:
    """Whether a stored path names a cell of table ``table``."""
    try:
        path = FieldPath.parse(text)
    except ValueError:
        return False
    return path.part is Part.CELL and path.seq == table
