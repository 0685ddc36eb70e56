"""Search in the window: queries run off the UI thread, the hits follow edits, a hit opens where it is.

``Searching(window, pane)`` runs each query the pane asks as a read operation (a later query
makes an earlier one's answer stale: it is dropped), asks again when an edit may change what
matches, keeps the filters' choices to what the library holds, and opens a hit: its source and
document shown, the element (or table) holding it selected, the hit marked on the page.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ui.controllers.parts import SearchingWindow
from ui.panes.search_pane import SearchPane
from workbench.changes import Changes
from workbench.store.search import Found, Hit, Query, locate


class Searching(QObject):
    def __init__(self, window: SearchingWindow, pane: SearchPane):
        super().__init__(window.as_widget())
        self.window, self.pane = window, pane
        self.asked = 0  # serial of the last query sent
        self.query = Query()  # the query whose hits are listed
        self._pending: tuple[Hit, Query] | None = None  # a hit to reveal once its source is shown
        self._choices_stale = True  # the filters' lists lag behind the library until the pane is shown
        pane.query_changed.connect(self.run)
        pane.opened.connect(self.open)
        window.changed.connect(self._on_changed)
        window.library_shown.connect(self._choices_changed)
        window.left_tabs.currentChanged.connect(lambda _index: self._refresh_choices())
        window.source_shown.connect(lambda _source_id: self._reveal())

    def focus(self) -> None:
        """Ctrl+K: the search tab, its query selected for typing over."""
        self.window.left_tabs.setCurrentWidget(self.pane)
        self.pane.focus_query()

    def run(self, query: Query) -> None:
        self.asked += 1
        serial = self.asked
        if not (query.text or query.filters):
            self.query = query
            self.pane.show_found(None)
            return
        self.window.runner.read(lambda store, ctx: store.search(query), lambda found: self._show(serial, query, found),
                                self.tr("Searching"))

    def _show(self, serial: int, query: Query, found: Found) -> None:
        if serial != self.asked:
            return  # a later query is on its way
        self.query = query
        self.pane.show_found(found)

    def open(self, hit: Hit) -> None:
        """Show the hit's document (clearing the library filter if it hides it) and mark the hit."""
        library = self.window.library_pane
        if not library.model.document_index(hit.source_id, hit.key).isValid() and library.filter.text():
            library.filter.clear()  # refilters at once
        if not library.model.document_index(hit.source_id, hit.key).isValid():
            self.window.status.message.setText(self.tr("This document is no longer in the store."))
            return
        self._pending = (hit, self.query)
        current = self.window.current_source
        library.select_document(hit.source_id, hit.key)
        if current is not None and current.id == hit.source_id:
            self._reveal()

    def _reveal(self) -> None:
        if self._pending is None:
            return
        hit, query = self._pending
        current = self.window.current_source
        if current is None or current.id != hit.source_id or hit.key not in self.window.structure_pane.keys:
            return
        self._pending = None
        doc = self.window.documents[self.window.structure_pane.keys.index(hit.key)]
        place = locate(doc, query) if query.text else None
        if place is None:
            self.window.navigation.reveal(hit.key, None, None, None, None)
        else:
            self.window.navigation.reveal(hit.key, place.element, place.cell, place.page, place.bbox)

    def _on_changed(self, changes: Changes, _initiator) -> None:
        """An edit may change what matches: ask again (after the same pause as typing)."""
        if changes.library or changes.tags:
            self._choices_changed()
        if (changes.library or changes.text or changes.tags or changes.structure) and self.pane.has_query():
            self.pane.typing.start()

    def _choices_changed(self) -> None:
        self._choices_stale = True
        self._refresh_choices()

    def _refresh_choices(self) -> None:
        """Fill the filters from the library's rows, only while the search pane is shown (an edit elsewhere
        does not pay for walking every document)."""
        if not self._choices_stale or self.window.left_tabs.currentWidget() is not self.pane:
            return
        self._choices_stale = False
        model = self.window.library_pane.model
        self.pane.set_choices(model.source_rows(), model.all_documents())
