"""The proofreading loop in the window: run the rules, walk the findings, fix or ignore each, hand over a 校对单.

``Proofreading(window)`` drives the ``ProofPane``: the rules run as a write operation over
the source shown (F7) and again, by themselves, after any edit of that source's text once
it has findings; choosing a finding selects its element in the structure pane and marks
the flagged text on the page. Accepting a suggestion is a text (or cell) correction plus
the finding marked fixed, one undo step; ignoring asks for a reason; both are undoable.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ui.controllers.commands import FindingStatusCommand
from ui.controllers.parts import ProofreadingWindow
from ui.labels import category_names
from ui.operations import Operation
from ui.ops import proof
from ui.panes.library import contents_gap
from ui.panes.proof_pane import ProofPane
from workbench.changes import Changes
from workbench.edit import corrections
from workbench.field_path import FieldPath
from workbench.store import SourceRow, StoredFinding
from workbench.vocabulary import FindingStatus


class Proofreading(QObject):
    def __init__(self, window: ProofreadingWindow, pane: ProofPane):
        super().__init__(window.as_widget())
        self.window, self.pane = window, pane
        self.source_id: int | None = None
        self._running: Operation | None = None  # the run of the rules under way
        self._again = False  # the text changed during that run: run once more after it
        pane.run_requested.connect(self.run)
        pane.finding_chosen.connect(self.choose)
        pane.accept_requested.connect(self.accept)
        pane.edit_requested.connect(self.edit_text)
        pane.ignore_requested.connect(self.ignore)
        pane.never_again_requested.connect(self.never_again)
        window.changed.connect(self._on_changed)

    # ---- running the rules -------------------------------------------------------------
    def show_source(self, source: SourceRow) -> None:
        """The findings stored for the source now shown, and the 目录 entries no document was found for."""
        self.pane.show_gap(contents_gap(source))
        if source.id != self.source_id:
            self.source_id = source.id
            self.pane.show_findings(self.window.store.findings([source.id]))

    def run(self) -> None:
        """Run the rules over the source shown (F7); one run at a time, the next as soon as it ends."""
        if self.source_id is None:
            return
        if self._running is not None and self._running.running:
            self._again = True
            return
        self._again = False
        self._running = self.window.runner.write(proof.proofread(self.source_id), self._ran, self.tr("Proofreading"))
        self._running.finished.connect(self._after_run)

    def _ran(self, changes: Changes) -> None:
        self.window.changed.emit(changes, self)

    def _after_run(self) -> None:
        if self._again:
            QTimer.singleShot(0, self.run)

    def _on_changed(self, changes: Changes, initiator) -> None:
        if self.source_id is None or self.source_id not in changes.sources:
            return
        if changes.findings:
            self.pane.show_findings(self.window.store.findings([self.source_id]))
        if initiator is not self and (changes.text or changes.structure) and self.pane.rows:
            QTimer.singleShot(0, self.run)  # once the edit (an accepted suggestion is two writes) is complete

    # ---- one finding -------------------------------------------------------------------
    def step(self, step: int) -> None:
        """F8 / Shift+F8: the next or previous open finding."""
        if self.pane.step(step) is None:
            self.window.status.message.setText(self.tr("No open findings."))

    def choose(self, row: StoredFinding) -> None:
        """Show a finding: its element selected in the structure pane, the flagged text marked on the page."""
        finding = row.finding
        if not self.window.navigation.reveal(row.doc_key, finding.element, finding.cell, finding.page, finding.bbox):
            return
        self.pane.tree.setFocus()

    def accept(self) -> None:
        """Enter: put the suggestion in place of the flagged text and mark the finding fixed (one undo step);
        on a group of findings alike, all of them at once."""
        rows = [row for row in self.pane.current_group()
                if row.finding.suggestion is not None and row.finding.status == FindingStatus.OPEN.value]
        if not rows:
            return
        places: dict[tuple, list[StoredFinding]] = {}
        for row in rows:
            places.setdefault((row.doc_key, row.finding.element, row.finding.cell), []).append(row)
        edits: list[tuple[StoredFinding, str]] = []
        for found in places.values():
            fixed = self._current_text(found[0])
            for row in sorted(found, key=lambda r: -r.finding.start):  # right to left: offsets stay good
                finding = row.finding
                if fixed is None or fixed[finding.start:finding.start + len(finding.text)] != finding.text:
                    self.window.status.message.setText(self.tr("The text has changed since the rules ran; checking again."))
                    self.run()
                    return
                fixed = fixed[:finding.start] + (finding.suggestion or "") + fixed[finding.start + len(finding.text):]
            if fixed is not None:
                edits.append((found[0], fixed))
        first = rows[0].finding
        stack = self.window.undo_stack
        stack.beginMacro(self.tr("Accept suggestion: {0} → {1}").format(first.text, first.suggestion)
                         + (self.tr(" ({0} alike)").format(len(rows)) if len(rows) > 1 else ""))
        for row, fixed in edits:
            self._push_text(row, fixed)
        for row in rows:
            stack.push(self._status_command(row, FindingStatus.FIXED.value, ""))
        stack.endMacro()
        self.pane.step(1)

    def edit_text(self) -> None:
        """Ctrl+Enter: correct the text that holds the finding by hand."""
        row = self.pane.current()
        current = self._current_text(row) if row is not None else None
        if row is None or current is None:
            return
        text, ok = QInputDialog.getMultiLineText(self.window.as_widget(), self.tr("Correct text"), row.finding.message, current)
        if ok and text != current:
            self._push_text(row, text)

    def ignore(self) -> None:
        """Delete: leave the text as it is, with the reason a person gives."""
        rows = [row for row in self.pane.current_group() if row.finding.status != FindingStatus.IGNORED.value]
        if not rows:
            return
        reason, ok = QInputDialog.getText(self.window.as_widget(), self.tr("Ignore finding"), self.tr("Reason:"),
                                          text=self.tr("As in the original"))
        if ok:
            stack = self.window.undo_stack
            stack.beginMacro(self.tr("Ignore finding"))  # a group alike: all of them, one reason, one undo step
            for row in rows:
                stack.push(self._status_command(row, FindingStatus.IGNORED.value, reason.strip()))
            stack.endMacro()
            self.pane.step(1)

    def never_again(self) -> None:
        """不再提示此词 (Ctrl+Shift+Delete): the flagged word is accepted in the whole store; the rules run again."""
        row = self.pane.current()
        if row is None or not row.finding.text.strip():
            return
        answer = QMessageBox.question(self.window.as_widget(), self.tr("Proof"), self.tr(
            "Never flag “{0}” ({1}) again, in any document of this store?").format(
            row.finding.text, category_names()[row.finding.category]))
        if answer == QMessageBox.StandardButton.Yes:
            self.window.store.accept_word(row.finding.text, row.finding.category)
            self.run()

    def open_errors(self, doc_key: str) -> int:
        """Open error-level findings of a document of the source shown (for the 已校对 guard)."""
        return sum(1 for row in self.pane.rows if row.doc_key == doc_key and row.finding.status == "open"
                   and row.finding.severity.value == "error")

    def export_sheet(self) -> None:
        """Write the 校对单 (XLSX or DOCX) of the documents selected in the library, else of the source shown."""
        source = self.window.current_source
        if source is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window.as_widget(), self.tr("Export Proof Sheet"), "校对单.xlsx",
                                              "Excel (*.xlsx);;Word (*.docx)")
        if path:
            self.write_sheet(path)

    def write_sheet(self, path: str):
        source = self.window.current_source
        title = self.tr("Proof sheet — {0}").format(source.path.rsplit("/", 1)[-1])
        chosen = {(doc.source_id, doc.key) for doc in self.window.library_pane.selected_documents()}
        sources = sorted({source_id for source_id, _ in chosen}) if len(chosen) > 1 else [source.id]
        return self.window.runner.read(
            proof.proof_sheet(path, sources, title, chosen if len(chosen) > 1 else None),
            lambda count: self.window.status.message.setText(self.tr("Proof sheet: {0} findings to {1}").format(count, path)),
            self.tr("Exporting"))

    # ---- helpers ---------------------------------------------------------------------
    def _document(self, row: StoredFinding):
        """The finding's document as the structure pane shows it (as stored, corrections applied)."""
        structure = self.window.structure_pane
        if structure.source_id == row.source_id and row.doc_key in structure.keys:
            return structure.documents[structure.keys.index(row.doc_key)]
        return self.window.store.document(row.source_id, row.doc_key)

    def _current_text(self, row: StoredFinding) -> str | None:
        doc = self._document(row)
        finding = row.finding
        if doc is None:
            return None
        if finding.cell is not None:
            seq, r, c = finding.cell
            table = doc.tables[seq] if seq < len(doc.tables) else None
            cell = next((cell for cell in table.cells if (cell.row, cell.col) == (r, c)), None) if table else None
            return cell.text if cell else None
        if finding.element is None or finding.element >= len(doc.elements):
            return None
        return doc.elements[finding.element].text

    def _push_text(self, row: StoredFinding, text: str) -> None:
        store, finding = self.window.store, row.finding
        label = self.tr("Correct text")
        if finding.cell is not None:
            edit = corrections.edit_field(row.source_id, row.doc_key, str(FieldPath.cell(*finding.cell)), text, label)
        elif finding.element is None:
            return
        else:
            doc = self._document(row)
            edit = corrections.edit_text(store, row.source_id, row.doc_key, doc, finding.element, text, label)
        self.window.editing.push(edit)

    def _status_command(self, row: StoredFinding, status: str, reason: str) -> FindingStatusCommand:
        text = self.tr("Ignore finding") if status == FindingStatus.IGNORED.value else self.tr("Mark finding fixed")
        return FindingStatusCommand(self.window.store, row.id, status, reason, text,
                                    lambda changes: self.window.changed.emit(changes, None), self.window.editing.show_failure)
