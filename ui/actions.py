"""The window's menus and toolbar: every action with its shortcut, built once.

``WindowActions(window)`` adds the File, Edit, View and Help menus and the main toolbar
to ``window`` and sets the actions the rest of the UI uses as its attributes
(``import_files_action``, ``undo_action``, ``redo_action``, ``edit_table_action``,
``prev_action``, ``next_action``, ``page_spin`` …).
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSpinBox, QToolBar


def _action(window, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


class WindowActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._build(window)

    def _build(self, window) -> None:
        self._menus(window)
        self._toolbar(window)

    def _menus(self, window) -> None:
        editing, page = window.editing, window.source_pane.page_view
        window.import_files_action = _action(window, self.tr("&Import Files…"), window.dialogs.choose_files, QKeySequence.StandardKey.Open)
        window.import_folder_action = _action(window, self.tr("Import &Folder…"), window.dialogs.choose_folder, "Ctrl+Shift+O")
        window.export_action = _action(window, self.tr("&Export…"), window.exporting.export, "Ctrl+E")
        window.archive_action = _action(window, self.tr("Annual &Archive…"), window.exporting.archive, "Ctrl+Shift+E")
        file_menu = window.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(window.import_files_action)
        file_menu.addAction(window.import_folder_action)
        recent_menu = file_menu.addMenu(self.tr("Recent Files"))
        recent_menu.aboutToShow.connect(lambda: window.dialogs.fill_recent(recent_menu))
        file_menu.addAction(window.export_action)
        file_menu.addAction(window.archive_action)
        file_menu.addSeparator()
        file_menu.addAction(_action(window, self.tr("Open &Store…"), window.dialogs.choose_store, "Ctrl+Shift+D"))
        file_menu.addSeparator()
        file_menu.addAction(_action(window, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit))

        edit_menu = window.menuBar().addMenu(self.tr("&Edit"))
        window.undo_action = window.undo_stack.createUndoAction(window, self.tr("&Undo"))
        window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        window.redo_action = window.undo_stack.createRedoAction(window, self.tr("&Redo"))
        window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(window.undo_action)
        edit_menu.addAction(window.redo_action)
        edit_menu.addSeparator()
        window.edit_table_action = _action(window, self.tr("Edit &Table…"), editing.edit_table, "Ctrl+T")
        edit_menu.addAction(window.edit_table_action)
        for level in (1, 2, 3, 4):
            edit_menu.addAction(_action(window, self.tr("Mark as Heading Level {0}").format(level),
                                        lambda _=False, level=level: editing.mark_element("heading", level), f"Alt+{level}"))
        edit_menu.addAction(_action(window, self.tr("Mark as Paragraph"), lambda: editing.mark_element("body", None), "Alt+0"))
        edit_menu.addSeparator()
        edit_menu.addAction(_action(window, self.tr("Split Document Here"), editing.split_document, "Ctrl+Shift+K"))
        edit_menu.addAction(_action(window, self.tr("Join With Previous Document"), editing.join_with_previous, "Ctrl+Shift+J"))
        edit_menu.addSeparator()
        edit_menu.addAction(_action(window, self.tr("Tag Selected Documents…"), window.tagging.tag_selected,
                                    "Ctrl+Shift+T"))
        edit_menu.addAction(_action(window, self.tr("Take the Suggested Topic"), window.tagging.take_suggestion,
                                    "Ctrl+Shift+A"))
        edit_menu.addAction(_action(window, self.tr("Find in Library"), self._find_in_library, QKeySequence.StandardKey.Find))
        edit_menu.addAction(_action(window, self.tr("Search Everything…"), window.searching.focus, "Ctrl+K"))

        window.prev_action = _action(window, self.tr("Previous Page"), lambda: window.go_to_page(window.page_number() - 1), "PgUp")
        window.next_action = _action(window, self.tr("Next Page"), lambda: window.go_to_page(window.page_number() + 1), "PgDown")
        zoom_in = _action(window, self.tr("Zoom In"), page.zoom_in, QKeySequence.StandardKey.ZoomIn)
        zoom_out = _action(window, self.tr("Zoom Out"), page.zoom_out, QKeySequence.StandardKey.ZoomOut)
        fit = _action(window, self.tr("Fit Width"), page.fit_width, "Ctrl+0")
        next_doc = _action(window, self.tr("Next Document"), lambda: window.navigation.step_document(1), "Ctrl+PgDown")
        prev_doc = _action(window, self.tr("Previous Document"), lambda: window.navigation.step_document(-1), "Ctrl+PgUp")
        next_pane = _action(window, self.tr("Next Pane"), window.navigation.focus_next_pane, "F6")
        view_menu = window.menuBar().addMenu(self.tr("&View"))
        for action in (window.prev_action, window.next_action, prev_doc, next_doc, zoom_in, zoom_out, fit, next_pane):
            view_menu.addAction(action)
        window.zoom_actions = (zoom_out, zoom_in, fit)

        proofing = window.proofreading
        proof_menu = window.menuBar().addMenu(self.tr("&Proofread"))
        window.proof_action = _action(window, self.tr("Proofread This Source"), proofing.run, "F7")
        for action in (window.proof_action,
                       _action(window, self.tr("Next Finding"), lambda: proofing.step(1), "F8"),
                       _action(window, self.tr("Previous Finding"), lambda: proofing.step(-1), "Shift+F8")):
            proof_menu.addAction(action)
        proof_menu.addSeparator()  # these work in the findings list (their keys there)
        for action in (window.proof_pane.accept_action, window.proof_pane.edit_action, window.proof_pane.ignore_action,
                       window.proof_pane.never_again_action):
            proof_menu.addAction(action)
        proof_menu.addSeparator()
        proof_menu.addAction(_action(window, self.tr("Export Proof Sheet…"), proofing.export_sheet))

        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(_action(window, self.tr("Keyboard Shortcuts"), window.show_shortcuts, "F1"))
        help_menu.addAction(_action(window, self.tr("About Bulletin Workbench"), window.show_about))

    def _find_in_library(self) -> None:
        window = self.parent()
        window.left_tabs.setCurrentWidget(window.library_pane)
        window.library_filter.setFocus()

    def _toolbar(self, window) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(window.import_files_action)
        toolbar.addSeparator()
        for action in (window.undo_action, window.redo_action, window.edit_table_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(window.prev_action)
        window.page_spin = QSpinBox()
        window.page_spin.setMinimum(1)
        window.page_spin.setPrefix(self.tr("Page "))
        window.page_spin.valueChanged.connect(window.go_to_page)
        toolbar.addWidget(window.page_spin)
        toolbar.addAction(window.next_action)
        toolbar.addSeparator()
        for action in window.zoom_actions:
            toolbar.addAction(action)
        window.addToolBar(toolbar)
