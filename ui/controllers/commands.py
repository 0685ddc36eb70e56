"""Undoable edits: each one is saved at once (one transaction, one revision) and can be taken back.

``FindingStatusCommand`` does the same for what a person made of a proofreading finding.

``CorrectionCommand(store, edit, changed, failed)`` applies an ``Edit`` (see
``workbench.edit.corrections``); undo puts back the person's earlier value, or, if there
was none, lets the parsed value show again. ``changed(changes)`` runs after every redo and
undo so the panes can refresh. A store that cannot be written reaches ``failed(message)``;
the command then drops out of the undo history, so history and store stay in step.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.changes import Changes
from workbench.edit.corrections import Edit, apply, revert
from workbench.errors import WorkbenchError
from workbench.store import Store


class CorrectionCommand(QUndoCommand):
    def __init__(self, store: Store, edit: Edit, changed: Callable[[Changes], None],
                 failed: Callable[[str], None]):
        super().__init__(edit.text)
        self.store, self.edit, self.changed, self.failed = store, edit, changed, failed
        self.before = store.correction(edit.source_id, edit.doc_key, edit.field)

    def redo(self) -> None:
        self._run(lambda: apply(self.store, self.edit))

    def undo(self) -> None:
        self._run(lambda: revert(self.store, self.edit, self.before))

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except WorkbenchError as err:
            self.setObsolete(True)  # nothing was written: the history forgets this step
            self.failed(str(err))
            changes = Changes.of_correction(self.edit.source_id, self.edit.doc_key, self.edit.field)  # show what is stored
        self.changed(changes)


class FindingStatusCommand(QUndoCommand):
    """A finding marked fixed, ignored (with a reason) or open again; undo puts back what it was."""

    def __init__(self, store: Store, finding_id: int, status: str, reason: str, text: str,
                 changed: Callable[[Changes], None], failed: Callable[[str], None]):
        super().__init__(text)
        self.store, self.finding_id, self.status, self.reason = store, finding_id, status, reason
        self.changed, self.failed = changed, failed
        self.before = store.finding_status(finding_id)

    def redo(self) -> None:
        self._run(self.status, self.reason)

    def undo(self) -> None:
        self._run(*self.before)

    def _run(self, status: str, reason: str) -> None:
        if not self.store.has_finding(self.finding_id):
            self.setObsolete(True)  # the rules no longer find it (its text changed): nothing to mark
            return
        try:
            changes = self.store.set_finding_status(self.finding_id, status, reason)
        except WorkbenchError as err:
            self.setObsolete(True)
            self.failed(str(err))
            return
        self.changed(changes)
