"""The window's edits: each one an undoable command that writes one store transaction.

``Editing(window)`` turns what a person does in the structure pane, the form and the
table editor into ``Edit``s (``workbench.edit.corrections``, the same functions the tests
call) and pushes them on the undo stack. After every redo and undo the window's
``changed`` signal carries the ``Changes``; a store that cannot be written is shown as a
message and leaves the history as it was.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ui.controllers.commands import CorrectionCommand
from ui.controllers.parts import EditingWindow
from ui.dialogs.table_editor import TableEditor
from ui.ops.tables import reextract
from workbench.edit import corrections
from workbench.edit.corrections import Edit
from workbench.model import Document, Table
from workbench.vocabulary import ProofStatus


class Editing(QObject):
    def __init__(self, window: EditingWindow):
        super().__init__(window.as_widget())
        self.window = window
        self.table_editor: TableEditor | None = None

    @property
    def _source_id(self) -> int:
        source_id = self.window.structure_pane.source_id
        if source_id is None:
            raise RuntimeError("no source is shown")  # an edit is offered only on what is shown
        return source_id

    def _chosen(self, kind: str) -> tuple[str, Document, int] | None:
        """(document key, document, seq) of the selected node when it is of ``kind`` (element or table)."""
        pane = self.window.structure_pane
        node = pane.current
        doc = pane.document(node) if node is not None else None
        if node is None or node.kind != kind or node.key is None or node.seq is None or doc is None:
            return None
        return node.key, doc, node.seq

    def push(self, edit: Edit, initiator=None) -> None:
        command = CorrectionCommand(self.window.runner.store, edit,
                                    lambda changes: self.window.changed.emit(changes, initiator), self.show_failure)
        self.window.undo_stack.push(command)

    def show_failure(self, message: str) -> None:
        """A store that could not be written, as a message."""
        QMessageBox.warning(self.window.as_widget(), self.tr("Bulletin Workbench"), message)

    def correct_field(self, field: str, value) -> None:
        node = self.window.structure_pane.current
        if node is None or node.doc is None or node.key is None:
            return
        if field == "status" and value == ProofStatus.DONE.value and not self._may_finish(node.key):
            self.window.structure_pane.form.show_document(self.window.structure_pane.document(node))  # the status as it was
            return
        label = self.window.structure_pane.form.labels_text.get(field) or {
            "topic": self.tr("topic class"), "tags": self.tr("tags"), "secrecy": self.tr("secrecy"),
            "retention": self.tr("retention")}.get(field, self.tr("proofreading status"))
        shown = self.window.structure_pane.document(node)
        base = list(shown.tags) if field == "tags" and shown is not None else None
        self.push(corrections.edit_field(self._source_id, node.key, field, value, self.tr("Edit {0}").format(label),
                                         base))

    def _may_finish(self, doc_key: str) -> bool:
        """已校对 only with no open error-level finding, or when the person confirms."""
        errors = self.window.proofreading.open_errors(doc_key)
        if not errors:
            return True
        answer = QMessageBox.question(self.window.as_widget(), self.tr("Proof"),
            self.tr("This document still has {0} open errors. Mark it proofread anyway?").format(errors))
        return answer == QMessageBox.StandardButton.Yes

    def mark_element(self, kind: str, level: int | None) -> None:
        """Set the kind (and heading level) of the selected element."""
        chosen = self._chosen("element")
        if chosen is None:
            return
        key, doc, seq = chosen
        self.push(corrections.edit_element(self.window.store, self._source_id, key, doc, seq, kind, level,
                                           self.tr("Mark element")))

    def split_document(self) -> None:
        """Start a new document at the selected element."""
        chosen = self._chosen("element")
        if chosen is None or chosen[2] == 0:
            return
        key, doc, seq = chosen
        self.push(corrections.edit_split(self.window.runner.store, self._source_id, key, doc, seq,
                                         self.tr("Split document")))

    def join_with_previous(self) -> None:
        """Make the selected document part of the one before it."""
        node = self.window.structure_pane.current
        if node is None or node.doc is None or node.doc == 0 or node.key is None:
            return
        self.push(corrections.edit_join(self.window.runner.store, self._source_id, node.key, self.tr("Join documents")))

    def edit_table(self) -> TableEditor | None:
        """Open the table editor on the selected table."""
        chosen = self._chosen("table")
        source = self.window.source_pane.source
        if chosen is None or source is None:
            return None
        if self.table_editor is not None:
            self.table_editor.close()
        (key, _doc, seq), source_id = chosen, self._source_id

        def apply_tables(tables: list[Table], text: str) -> None:
            self.push(corrections.edit_tables(source_id, key, tables, text))

        def run_reextract(table, part, region, rows, cols, done):
            return self.window.runner.write(reextract(source.path, table, part, region, rows, cols), done,
                                            self.tr("Re-extract table"))

        self.table_editor = TableEditor(source.path, lambda: self._document(source_id, key), seq,
                                        apply_tables, run_reextract, self.window.as_widget())
        self.window.changed.connect(self.table_editor.on_changed)
        self.table_editor.show()
        return self.table_editor

    def _document(self, source_id: int, key: str):
        """A document as the structure pane last loaded it (read from the store if another source is shown)."""
        pane = self.window.structure_pane
        if pane.source_id == source_id and key in pane.keys:
            return pane.documents[pane.keys.index(key)]
        return self.window.runner.store.document(source_id, key)
