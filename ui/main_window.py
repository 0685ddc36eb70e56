"""The main window: library on the left, the source page in the middle, its structure on the right.

The window only wires: it builds the panes, the actions (``ui.actions``), the edits
(``ui.editing``) and the operation runner with its status widget, and passes every
``changed(changes, initiator)`` — from an edit, its undo, or an import — to the panes,
each of which decides what to redraw. Reads of the store (the library, a source's
structure) and long work (import, re-extract, export) run as operations off the UI thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPlainTextEdit, QSpinBox, QSplitter, QTabWidget

from ui.about import AboutDialog
from ui.actions import WindowActions
from ui.editing import Editing
from ui.exporting import Exporting
from ui.file_dialogs import FileDialogs
from ui.library import DOCUMENT_ROLE, SOURCE_ROLE, LibraryPane
from ui.memory import settle_memory
from ui.navigation import Navigation
from ui.operations import Operation, OperationRunner
from ui.ops import imports, reads
from ui.proof_pane import ProofPane
from ui.proofreading import Proofreading
from ui.search_pane import SearchPane
from ui.searching import Searching
from ui.settings import Settings
from ui.shortcuts import ShortcutsPanel
from ui.source_pane import SourcePane
from ui.status import OperationStatus
from ui.store_watch import StoreWatch
from ui.structure import StructurePane
from ui.tag_pane import TagPane
from ui.tagging import Tagging
from workbench.changes import Changes
from workbench.ingest.ocr import doubtful_characters
from workbench.pipeline import ImportReport


class MainWindow(QMainWindow):
    store_requested = Signal(str)  # the person chose another store to work on
    changed = Signal(object, object)  # (Changes, initiator): what a write changed
    library_shown = Signal()  # the library's rows are in (after each reload)
    source_shown = Signal(int)  # a source's pages and structure are shown (its id)
    page_spin: QSpinBox  # these two and the other actions are set by WindowActions
    edit_table_action: QAction

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
        self.store_watch = StoreWatch(self)
        self.status = OperationStatus(self.runner)
        self.statusBar().addWidget(self.status, 1)
        self.changed.connect(self._on_changed)
        self.settings.set("store/last", str(self.store_path))
        self.restoreGeometry(self.settings.get("window/geometry"))
        self.restoreState(self.settings.get("window/state"))
        self.reload_library()

    @property
    def store(self):
        """The UI thread's store (short reads and one-transaction edits)."""
        return self.runner.store

    def _build_panes(self) -> None:
        self.library_pane = LibraryPane()
        self.library, self.library_filter, self.library_model = (self.library_pane.view, self.library_pane.filter,
                                                                 self.library_pane.model)
        self.library.selectionModel().currentChanged.connect(self._on_library_current)
        self.source_pane = SourcePane()
        self.source_pane.page_chosen.connect(self.go_to_page)
        self.source_pane.clicked.connect(lambda x, y: self.navigation.select_at(x, y))
        self.page_view, self.thumbnails = self.source_pane.page_view, self.source_pane.thumbnails
        self.structure_pane = StructurePane()
        self.structure, self.structure_model, self.form = (self.structure_pane.tree, self.structure_pane.model,
                                                           self.structure_pane.form)
        self.structure_pane.node_selected.connect(self._on_node)
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

    def _on_library_current(self, current, _previous) -> None:
        source, document = current.data(SOURCE_ROLE), current.data(DOCUMENT_ROLE)
        if source is None:
            return
        if self.current_source is not None and self.current_source.id == source.id:
            self._show_document(document)
        else:
            self.runner.read(reads.source_view(source.id), lambda read: self._show_source(read, document),
                             self.tr("Opening {0}").format(Path(source.path).name))

    def _show_source(self, read: reads.SourceRead | None, document=None) -> None:
        if read is None:
            return
        self.source_pane.show_source(read.source, read.page_texts, read.seals)
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, read.source.pages))
        self.page_spin.blockSignals(False)
        self.structure_pane.show_source(read.source.id, read.issue, read.keyed, read.unassigned)
        self.proofreading.show_source(read.source)
        self._show_document(document)
        self.source_shown.emit(read.source.id)

    def _show_document(self, document) -> None:
        if document is not None and document.key in self.structure_pane.keys:
            self.structure_pane.select_document(self.structure_pane.keys.index(document.key))
        elif self.structure_pane.current is None:
            self.go_to_page(1)

    def _on_changed(self, changes: Changes, _initiator) -> None:
        """Each pane takes what concerns it: library rows in place, the structure of the source shown."""
        source = self.current_source
        if changes.library:
            for row in self.store.source_rows(sorted(changes.sources)):
                self.library_pane.update_source(row, self.store.library_rows([row.id]))
        if source is not None and source.id in changes.sources:
            self._show_source(reads.read_source(self.store, source.id))

    def _on_node(self, node) -> None:
        self.edit_table_action.setEnabled(node.kind == "table")
        self.navigation.remember(node)
        page = node.page or self.page_number()
        if page != self.page_number() or self.source_pane.number != page:
            self.go_to_page(page)
        self.source_pane.highlight(node)

    def page_number(self) -> int:
        return self.page_spin.value()

    def go_to_page(self, number: int) -> None:
        source = self.current_source
        if source is None:
            return
        number = max(1, min(number, source.pages))
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(number)
        self.page_spin.blockSignals(False)
        self.page_text.setPlainText(self.source_pane.page_text(number))
        boxes = [node.bbox for _, node in self.structure_model.nodes_on_page(number)]
        recognised = self.store.ocr_page(source.id, number) if self.source_pane.shows_images() else None
        doubts = doubtful_characters(recognised) if recognised else []
        self.source_pane.go_to_page(number, boxes, doubts)
        if recognised:
            self.status.message.setText(self.tr("{0} characters OCR was unsure of on this page").format(len(doubts)))

    def edit_table(self):
        return self.editing.edit_table()

    # ---- long work ------------------------------------------------------------
    def busy(self) -> bool:
        """Whether any operation is running (or its result is still being handled)."""
        return bool(self.runner.running())

    def import_paths(self, paths: list[str]) -> Operation:
        """Import files and folders in a worker; the panes follow the sources it wrote."""
        self.settings.remember_files(paths)
        return self.runner.write(imports.import_paths(paths), self._on_imported, self.tr("Importing"))

    def _on_imported(self, report: ImportReport) -> None:
        settle_memory()  # what the import left alive stays out of later full collections
        self.reload_library()
        if self.current_source is not None and self.current_source.id in report.source_ids:
            self.runner.read(reads.source_view(self.current_source.id), self._show_source)
        summary = self.tr("Imported {0} new, {1} updated, {2} failed").format(
            len(report.imported), len(report.updated), len(report.failed))
        added = [Path(path).name for path in report.imported + report.updated]
        summary += ("：" + "、".join(added[:3]) + ("…" if len(added) > 3 else "")) if added else ""
        if report.cancelled:
            summary = self.tr("Import cancelled.") + " " + summary
        notes = [self.tr("{0}: no document was found in it").format(Path(path).name) for path in report.empty]
        line = "；".join([summary, *notes, *report.duplicates[:3]])
        self.library_shown.connect(lambda: self.navigation.show_imported(report.source_ids, line),
                                   Qt.ConnectionType.SingleShotConnection)  # once the library holds them
        problems = [message for _, message in report.failed]
        if problems:  # a dialog only for what failed (no document found, documents held already: the status line)
            problems += notes + report.duplicates
            QMessageBox.warning(self, self.tr("Import"), summary + "\n\n" + "\n".join(problems))

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
