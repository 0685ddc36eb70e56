"""A person's corrections as values, applied to and taken back from the store.

An ``Edit`` is one correction: which source and document (``doc_key`` "" for the
source as a whole), which field path (see ``workbench.field_path``), the new
value and a description for the undo history. ``edit_*`` functions build the edits
the window offers from what is shown; ``apply(store, edit)`` saves one (one
transaction) and ``revert(store, edit, before)`` puts back what was there before
(``before`` from ``store.correction``); both return the ``Changes``. A store that
cannot be written raises ``StoreError`` with nothing changed.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.changes import Changes
from workbench.edit.follow import follow
from workbench.errors import StoreError
from workbench.field_path import FieldPath, Part
from workbench.model import Document, Table, table_to_json

if TYPE_CHECKING:
    from workbench.store import Store


@dataclass(frozen=True)
class Edit:
    source_id: int
    doc_key: str
    field: str
    value: Any
    text: str = ""
    base: tuple | None = None  # for a list field (tags): the list the person saw, so only their change is made


def edit_field(source_id: int, doc_key: str, field: str, value: Any, text: str = "",
               base: list | None = None) -> Edit:
    """A document field (``title``, ``issuer`` …) or the proofreading status (``status``). ``base``: for
    ``tags``, the tags shown when the person changed them — what another program added since is kept."""
    return Edit(source_id, doc_key, field, value, text, tuple(base) if base is not None else None)


def edit_element(store: Store, source_id: int, doc_key: str, doc: Document, seq: int, kind: str, level: int | None,
                 text: str = "") -> Edit:
    """Element ``seq`` of ``doc`` becomes a heading of ``level`` or a paragraph (kept by its parsed text)."""
    parsed = _parsed_text(store, source_id, doc_key, doc, seq)
    return Edit(source_id, doc_key, str(FieldPath.element(seq)), {"text": parsed, "kind": kind, "level": level}, text)


def _parsed_text(store: Store, source_id: int, doc_key: str, doc: Document, seq: int) -> str:
    """The text the parser gave element ``seq`` (what element corrections are kept by)."""
    present, before = store.correction(source_id, doc_key, str(FieldPath.text(seq)))
    return before["text"] if present and before else doc.elements[seq].text


def edit_text(store: Store, source_id: int, doc_key: str, doc: Document, seq: int, new_text: str, text: str = "") -> Edit:
    """Element ``seq`` of ``doc`` reads ``new_text``; kept by the text the parser gave it, so a re-parse finds it."""
    parsed = _parsed_text(store, source_id, doc_key, doc, seq)
    return Edit(source_id, doc_key, str(FieldPath.text(seq)), {"text": parsed, "new": new_text}, text)


def edit_tables(source_id: int, doc_key: str, tables: list[Table], text: str = "") -> Edit:
    """A document's tables as a person rebuilt them."""
    return Edit(source_id, doc_key, "tables", [table_to_json(table) for table in tables], text)


def edit_split(store: Store, source_id: int, doc_key: str, doc: Document, seq: int, text: str = "") -> Edit:
    """A new document starts at element ``seq`` of ``doc``."""
    step = {"op": "split", "key": doc_key, "seq": seq, "text": doc.elements[seq].text}
    return _regroup(store, source_id, step, text)


def edit_join(store: Store, source_id: int, doc_key: str, text: str = "") -> Edit:
    """Document ``doc_key`` becomes part of the one before it."""
    return _regroup(store, source_id, {"op": "join", "key": doc_key}, text)


def _regroup(store: Store, source_id: int, step: dict, text: str) -> Edit:
    _, steps = store.correction(source_id, "", "structure")
    return Edit(source_id, "", "structure", list(steps or []) + [step], text)


def apply(store: Store, edit: Edit) -> Changes:
    """Save ``edit`` (one transaction, one revision); what it changed. A list edit with a ``base`` is
    made on the list as stored at that moment (read in the same transaction): no update is lost."""
    try:
        with store.transaction():
            value = edit.value
            if edit.base is not None:
                present, stored = store.correction(edit.source_id, edit.doc_key, edit.field)
                current = list(stored or []) if present else list(edit.base)
                removed = set(edit.base) - set(edit.value)
                value = sorted({item for item in current if item not in removed} | set(edit.value))
            changes = store.set_correction(edit.source_id, edit.doc_key, edit.field, value)
            return _followed(store, edit, changes)
    except sqlite3.Error as err:
        raise StoreError(str(store.path), str(err)) from err


def revert(store: Store, edit: Edit, before: tuple[bool, Any]) -> Changes:
    """Put back the value ``edit.field`` had before (or let the parsed value show again)."""
    present, value = before
    try:
        with store.transaction():
            if present:
                changes = store.set_correction(edit.source_id, edit.doc_key, edit.field, value)
            else:
                changes = store.clear_correction(edit.source_id, edit.doc_key, edit.field)
            return _followed(store, edit, changes)
    except sqlite3.Error as err:
        raise StoreError(str(store.path), str(err)) from err


def _followed(store: Store, edit: Edit, changes: Changes) -> Changes:
    """After a line's text changed: the field it was read into follows it (``edit.follow``)."""
    path = FieldPath.parse(edit.field)
    if path.part is not Part.TEXT:
        return changes
    followed = follow(store, edit.source_id, edit.doc_key, path.seq)
    return changes | followed if followed is not None else changes
