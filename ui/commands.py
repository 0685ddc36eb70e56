"""Undoable edits: each one is saved at once (one transaction, one revision) and can be taken back.

``CorrectionCommand`` sets a field path of a document (see ``workbench.store.revisions``)
to a new value; undo puts back the person's earlier value, or, if there was none,
lets the parsed value show again. ``changed(source_id, doc_key, field)`` runs after
every redo and undo so the views can refresh.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from workbench.store import Store


class CorrectionCommand(QUndoCommand):
    def __init__(self, store: Store, source_id: int, doc_key: str, field: str, value: Any, text: str,
                 changed: Callable[[int, str, str], None]):
        super().__init__(text)
        self.store, self.source_id, self.doc_key, self.field = store, source_id, doc_key, field
        self.value = value
        self.before = store.correction(source_id, doc_key, field)
        self.changed = changed

    def redo(self) -> None:
        self.store.set_correction(self.source_id, self.doc_key, self.field, self.value)
        self.changed(self.source_id, self.doc_key, self.field)

    def undo(self) -> None:
        present, value = self.before
        if present:
            self.store.set_correction(self.source_id, self.doc_key, self.field, value)
        else:
            self.store.clear_correction(self.source_id, self.doc_key, self.field)
        self.changed(self.source_id, self.doc_key, self.field)
