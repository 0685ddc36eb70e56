"""The main window: library on the left, the source page in the middle, its text on the right.

Import (files, a folder, or files dropped on the window) and export run as
``Operation``s with a progress bar and a Cancel button in the status bar; the
library refreshes from what they report. Window layout is remembered.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QMainWindow, QMessageBox, QPlainTextEdit, QProgressBar,
    QPushButton, QSpinBox, QSplitter, QToolBar, QTreeView,
)

from ui.library import DOCUMENT_ROLE, SOURCE_ROLE, LibraryModel
from ui.operations import Operation
from ui.page_view import PageView
from workbench.export.json import write_json
from workbench.pipeline import ImportReport, import_files
from workbench.store import Store

FILE_FILTER = "Bulletins (*.pdf *.docx *.txt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, store_path: Path, settings: QSettings | None = None):
        super().__init__()
        self.store_path = Path(store_path)
        self.store = Store(self.store_path)
        self.settings = settings or QSettings()
        self.operation: Operation | None = None
        self.current_source: dict | None = None
        self.setWindowTitle(self.tr("Bulletin Workbench") + f" — {self.store_path.name}")
        self.setAcceptDrops(True)
        self._build_views()
        self._build_actions()
        self._build_status()
        self.restoreGeometry(self.settings.value("window/geometry", b""))
        self.restoreState(self.settings.value("window/state", b""))
        self.refresh()

    # ---- construction -------------------------------------------------
    def _build_views(self) -> None:
        self.library_model = LibraryModel(self)
        self.library = QTreeView()
        self.library.setObjectName("library")
        self.library.setModel(self.library_model)
        self.library.setUniformRowHeights(True)
        self.library.selectionModel().currentChanged.connect(self._on_library_current)
        self.page_view = PageView()
        self.page_text = QPlainTextEdit()
        self.page_text.setObjectName("pageText")
        self.page_text.setReadOnly(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.library, self.page_view, self.page_text):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([300, 620, 380])
        self.setCentralWidget(self.splitter)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        self.import_files_action = self._action(self.tr("&Import Files…"), self.choose_files, QKeySequence.StandardKey.Open)
        self.import_folder_action = self._action(self.tr("Import &Folder…"), self.choose_folder, "Ctrl+Shift+O")
        self.export_action = self._action(self.tr("&Export JSON…"), self.choose_export, "Ctrl+E")
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.import_files_action, self.import_folder_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self.prev_action = self._action(self.tr("Previous Page"), lambda: self.go_to_page(self.page_number() - 1), "PgUp")
        self.next_action = self._action(self.tr("Next Page"), lambda: self.go_to_page(self.page_number() + 1), "PgDown")
        zoom_in = self._action(self.tr("Zoom In"), self.page_view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        zoom_out = self._action(self.tr("Zoom Out"), self.page_view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        fit = self._action(self.tr("Fit Width"), self.page_view.fit_width, "Ctrl+0")
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (self.prev_action, self.next_action, zoom_in, zoom_out, fit):
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Keyboard Shortcuts"), self.show_shortcuts, "F1"))

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(self.import_files_action)
        toolbar.addSeparator()
        toolbar.addAction(self.prev_action)
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.valueChanged.connect(self.go_to_page)
        toolbar.addWidget(self.page_spin)
        toolbar.addAction(self.next_action)
        toolbar.addSeparator()
        for action in (zoom_out, zoom_in, fit):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _build_status(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_operation)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    # ---- library and pages -------------------------------------------
    def refresh(self) -> None:
        self.library_model.reload(self.store)
        self.library.expandAll()
        for column in range(self.library_model.columnCount()):
            self.library.resizeColumnToContents(column)
        sources = self.store.sources()
        self.status_label.setText(self.tr("{0} sources, {1} documents").format(len(sources), len(self.store.documents())))
        if self.current_source is None and self.library_model.rowCount():
            self.library.setCurrentIndex(self.library_model.index(0, 0))

    def _on_library_current(self, current, _previous) -> None:
        index = current.siblingAtColumn(0)
        source = index.data(SOURCE_ROLE)
        if source is None:
            return
        document = index.data(DOCUMENT_ROLE)
        self.current_source = source
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, source["pages"]))
        self.page_spin.blockSignals(False)
        self.go_to_page((document or {}).get("page_start") or 1)

    def page_number(self) -> int:
        return self.page_spin.value()

    def go_to_page(self, number: int) -> None:
        source = self.current_source
        if source is None:
            return
        number = max(1, min(number, source["pages"]))
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(number)
        self.page_spin.blockSignals(False)
        texts = self.store.page_texts(source["id"])
        text = texts[number - 1] if number <= len(texts) else ""
        self.page_text.setPlainText(text)
        if source["kind"] in ("pdf", "image") and Path(source["path"]).exists():
            self.page_view.show_page(source["path"], number)
        else:
            self.page_view.show_text(text)

    # ---- operations ---------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for action in (self.import_files_action, self.import_folder_action, self.export_action):
            action.setEnabled(not busy)

    def run_operation(self, work, on_success) -> Operation:
        operation = Operation(work, self)
        operation.progressed.connect(self._on_progress)
        operation.succeeded.connect(on_success)
        operation.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Bulletin Workbench"), message))
        operation.finished.connect(lambda: self._set_busy(False))
        self.operation = operation
        self.progress.setRange(0, 0)
        self._set_busy(True)
        operation.start()
        return operation

    def cancel_operation(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if label:
            self.status_label.setText(self.tr("Importing {0}").format(Path(label).name))

    def import_paths(self, paths: list[str]) -> Operation:
        """Import files and folders in a worker; the library refreshes when it ends."""
        store_path = self.store_path

        def work(ctx):
            store = Store(store_path)
            try:
                return import_files(store, paths, progress=ctx.progress, cancelled=ctx.cancelled)
            finally:
                store.close()

        return self.run_operation(work, self._on_imported)

    def _on_imported(self, report: ImportReport) -> None:
        self.refresh()
        summary = self.tr("Imported {0} new, {1} updated, {2} failed").format(
            len(report.imported), len(report.updated), len(report.failed))
        if report.cancelled:
            summary = self.tr("Import cancelled.") + " " + summary
        self.status_label.setText(summary)
        problems = [message for _, message in report.failed]
        if problems:
            QMessageBox.warning(self, self.tr("Import"), summary + "\n\n" + "\n".join(problems))

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import Files"), "", FILE_FILTER)
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import Folder"))
        if folder:
            self.import_paths([folder])

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export JSON"), "bulletins.json", "JSON (*.json)")
        if path:
            self.export_json(path)

    def export_json(self, path: str) -> Operation:
        store_path = self.store_path

        def work(ctx):
            store = Store(store_path)
            try:
                return write_json(store.load(), path)
            finally:
                store.close()

        return self.run_operation(
            work, lambda count: self.status_label.setText(self.tr("Exported {0} documents to {1}").format(count, path)))

    def show_shortcuts(self) -> None:
        lines = [f"{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{action.text().replace('&', '')}"
                 for action in self.findChildren(QAction) if not action.shortcut().isEmpty()]
        QMessageBox.information(self, self.tr("Keyboard Shortcuts"), "\n".join(sorted(lines)))

    # ---- drag and drop, closing --------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and not (self.operation and self.operation.running):
            self.import_paths(paths)

    def closeEvent(self, event) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("store/last", str(self.store_path))
        self.store.close()
        super().closeEvent(event)
