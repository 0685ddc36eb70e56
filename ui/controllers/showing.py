"""Showing a source: what the library's current row opens, the page and its boxes, and following edits.

``Showing(window)`` opens a library row's source (its structure read off the UI thread), shows a page with
the boxes of what stands on it and OCR's doubtful characters, moves the page to the node chosen in the
structure, and follows ``changed`` by its flags: library rows in place; the structure of the source shown
read again only when its structure, tables or text changed; a field, status or tag change refreshes just the
documents it touched.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ui.controllers.parts import ShowingWindow
from ui.ops import reads
from ui.panes.library import DOCUMENT_ROLE, SOURCE_ROLE
from workbench.changes import Changes
from workbench.ingest.ocr import doubtful_characters


class Showing(QObject):
    def __init__(self, window: ShowingWindow):
        super().__init__(window.as_widget())
        self.window = window
        window.library_pane.view.selectionModel().currentChanged.connect(self.on_library_current)
        window.structure_pane.node_selected.connect(self.on_node)
        window.changed.connect(self.follow)

    def on_library_current(self, current, _previous) -> None:
        window = self.window
        source, document = current.data(SOURCE_ROLE), current.data(DOCUMENT_ROLE)
        if source is None:
            return
        if window.current_source is not None and window.current_source.id == source.id:
            self.show_document(document)
        else:
            window.runner.read(reads.source_view(source.id), lambda read: self.show_source(read, document),
                               self.tr("Opening {0}").format(Path(source.path).name))

    def show_source(self, read: reads.SourceRead | None, document=None) -> None:
        window = self.window
        if read is None:
            return
        window.source_pane.show_source(read.source, read.page_texts, read.seals)
        spin = window.actions_.page_spin
        spin.blockSignals(True)
        spin.setMaximum(max(1, read.source.pages))
        spin.blockSignals(False)
        window.structure_pane.show_source(read.source.id, read.issue, read.keyed, read.unassigned)
        window.proofreading.show_source(read.source)
        self.show_document(document)
        window.source_shown.emit(read.source.id)

    def show_document(self, document) -> None:
        pane = self.window.structure_pane
        if document is not None and document.key in pane.keys:
            pane.select_document(pane.keys.index(document.key))
        elif pane.current is None:
            self.go_to_page(1)

    def follow(self, changes: Changes, _initiator) -> None:
        """Each part of what is shown takes what concerns it (the other panes follow ``changed`` themselves)."""
        window, store = self.window, self.window.store
        if changes.library:
            for row in store.source_rows(sorted(changes.sources)):
                window.library_pane.update_source(row, store.library_rows([row.id]))
        source = window.current_source
        if source is None or source.id not in changes.sources:
            return
        pane = window.structure_pane
        if changes.structure or changes.tables or changes.text:
            pane.show_source(source.id, store.issue(source.id), store.keyed_documents(source.id),
                             store.unassigned(source.id))
            self.go_to_page(self.page_number())  # the boxes of what now stands on the page
            if pane.current is not None:
                window.source_pane.highlight(pane.current)
            return
        if changes.library or changes.tags:  # a field, a status or tags: those documents only
            touched = {key for source_id, key in changes.documents if source_id == source.id}
            keyed = [(key, store.document(source.id, key) or doc if key in touched else doc)
                     for key, doc in zip(pane.keys, pane.documents)]
            pane.show_source(source.id, pane.issue, keyed, pane.unassigned)

    def on_node(self, node) -> None:
        window = self.window
        window.actions_["edit_table"].setEnabled(node.kind == "table")
        window.navigation.remember(node)
        page = node.page or self.page_number()
        if page != self.page_number() or window.source_pane.number != page:
            self.go_to_page(page)
        window.source_pane.highlight(node)

    def page_number(self) -> int:
        return self.window.actions_.page_spin.value()

    def go_to_page(self, number: int) -> None:
        window = self.window
        source = window.current_source
        if source is None:
            return
        number = max(1, min(number, source.pages))
        spin = window.actions_.page_spin
        spin.blockSignals(True)
        spin.setValue(number)
        spin.blockSignals(False)
        window.page_text.setPlainText(window.source_pane.page_text(number))
        boxes = [node.bbox for _, node in window.structure_pane.model.nodes_on_page(number)]
        recognised = window.store.ocr_page(source.id, number) if window.source_pane.shows_images() else None
        doubts = doubtful_characters(recognised) if recognised else []
        window.source_pane.go_to_page(number, boxes, doubts)
        if recognised:
            window.status.message.setText(self.tr("{0} characters OCR was unsure of on this page").format(len(doubts)))
