"""The main window: library on the left, the source page in the middle, its structure on the right.

The window only wires: it builds the panes, the actions (``ui.actions``), the edits
(``ui.controllers.editing``) and the operation runner with its status widget, and passes every
``changed(changes, initiator)`` — from an edit, its undo, or an import — to the panes,
each of which decides what to redraw. Reads of the store (the library, a source's
structure) and long work (import, re-extract, export) run as operations off the UI thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPlainTextEdit, QSplitter, QTabWidget

from ui.actions import WindowActions
from ui.controllers.editing import Editing
from ui.controllers.exporting import Exporting
from ui.controllers.importing import Importing
from ui.controllers.navigation import Navigation
from ui.controllers.proofreading import Proofreading
from ui.controllers.searching import Searching
from ui.controllers.showing import Showing
from ui.controllers.tagging import Tagging
from ui.dialogs.about import AboutDialog
from ui.dialogs.file_dialogs import FileDialogs
from ui.dialogs.shortcuts import ShortcutsPanel
from ui.operations import Operation, OperationRunner
from ui.ops import reads
from ui.panes.library import LibraryPane
from ui.panes.proof_pane import ProofPane
from ui.panes.search_pane import SearchPane
from ui.panes.source_pane import SourcePane
from ui.panes.structure import StructurePane
from ui.panes.tag_pane import TagPane
from ui.settings import Settings
from ui.status import OperationStatus
from ui.store_watch import StoreWatch


class MainWindow(QMainWindow):
    store_requested = Signal(str)  # the person chose another store to work on
    changed = Signal(object, object)  # (Changes, initiator): what a write changed
    library_shown = Signal()  # the library's rows are in (after each reload)
    source_shown = Signal(int)  # a source's pages and structure are shown (its id)
    proof_pane: ProofPane
    search_pane: SearchPane

    def __init__(self, store_path: Path, settings: QSettings | None = None):
        super().__init__()
        self.store_path = Path(store_path)
        self.runner = OperationRunner(self.store_path, self)
        self.runner.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Bulletin Workbench"), message))
        self.settings = Settings(settings)
        self.settings.apply_limits()
        self.undo_stack = QUndoStack(self)
        self.editing = Editing(self)
        self.dialogs = FileDialogs(self)
        self.navigation = Navigation(self)
        self.setWindowTitle(self.tr("Bulletin Workbench") + f" — {self.store_path.name}")
        self.setAcceptDrops(True)
        self._build_panes()
        self.proofreading = Proofreading(self, self.proof_pane)
        self.tagging = Tagging(self)
        self.searching = Searching(self, self.search_pane)
        self.exporting = Exporting(self)
        self.actions_ = WindowActions(self)
        self.showing = Showing(self)
        self.importing = Importing(self)
        self.store_watch = StoreWatch(self)
        self.status = OperationStatus(self.runner)
        self.statusBar().addWidget(self.status, 1)
        self.settings.set("store/last", str(self.store_path))
        self.restoreGeometry(self.settings.get("window/geometry"))
        self.restoreState(self.settings.get("window/state"))
        self.reload_library()

    def as_widget(self) -> QMainWindow:
        """The widget the controllers' dialogs and messages open over."""
        return self

    @property
    def store(self):
        """The UI thread's store (short reads and one-transaction edits)."""
        return self.runner.store

    def _build_panes(self) -> None:
        self.library_pane = LibraryPane()
        self.library, self.library_filter, self.library_model = (self.library_pane.view, self.library_pane.filter,
                                                                 self.library_pane.model)
        self.source_pane = SourcePane()
        self.source_pane.page_chosen.connect(self.go_to_page)
        self.source_pane.clicked.connect(lambda x, y: self.navigation.select_at(x, y))
        self.page_view, self.thumbnails = self.source_pane.page_view, self.source_pane.thumbnails
        self.structure_pane = StructurePane()
        self.structure, self.structure_model, self.form = (self.structure_pane.tree, self.structure_pane.model,
                                                           self.structure_pane.form)
        self.structure_pane.field_edited.connect(self.editing.correct_field)
        self.structure.doubleClicked.connect(lambda _index: self.editing.edit_table())
        self.page_text = QPlainTextEdit()
        self.page_text.setObjectName("pageText")
        self.page_text.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.structure_pane, self.tr("Structure"))
        self.tabs.addTab(self.page_text, self.tr("Page Text"))
        self.proof_pane = ProofPane()
        self.tabs.addTab(self.proof_pane, self.tr("Proof"))
        self.tag_pane = TagPane()
        self.tabs.addTab(self.tag_pane, self.tr("Tags"))
        self.search_pane = SearchPane()
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.library_pane, self.tr("Library"))
        self.left_tabs.addTab(self.search_pane, self.tr("Search"))
        self.splitter = QSplitter()
        for widget in (self.left_tabs, self.source_pane, self.tabs):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([320, 700, 420])
        self.setCentralWidget(self.splitter)

    # ---- what the panes show -------------------------------------------------
    @property
    def current_source(self):
        return self.source_pane.source

    @property
    def current_node(self):
        return self.structure_pane.current

    @property
    def documents(self):
        return self.structure_pane.documents

    def reload_library(self) -> Operation:
        """Read every library row off the UI thread; the first source opens on a first start."""
        def shown(read: reads.LibraryRead) -> None:
            self.library_pane.set_rows(read.sources, read.documents)
            if self.current_source is None and read.sources:
                self.navigation.open_first()
            self.library_shown.emit()
        return self.runner.read(reads.library(), shown, self.tr("Reading the library"))

    def edit_table(self):
        return self.editing.edit_table()

    def go_to_page(self, number: int) -> None:
        self.showing.go_to_page(number)

    def page_number(self) -> int:
        return self.showing.page_number()

    def import_paths(self, paths: list[str]) -> Operation:
        """Import files and folders in a worker (``Importing``)."""
        return self.importing.import_paths(paths)

    # ---- long work ------------------------------------------------------------
    def busy(self) -> bool:
        """Whether any operation is running (or its result is still being handled)."""
        return bool(self.runner.running())

    def show_about(self) -> AboutDialog:
        """Help → About: version, licence, the store's and the log's paths, third-party components."""
        dialog = AboutDialog(self)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> ShortcutsPanel:
        """The help panel listing every shortcut."""
        panel = ShortcutsPanel(self)
        panel.show()
        return panel

    # ---- drag and drop, closing ----------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and not self.runner.running(write_only=True):
            self.import_paths(paths)

    def closeEvent(self, event) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.runner.close()
        super().closeEvent(event)
