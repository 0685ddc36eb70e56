"""Moving about the window from the keyboard and the mouse: next document, next pane, a click on the page.

``Navigation(window)`` selects in the structure pane (and the library) what a person points at, opens the
window on the document last open, and shows what an import added.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ui.controllers.parts import NavigatingWindow


class Navigation(QObject):
    def __init__(self, window: NavigatingWindow):
        super().__init__(window.as_widget())
        self.window = window

    def select_at(self, x: float, y: float) -> None:
        """Select the smallest element or table whose box on the page shown holds (x, y)."""
        hits = [(index, node) for index, node in self.window.structure_pane.model.nodes_on_page(self.window.page_number())
                if node.bbox[0] <= x <= node.bbox[2] and node.bbox[1] <= y <= node.bbox[3]]
        if hits:
            def area(hit):
                return (hit[1].bbox[2] - hit[1].bbox[0]) * (hit[1].bbox[3] - hit[1].bbox[1])
            self.window.structure_pane.select(min(hits, key=area)[0])

    def reveal(self, doc_key: str, element: int | None, cell: tuple | None, page: int | None, bbox) -> bool:
        """Select a document's element (or the table holding ``cell``) in the structure pane and mark ``bbox``
        on its page; False if the source shown has no such document."""
        structure = self.window.structure_pane
        if doc_key not in structure.keys:
            return False
        doc = structure.keys.index(doc_key)
        index = structure.model.find(doc, "table", cell[0]) if cell else \
            structure.model.find(doc, "element", element) if element is not None else \
            structure.model.find(doc, "document")
        if index.isValid():
            structure.select(index)
        if bbox is not None and self.window.source_pane.shows_images():
            if page and page != self.window.page_number():
                self.window.go_to_page(page)
            self.window.source_pane.page_view.highlight(bbox)
        return True

    def step_document(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) document of the source."""
        if not self.window.documents:
            return
        node = self.window.current_node
        current = node.doc if node and node.doc is not None else -step
        chosen = max(0, min(len(self.window.documents) - 1, current + step))
        self.window.structure_pane.select_document(chosen)
        source = self.window.current_source
        if source is not None:  # the library follows (its selection names the same document)
            self.window.library_pane.select_document(source.id, self.window.structure_pane.keys[chosen])
        self.window.structure_pane.tree.setFocus()

    def remember(self, node) -> None:
        """The document shown, to open again next time (``document/last``)."""
        source = self.window.current_source
        if source is not None and node is not None and node.key:
            self.window.settings.set("document/last", f"{source.id}\t{node.key}")

    def open_first(self) -> None:
        """On opening: the document last open, if the store still holds it; else the first source."""
        model = self.window.library_pane.model
        source_id, _, key = (self.window.settings.get("document/last") or "").partition("\t")
        if source_id.isdigit() and model.document_index(int(source_id), key).isValid():
            self.window.library_pane.select_document(int(source_id), key)
        elif model.source_ids():
            self.window.library_pane.select_source(model.source_ids()[0])

    def show_imported(self, source_ids: list[int], line: str) -> None:
        """After an import: say what it added, and clear the library's filter when it hides one of them."""
        model = self.window.library_pane.model
        if source_ids and any(not model.source_index(sid).isValid() for sid in source_ids):
            self.window.library_pane.filter.clear()
        self.window.status.message.setText(line)

    def focus_next_pane(self) -> None:
        """Move the keyboard focus: library → thumbnails → page → structure → fields → library."""
        w = self.window
        panes = [w.library_pane.view, w.source_pane.thumbnails, w.source_pane.page_view.graphics, w.structure_pane.tree, w.structure_pane.form.editors["doc_number"]]
        focused = next((i for i, pane in enumerate(panes) if pane.hasFocus() or pane.isAncestorOf(w.as_widget().focusWidget())), -1)
        panes[(focused + 1) % len(panes)].setFocus()

    def find_in_library(self) -> None:
        """Ctrl+F: the library's filter, with the library shown."""
        self.window.left_tabs.setCurrentWidget(self.window.library_pane)
        self.window.library_pane.filter.setFocus()
