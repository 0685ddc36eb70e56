"""The window's menus and toolbar, declared as one table: each action's name, label, keys, slot and menu.

``WindowActions(window)`` builds the File, Edit, View, Proofread and Help menus and the main toolbar from
``ACTIONS`` (a ``None`` name is a separator); ``actions[name]`` is the ``QAction`` of a name (``undo``,
``edit_table``, ``proof`` …) and ``page_spin`` the toolbar's page box. Menus built from other parts
(Recent Files, the findings list's own actions) are named in the table by a ``*`` slot.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSpinBox, QToolBar

Keys = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    name: str | None  # None: a separator
    label: object = ""  # the English source text (QT_TRANSLATE_NOOP), translated in the "WindowActions" context
    keys: Keys = None
    slot: Callable[[Any], Callable] | None = None  # window → what the action runs
    menu: str = ""


def _heading(level: int) -> ActionSpec:
    return ActionSpec(f"heading_{level}", "", f"Alt+{level}",
                      lambda w: lambda _=False: w.editing.mark_element("heading", level), "edit")


MENUS = (("file", QT_TRANSLATE_NOOP("WindowActions", "&File")), ("edit", QT_TRANSLATE_NOOP("WindowActions", "&Edit")), ("view", QT_TRANSLATE_NOOP("WindowActions", "&View")), ("proof", QT_TRANSLATE_NOOP("WindowActions", "&Proofread")),
         ("help", QT_TRANSLATE_NOOP("WindowActions", "&Help")))

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("import_files", QT_TRANSLATE_NOOP("WindowActions", "&Import Files…"), QKeySequence.StandardKey.Open, lambda w: w.dialogs.choose_files, "file"),
    ActionSpec("import_folder", QT_TRANSLATE_NOOP("WindowActions", "Import &Folder…"), "Ctrl+Shift+O", lambda w: w.dialogs.choose_folder, "file"),
    ActionSpec("import_cluster", QT_TRANSLATE_NOOP("WindowActions", "Import Folder on a &Cluster…"), None,
               lambda w: lambda: w.importing.import_on_cluster(), "file"),
    ActionSpec("*recent", menu="file"),
    ActionSpec("export", QT_TRANSLATE_NOOP("WindowActions", "&Export…"), "Ctrl+E", lambda w: w.exporting.export, "file"),
    ActionSpec("archive", QT_TRANSLATE_NOOP("WindowActions", "Annual &Archive…"), "Ctrl+Shift+E", lambda w: w.exporting.archive, "file"),
    ActionSpec("audit", QT_TRANSLATE_NOOP("WindowActions", "Check an Archive Package (四性检测)…"), None,
               lambda w: lambda: w.exporting.audit(), "file"),
    ActionSpec(None, menu="file"),
    ActionSpec("open_store", QT_TRANSLATE_NOOP("WindowActions", "Open &Store…"), "Ctrl+Shift+D", lambda w: w.dialogs.choose_store, "file"),
    ActionSpec(None, menu="file"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("WindowActions", "&Quit"), QKeySequence.StandardKey.Quit, lambda w: w.close, "file"),
    ActionSpec("*undo", menu="edit"),
    ActionSpec(None, menu="edit"),
    ActionSpec("edit_table", QT_TRANSLATE_NOOP("WindowActions", "Edit &Table…"), "Ctrl+T", lambda w: w.editing.edit_table, "edit"),
    _heading(1), _heading(2), _heading(3), _heading(4),
    ActionSpec("paragraph", QT_TRANSLATE_NOOP("WindowActions", "Mark as Paragraph"), "Alt+0", lambda w: lambda: w.editing.mark_element("body", None),
               "edit"),
    ActionSpec(None, menu="edit"),
    ActionSpec("split", QT_TRANSLATE_NOOP("WindowActions", "Split Document Here"), "Ctrl+Shift+K", lambda w: w.editing.split_document, "edit"),
    ActionSpec("join", QT_TRANSLATE_NOOP("WindowActions", "Join With Previous Document"), "Ctrl+Shift+J", lambda w: w.editing.join_with_previous, "edit"),
    ActionSpec(None, menu="edit"),
    ActionSpec("tag", QT_TRANSLATE_NOOP("WindowActions", "Tag Selected Documents…"), "Ctrl+Shift+T", lambda w: w.tagging.tag_selected, "edit"),
    ActionSpec("take_topic", QT_TRANSLATE_NOOP("WindowActions", "Take the Suggested Topic"), "Ctrl+Shift+A", lambda w: w.tagging.take_suggestion, "edit"),
    ActionSpec("find", QT_TRANSLATE_NOOP("WindowActions", "Find in Library"), QKeySequence.StandardKey.Find, lambda w: w.navigation.find_in_library, "edit"),
    ActionSpec("search", QT_TRANSLATE_NOOP("WindowActions", "Search Everything…"), "Ctrl+K", lambda w: w.searching.focus, "edit"),
    ActionSpec("prev_page", QT_TRANSLATE_NOOP("WindowActions", "Previous Page"), "PgUp", lambda w: lambda: w.go_to_page(w.page_number() - 1), "view"),
    ActionSpec("next_page", QT_TRANSLATE_NOOP("WindowActions", "Next Page"), "PgDown", lambda w: lambda: w.go_to_page(w.page_number() + 1), "view"),
    ActionSpec("prev_document", QT_TRANSLATE_NOOP("WindowActions", "Previous Document"), "Ctrl+PgUp", lambda w: lambda: w.navigation.step_document(-1),
               "view"),
    ActionSpec("next_document", QT_TRANSLATE_NOOP("WindowActions", "Next Document"), "Ctrl+PgDown", lambda w: lambda: w.navigation.step_document(1),
               "view"),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("WindowActions", "Zoom In"), QKeySequence.StandardKey.ZoomIn, lambda w: w.source_pane.page_view.zoom_in, "view"),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("WindowActions", "Zoom Out"), QKeySequence.StandardKey.ZoomOut, lambda w: w.source_pane.page_view.zoom_out,
               "view"),
    ActionSpec("fit", QT_TRANSLATE_NOOP("WindowActions", "Fit Width"), "Ctrl+0", lambda w: w.source_pane.page_view.fit_width, "view"),
    ActionSpec("next_pane", QT_TRANSLATE_NOOP("WindowActions", "Next Pane"), "F6", lambda w: w.navigation.focus_next_pane, "view"),
    ActionSpec("proof", QT_TRANSLATE_NOOP("WindowActions", "Proofread This Source"), "F7", lambda w: w.proofreading.run, "proof"),
    ActionSpec("next_finding", QT_TRANSLATE_NOOP("WindowActions", "Next Finding"), "F8", lambda w: lambda: w.proofreading.step(1), "proof"),
    ActionSpec("prev_finding", QT_TRANSLATE_NOOP("WindowActions", "Previous Finding"), "Shift+F8", lambda w: lambda: w.proofreading.step(-1), "proof"),
    ActionSpec(None, menu="proof"),
    ActionSpec("*findings", menu="proof"),  # these work in the findings list (their keys there)
    ActionSpec(None, menu="proof"),
    ActionSpec("proof_sheet", QT_TRANSLATE_NOOP("WindowActions", "Export Proof Sheet…"), None, lambda w: w.proofreading.export_sheet, "proof"),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("WindowActions", "Keyboard Shortcuts"), "F1", lambda w: w.show_shortcuts, "help"),
    ActionSpec("about", QT_TRANSLATE_NOOP("WindowActions", "About Bulletin Workbench"), None, lambda w: w.show_about, "help"),
)

TOOLBAR = ("import_files", None, "undo", "redo", "edit_table", None, "prev_page", "*page", "next_page", None,
           "zoom_out", "zoom_in", "fit")


class WindowActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.page_spin = QSpinBox()
        menus = {key: window.menuBar().addMenu(self._tr(label)) for key, label in MENUS}
        for spec in ACTIONS:
            self._add(spec, menus[spec.menu])
        self._toolbar()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    @staticmethod
    def _tr(text: object) -> str:
        return QCoreApplication.translate("WindowActions", str(text))

    def _add(self, spec: ActionSpec, menu: QMenu) -> None:
        window = self.window
        if spec.name is None:
            menu.addSeparator()
        elif spec.name == "*recent":
            recent = menu.addMenu(self.tr("Recent Files"))
            recent.aboutToShow.connect(lambda: window.dialogs.fill_recent(recent))
        elif spec.name == "*undo":
            self.actions["undo"] = window.undo_stack.createUndoAction(window, self.tr("&Undo"))
            self.actions["undo"].setShortcut(QKeySequence.StandardKey.Undo)
            self.actions["redo"] = window.undo_stack.createRedoAction(window, self.tr("&Redo"))
            self.actions["redo"].setShortcut(QKeySequence.StandardKey.Redo)
            menu.addActions([self.actions["undo"], self.actions["redo"]])
        elif spec.name == "*findings":
            pane = window.proof_pane
            menu.addActions([pane.accept_action, pane.edit_action, pane.ignore_action, pane.never_again_action])
        else:
            label = self.tr("Mark as Heading Level {0}").format(spec.name[-1]) if spec.name.startswith("heading_") \
                else self._tr(spec.label)
            action = QAction(label, window)
            assert spec.slot is not None
            action.triggered.connect(spec.slot(window))
            if spec.keys is not None:
                action.setShortcut(QKeySequence(spec.keys))
            self.actions[spec.name] = action
            menu.addAction(action)

    def _toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        for name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
            elif name == "*page":
                self.page_spin.setMinimum(1)
                self.page_spin.setPrefix(self.tr("Page "))
                self.page_spin.valueChanged.connect(self.window.go_to_page)
                toolbar.addWidget(self.page_spin)
            else:
                toolbar.addAction(self.actions[name])
        self.window.addToolBar(toolbar)
