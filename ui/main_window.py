"""The main window: library on the left, the source page in the middle, its structure on the right.

Selecting a node of the structure (issue → documents → elements and tables)
shows its page and highlights it; clicking on the page selects the node.
Document fields are edited in place, element kinds and heading levels from the
Edit menu, tables in the table editor. Every edit is saved at once and goes on
the undo stack. Import (files, a folder, or files dropped on the window),
re-extraction and export run as ``Operation``s with a progress bar and a Cancel
button in the status bar. Window layout and recent files are remembered.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QMainWindow, QMessageBox, QPlainTextEdit, QProgressBar,
    QPushButton, QSpinBox, QSplitter, QTabWidget, QToolBar, QTreeView,
)

from ui.commands import CorrectionCommand
from ui.document_form import DocumentForm
from ui.library import DOCUMENT_ROLE, SOURCE_ROLE, LibraryPane
from ui.operations import Operation
from ui.page_view import PageView
from ui.structure import NODE_ROLE, StructureModel
from ui.shortcuts import ShortcutsPanel
from ui.table_editor import TableEditor
from ui.thumbnails import Thumbnails
from workbench.edit.reextract import reextract_part
from workbench.export.json import write_json
from workbench.ingest.ocr import doubtful_characters
from workbench.model import Document, Table, table_to_json
from workbench.pipeline import ImportReport, import_files, read_laid_out
from workbench.store import Store

RECENT_LIMIT = 10

FILE_FILTER = "Bulletins (*.pdf *.docx *.txt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"


class MainWindow(QMainWindow):
    store_requested = Signal(str)  # the person chose another store to work on

    def __init__(self, store_path: Path, settings: QSettings | None = None):
        super().__init__()
        self.store_path = Path(store_path)
        self.store = Store(self.store_path)
        self.settings = settings or QSettings()
        self.operation: Operation | None = None
        self.current_source: dict | None = None
        self.current_node = None
        self.doc_keys: list[str] = []
        self.documents: list[Document] = []
        self.page_texts: list[str] = []  # of the current source
        self.shown_page: tuple[int, int] | None = None  # (source id, page number) on screen
        self.table_editor: TableEditor | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Bulletin Workbench") + f" — {self.store_path.name}")
        self.setAcceptDrops(True)
        self._build_views()
        self._build_actions()
        self._build_status()
        self.settings.setValue("store/last", str(self.store_path))
        self.restoreGeometry(self.settings.value("window/geometry", b""))
        self.restoreState(self.settings.value("window/state", b""))
        self.refresh()

    # ---- construction -------------------------------------------------
    def _build_views(self) -> None:
        library_pane = LibraryPane()
        self.library, self.library_filter, self.library_model = library_pane.view, library_pane.filter, library_pane.model
        self.library.selectionModel().currentChanged.connect(self._on_library_current)
        self.library_pane = library_pane

        self.page_view = PageView()
        self.page_view.clicked.connect(self.select_at)
        self.thumbnails = Thumbnails()
        self.thumbnails.page_chosen.connect(self.go_to_page)
        source_pane = QSplitter(Qt.Orientation.Horizontal)
        source_pane.addWidget(self.thumbnails)
        source_pane.addWidget(self.page_view)
        source_pane.setStretchFactor(1, 1)

        self.structure_model = StructureModel(self)
        self.structure = QTreeView()
        self.structure.setObjectName("structure")
        self.structure.setModel(self.structure_model)
        self.structure.setHeaderHidden(True)
        self.structure.selectionModel().currentChanged.connect(self._on_structure_current)
        self.structure.doubleClicked.connect(lambda index: self.edit_table())
        self.form = DocumentForm()
        self.form.edited.connect(self.correct_field)
        structure_pane = QSplitter(Qt.Orientation.Vertical)
        structure_pane.addWidget(self.structure)
        structure_pane.addWidget(self.form)
        structure_pane.setSizes([480, 260])
        self.page_text = QPlainTextEdit()
        self.page_text.setObjectName("pageText")
        self.page_text.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(structure_pane, self.tr("Structure"))
        self.tabs.addTab(self.page_text, self.tr("Page Text"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (library_pane, source_pane, self.tabs):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([280, 740, 420])
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
        open_store = self._action(self.tr("Open &Store…"), self.choose_store, "Ctrl+Shift+D")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.import_files_action, self.import_folder_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Recent Files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(open_store)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.edit_table_action = self._action(self.tr("Edit &Table…"), self.edit_table, "Ctrl+T")
        edit_menu.addAction(self.edit_table_action)
        for level in (1, 2, 3, 4):
            edit_menu.addAction(self._action(self.tr("Mark as Heading Level {0}").format(level),
                                             lambda _=False, level=level: self.mark_element("heading", level),
                                             f"Alt+{level}"))
        edit_menu.addAction(self._action(self.tr("Mark as Paragraph"), lambda: self.mark_element("body", None), "Alt+0"))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("Split Document Here"), self.split_document, "Ctrl+Shift+K"))
        edit_menu.addAction(self._action(self.tr("Join With Previous Document"), self.join_with_previous, "Ctrl+Shift+J"))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("Find in Library"), lambda: self.library_filter.setFocus(), QKeySequence.StandardKey.Find))

        self.prev_action = self._action(self.tr("Previous Page"), lambda: self.go_to_page(self.page_number() - 1), "PgUp")
        self.next_action = self._action(self.tr("Next Page"), lambda: self.go_to_page(self.page_number() + 1), "PgDown")
        zoom_in = self._action(self.tr("Zoom In"), self.page_view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        zoom_out = self._action(self.tr("Zoom Out"), self.page_view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        fit = self._action(self.tr("Fit Width"), self.page_view.fit_width, "Ctrl+0")
        next_doc = self._action(self.tr("Next Document"), lambda: self.step_document(1), "Ctrl+PgDown")
        prev_doc = self._action(self.tr("Previous Document"), lambda: self.step_document(-1), "Ctrl+PgUp")
        next_pane = self._action(self.tr("Next Pane"), self.focus_next_pane, "F6")
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (self.prev_action, self.next_action, prev_doc, next_doc, zoom_in, zoom_out, fit, next_pane):
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Keyboard Shortcuts"), self.show_shortcuts, "F1"))

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(self.import_files_action)
        toolbar.addSeparator()
        for action in (self.undo_action, self.redo_action, self.edit_table_action):
            toolbar.addAction(action)
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
        """The library and the status line from the store; the first source opens on a first start."""
        self.library_pane.reload(self.store)
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
        if self.current_source is None or self.current_source["id"] != source["id"]:
            self.current_source = source
            self.page_spin.blockSignals(True)
            self.page_spin.setMaximum(max(1, source["pages"]))
            self.page_spin.blockSignals(False)
            self.load_structure()
            shows_images = source["kind"] in ("pdf", "image") and Path(source["path"]).exists()
            self.thumbnails.show_source(source["path"] if shows_images else None, source["pages"])
        if document is not None and document["key"] in self.doc_keys:
            self.structure.setCurrentIndex(self.structure_model.find(self.doc_keys.index(document["key"]), "document"))
        else:
            self.go_to_page(1)

    def load_structure(self, keep_open: bool = False) -> None:
        """Read the current source's documents (corrections applied) into the structure pane.

        ``keep_open``: the documents that were expanded stay expanded (after an edit of the same source).
        """
        source = self.current_source
        opened = {self.structure_model.itemFromIndex(index).data(NODE_ROLE).key
                  for index in self._expanded_documents()} if keep_open else set()
        keyed = self.store.keyed_documents(source["id"])
        issue = self.store.issue(source["id"])
        self.page_texts = self.store.page_texts(source["id"])
        self.shown_page = None  # boxes may have moved: draw the page again when it is next shown
        self.doc_keys, self.documents = [key for key, _ in keyed], [doc for _, doc in keyed]
        self.structure_model.reload(issue, self.documents, self.doc_keys)
        self.structure.expandToDepth(0 if issue and issue.number else -1)
        for index in self._document_indexes():
            if self.structure_model.itemFromIndex(index).data(NODE_ROLE).key in opened:
                self.structure.expand(index)

    def _document_indexes(self):
        return [self.structure_model.find(doc, "document") for doc in range(len(self.documents))]

    def _expanded_documents(self):
        return [index for index in self._document_indexes() if index.isValid() and self.structure.isExpanded(index)]

    def _on_structure_current(self, current, _previous) -> None:
        node = current.data(NODE_ROLE)
        self.current_node = node
        if node is None:
            return
        document = self.documents[node.doc] if node.doc is not None else None
        self.form.show_document(document)
        self.edit_table_action.setEnabled(node.kind == "table")
        page = node.page or self.page_number()
        if (self.current_source["id"], page) != self.shown_page:
            self.go_to_page(page)
        if self.current_source["kind"] in ("pdf", "image"):
            self.page_view.highlight(node.bbox)
        else:
            first_line = self._page_first_line(self.page_number())
            self.page_view.highlight_lines(node.line_start, node.line_end, first_line)

    def _page_first_line(self, number: int) -> int:
        """The file line number the text page ``number`` starts on."""
        return 1 + sum(text.count("\n") + 1 for text in self.page_texts[:number - 1])

    def select_at(self, x: float, y: float) -> None:
        """Select the smallest element or table whose box on the page shown holds (x, y)."""
        hits = [(index, node) for index, node in self.structure_model.nodes_on_page(self.page_number())
                if node.bbox[0] <= x <= node.bbox[2] and node.bbox[1] <= y <= node.bbox[3]]
        if hits:
            area = lambda hit: (hit[1].bbox[2] - hit[1].bbox[0]) * (hit[1].bbox[3] - hit[1].bbox[1])
            index = min(hits, key=area)[0]
            self.structure.setCurrentIndex(index)
            self.structure.scrollTo(index)

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
        self.thumbnails.mark(number)
        self.shown_page = (source["id"], number)
        text = self.page_texts[number - 1] if number <= len(self.page_texts) else ""
        self.page_text.setPlainText(text)
        if source["kind"] in ("pdf", "image") and Path(source["path"]).exists():
            boxes = [node.bbox for _, node in self.structure_model.nodes_on_page(number)]
            recognised = self.store.ocr_page(source["id"], number)
            doubts = doubtful_characters(recognised) if recognised else []
            self.page_view.show_page(source["path"], number, boxes, doubts)
            if recognised:
                self.status_label.setText(self.tr("{0} characters OCR was unsure of on this page").format(len(doubts)))
        else:
            self.page_view.show_text(text)

    def step_document(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) document of the source."""
        if not self.documents:
            return
        current = self.current_node.doc if self.current_node and self.current_node.doc is not None else -step
        target = max(0, min(len(self.documents) - 1, current + step))
        self.structure.setCurrentIndex(self.structure_model.find(target, "document"))
        self.structure.setFocus()

    def focus_next_pane(self) -> None:
        """Move the keyboard focus: library → thumbnails → page → structure → fields → library."""
        panes = [self.library, self.thumbnails, self.page_view.graphics, self.structure, self.form.editors["doc_number"]]
        focused = next((i for i, pane in enumerate(panes) if pane.hasFocus() or pane.isAncestorOf(self.focusWidget())), -1)
        panes[(focused + 1) % len(panes)].setFocus()

    # ---- editing ------------------------------------------------------
    def _push(self, doc_index: int | None, field: str, value, text: str) -> None:
        """One undoable, saved correction of document ``doc_index`` (None: of the source as a whole)."""
        key = self.doc_keys[doc_index] if doc_index is not None else ""
        self.undo_stack.push(CorrectionCommand(self.store, self.current_source["id"], key, field, value, text,
                                               self._corrected))

    def _corrected(self, source_id: int, doc_key: str, field: str) -> None:
        """After an edit, undo or redo: show the stored state again, keeping the selection."""
        if self.current_source is None or self.current_source["id"] != source_id:
            self.current_source = next(s for s in self.store.sources() if s["id"] == source_id)
        node = self.current_node
        self.load_structure(keep_open=True)
        if node is not None and node.doc is not None:
            index = self.structure_model.find(node.doc, node.kind, node.seq)
            if not index.isValid():
                index = self.structure_model.find(node.doc, "document")
            self.structure.setCurrentIndex(index)
            self.structure.scrollTo(index)
        if self.table_editor is not None and self.table_editor.isVisible():
            self.table_editor.reload()
        if not field.startswith(("table", "element/")):  # the library shows fields, statuses and documents
            self.library_pane.reload(self.store)

    def correct_field(self, field: str, value) -> None:
        node = self.current_node
        if node is None or node.doc is None:
            return
        label = self.form.labels_text.get(field, self.tr("proofreading status"))
        self._push(node.doc, field, value, self.tr("Edit {0}").format(label))

    def mark_element(self, kind: str, level: int | None) -> None:
        """Set the kind (and heading level) of the selected element."""
        node = self.current_node
        if node is None or node.kind != "element":
            return
        element = self.documents[node.doc].elements[node.seq]
        value = {"text": element.text, "kind": kind, "level": level}
        self._push(node.doc, f"element/{node.seq}", value, self.tr("Mark element"))

    def split_document(self) -> None:
        """Start a new document at the selected element."""
        node = self.current_node
        if node is None or node.kind != "element" or node.seq == 0:
            return
        element = self.documents[node.doc].elements[node.seq]
        step = {"op": "split", "key": node.key, "seq": node.seq, "text": element.text}
        self._regroup(step, self.tr("Split document"))

    def join_with_previous(self) -> None:
        """Make the selected document part of the one before it."""
        node = self.current_node
        if node is None or node.doc is None or node.doc == 0:
            return
        self._regroup({"op": "join", "key": node.key}, self.tr("Join documents"))

    def _regroup(self, step: dict, text: str) -> None:
        _, steps = self.store.correction(self.current_source["id"], "", "structure")
        self._push(None, "structure", list(steps or []) + [step], text)

    def apply_tables(self, doc_index: int, tables: list[Table], text: str) -> None:
        self._push(doc_index, "tables", [table_to_json(table) for table in tables], text)

    def edit_table(self) -> TableEditor | None:
        """Open the table editor on the selected table."""
        node = self.current_node
        if node is None or node.kind != "table":
            return None
        if self.table_editor is not None:
            self.table_editor.close()
        source_id, key, doc_index = self.current_source["id"], node.key, node.doc
        self.table_editor = TableEditor(
            self.current_source["path"], lambda: self._document(source_id, key), node.seq,
            lambda tables, text: self.apply_tables(doc_index, tables, text), self.reextract, self)
        self.table_editor.show()
        return self.table_editor

    def _document(self, source_id: int, key: str) -> Document | None:
        """A document as last loaded for the structure pane (read from the store if another source is shown)."""
        if self.current_source is not None and self.current_source["id"] == source_id and key in self.doc_keys:
            return self.documents[self.doc_keys.index(key)]
        return self.store.document(source_id, key)

    def reextract(self, table: Table, part: int, region, rows, cols, done) -> Operation:
        """Read one part of ``table`` again from its page in a worker; ``done(new_table)`` on success."""
        path, store_path = self.current_source["path"], self.store_path

        def work(ctx):
            store = Store(store_path)
            try:
                source = read_laid_out(path, cache=store.ocr_cache(), cancelled=ctx.cancelled)
            finally:
                store.close()
            return reextract_part(table, part, source.pages[table.parts[part].page - 1], region, rows, cols)

        return self.run_operation(work, done)

    # ---- recent files -------------------------------------------------
    def _remember(self, paths: list[str]) -> None:
        recent = [str(Path(p).resolve()) for p in paths] + list(self.settings.value("recent/files", []) or [])
        unique = list(dict.fromkeys(recent))[:RECENT_LIMIT]
        self.settings.setValue("recent/files", unique)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.value("recent/files", []) or []:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, path=path: self.import_paths([path]))

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

    def busy(self) -> bool:
        """Whether an operation is running (or its result is still being handled)."""
        return self.operation is not None and self.operation.running

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
        self._remember(paths)

        def work(ctx):
            store = Store(store_path)
            try:
                return import_files(store, paths, progress=ctx.progress, cancelled=ctx.cancelled)
            finally:
                store.close()

        return self.run_operation(work, self._on_imported)

    def _on_imported(self, report: ImportReport) -> None:
        self.refresh()
        if self.current_source is not None and self.current_source["id"] in report.source_ids:
            self.load_structure()  # the parser's view of this source changed
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

    def choose_store(self) -> None:
        """Work on another store (an existing one, or a new file name for a new one)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Open Store"), str(self.store_path.parent),
                                              self.tr("Workbench store (*.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.store_requested.emit(path)

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

    def show_shortcuts(self) -> ShortcutsPanel:
        """The help panel listing every shortcut."""
        panel = ShortcutsPanel(self)
        panel.show()
        return panel

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
        self.store.close()
        super().closeEvent(event)
