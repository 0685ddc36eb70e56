"""Tagging in the window: topic suggestions for the document shown, tag completion from the store.

``Tagging(window)`` asks for suggestions (a read operation) when the clerk comes to the form's
主题分类 field and hands them to the form; after every library reload and every tag change it gives the form
the tags in use for completion; ``tag_selected`` tags the documents selected in the library.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ui.controllers.parts import TaggingWindow
from ui.dialogs.tag_dialog import TagDialog
from ui.ops import tags
from workbench.changes import Changes
from workbench.edit import corrections
from workbench.store import DocumentRow
from workbench.tags.scheme import class_names, load_scheme


class Tagging(QObject):
    def __init__(self, window: TaggingWindow):
        super().__init__(window.as_widget())
        self.window = window
        self._shown: tuple[int, str] | None = None
        self._asked: tuple[int, str] | None = None  # the document suggestions were last asked for
        window.structure_pane.form.suggestions_wanted.connect(self.ask)
        window.structure_pane.node_selected.connect(self._on_node)
        window.library_shown.connect(self._refresh_words)
        window.tag_pane.chosen.connect(window.library_pane.filter.setText)
        window.changed.connect(self._on_changed)

    def _on_node(self, node) -> None:
        pane = self.window.structure_pane
        if node is None or node.doc is None or pane.source_id is None or node.key is None:
            return
        shown = (pane.source_id, node.key)
        if shown == self._shown:
            return
        self._shown = shown
        self._asked = None
        self.window.structure_pane.form.show_suggestions([])  # those of the document shown before do not apply

    def ask(self) -> None:
        """Suggestions for the document shown (once per document): when the clerk comes to the 主题分类 field.
        Not on every document passed by — the first suggestion of a session loads jieba's tables, seconds
        of work that would slow the window down if it ran while a person types elsewhere."""
        if self._asked == self._shown:
            return
        self._asked = self._shown
        pane, shown = self.window.structure_pane, self._shown
        node = pane.current
        doc = pane.document(node) if node is not None else None
        if shown is None or node is None or doc is None or (pane.source_id, node.key) != shown:
            return
        self.window.runner.read(tags.suggestions(doc), lambda found: self._suggested(shown, found),
                                self.tr("Suggesting topics"))

    def take_suggestion(self) -> None:
        """Ctrl+Shift+A, wherever the focus is: the document shown takes its first suggested class (asked for
        first when there is none yet), or the status bar says why not."""
        node = self.window.structure_pane.current
        if node is None or node.doc is None:
            self.window.status.message.setText(self.tr("Choose a document first: its class is suggested from its text."))
            return
        self.window.structure_pane.form.accept_first_suggestion()

    def _suggested(self, shown: tuple[int, str], suggestion) -> None:
        if shown == self._shown:  # still the document shown
            self.window.structure_pane.form.show_suggestions(suggestion.topics)

    def _on_changed(self, changes: Changes, _initiator) -> None:
        if changes.tags:
            QTimer.singleShot(0, self._after_tagging)  # once the library and the structure have the new rows

    def _after_tagging(self) -> None:
        """The clerk's classes changed: new counts and completion, and suggestions that learn from them."""
        self._refresh_words()
        if self.window.structure_pane.form.suggested:  # suggestions were shown: they learn from the new classes
            self._asked = None
            self.ask()

    def tag_selected(self) -> None:
        """Ctrl+Shift+T: one class and some tags for every document selected in the library (one undo step)."""
        documents = self.window.library_pane.selected_documents()
        if not documents:
            return
        words = sorted({tag for tags_ in self.window.store.tags().values() for tag in tags_})
        dialog = TagDialog(len(documents), class_names(load_scheme()), words, self.window)
        if dialog.exec():
            self.apply(documents, dialog.topic(), dialog.tags())

    def apply(self, documents: list[DocumentRow], topic: str | None, added: list[str]) -> None:
        """Give ``documents`` the class ``topic`` (None: unchanged) and add ``added`` to their tags."""
        stack = self.window.undo_stack
        stack.beginMacro(self.tr("Tag {0} documents").format(len(documents)))
        for doc in documents:
            if topic is not None and doc.topic != topic:
                self.window.editing.push(corrections.edit_field(doc.source_id, doc.key, "topic", topic))
            if added and not set(added) <= set(doc.tags):
                self.window.editing.push(corrections.edit_field(doc.source_id, doc.key, "tags",
                                                                sorted(set(doc.tags) | set(added)), base=doc.tags))
        stack.endMacro()

    def _refresh_words(self) -> None:
        """Completion words for the form and the counts of the tag pane, from the library's rows."""
        rows = self.window.library_pane.model.all_documents()
        self.window.structure_pane.form.set_tag_words(sorted({tag for row in rows for tag in row.tags}))
        self.window.tag_pane.show_counts(rows)
