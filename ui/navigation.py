"""Moving about the window from the keyboard and the mouse: next document, next pane, a click on the page.

``Navigation(window)`` selects in the structure pane what a person points at; it holds no state.
"""
from __future__ import annotations

from PySide6.QtCore import QObject


class Navigation(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def select_at(self, x: float, y: float) -> None:
        """Select the smallest element or table whose box on the page shown holds (x, y)."""
        hits = [(index, node) for index, node in self.window.structure_model.nodes_on_page(self.window.page_number())
                if node.bbox[0] <= x <= node.bbox[2] and node.bbox[1] <= y <= node.bbox[3]]
        if hits:
            def area(hit):
                return (hit[1].bbox[2] - hit[1].bbox[0]) * (hit[1].bbox[3] - hit[1].bbox[1])
            self.window.structure_pane.select(min(hits, key=area)[0])

    def step_document(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) document of the source."""
        if not self.window.documents:
            return
        node = self.window.current_node
        current = node.doc if node and node.doc is not None else -step
        self.window.structure_pane.select_document(max(0, min(len(self.window.documents) - 1, current + step)))
        self.window.structure.setFocus()

    def focus_next_pane(self) -> None:
        """Move the keyboard focus: library → thumbnails → page → structure → fields → library."""
        w = self.window
        panes = [w.library, w.thumbnails, w.page_view.graphics, w.structure, w.form.editors["doc_number"]]
        focused = next((i for i, pane in enumerate(panes) if pane.hasFocus() or pane.isAncestorOf(w.focusWidget())), -1)
        panes[(focused + 1) % len(panes)].setFocus()
