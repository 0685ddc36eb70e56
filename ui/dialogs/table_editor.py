"""The table editor: the table as a grid beside its region on the page.

A person edits cell text in the grid, merges and splits cells, inserts and
deletes rows and columns, joins the table with the next one or splits it, and
copies or exports it. On the page image the region's edges and the row and
column separators are lines that can be dragged (or added and removed); Re-extract
reads that part of the table again from the page with them. Every change goes
through ``apply(tables, description)``, which the window turns into one undoable,
saved edit; ``reload()`` shows the table as stored afterwards.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.panes.page_view import render_page
from workbench.edit import table_ops
from workbench.export.table_files import write_csv, write_xlsx
from workbench.field_path import is_cell_of
from workbench.model import Document, Table

MARGIN = 12.0  # points of page shown around the region
ZOOM = 2.0
MAX_COLUMN_WIDTH = 180  # pixels; longer cell text wraps


class Separator(QGraphicsLineItem):
    """A row (horizontal) or column (vertical) separator that moves only across itself."""

    def __init__(self, horizontal: bool, at: float, span: tuple[float, float]):
        if horizontal:
            super().__init__(QLineF(span[0], 0, span[1], 0))
            self.setPos(0, at)
        else:
            super().__init__(QLineF(0, span[0], 0, span[1]))
            self.setPos(at, 0)
        self.horizontal = horizontal
        pen = QPen(QColor(220, 40, 40) if horizontal else QColor(30, 90, 220), 2)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setCursor(Qt.CursorShape.SizeVerCursor if horizontal else Qt.CursorShape.SizeHorCursor)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return value.__class__(0, value.y()) if self.horizontal else value.__class__(value.x(), 0)
        return super().itemChange(change, value)

    def position(self) -> float:
        """Where the separator stands, in scene units."""
        return self.pos().y() if self.horizontal else self.pos().x()


class RegionView(QGraphicsView):
    """One part's page region with its separators; positions read back in PDF points."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setObjectName("regionView")
        self.origin = (0.0, 0.0)
        self.separators: list[Separator] = []

    def show_part(self, path: str, page: int, region, rows: list[float], cols: list[float]) -> None:
        scene = self.scene()
        scene.clear()
        x0, y0 = region[0] - MARGIN, region[1] - MARGIN
        clip = (x0, y0, region[2] + MARGIN, region[3] + MARGIN)
        self.origin = (x0, y0)
        scene.addPixmap(QPixmap.fromImage(render_page(path, page, ZOOM, clip)))
        width, height = (clip[2] - clip[0]) * ZOOM, (clip[3] - clip[1]) * ZOOM
        self.separators = [Separator(True, (y - y0) * ZOOM, (0, width)) for y in rows]
        self.separators += [Separator(False, (x - x0) * ZOOM, (0, height)) for x in cols]
        for item in self.separators:
            scene.addItem(item)
        self.fit()

    def fit(self) -> None:
        """Scale so the region's width fills the view."""
        rect = self.scene().sceneRect()
        if rect.width() > 0:
            scale = max(0.2, (self.viewport().width() - 8) / rect.width())
            self.resetTransform()
            self.scale(scale, scale)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def add(self, horizontal: bool) -> None:
        """A new separator halfway between the selected one (or the first) and the next."""
        same = sorted((s for s in self.separators if s.horizontal == horizontal), key=Separator.position)
        chosen = next((s for s in same if s.isSelected()), same[0] if same else None)
        if chosen is None or same.index(chosen) + 1 >= len(same):
            return
        at = (chosen.position() + same[same.index(chosen) + 1].position()) / 2
        rect = self.scene().sceneRect()
        item = Separator(horizontal, at, (0, rect.width() if horizontal else rect.height()))
        self.separators.append(item)
        self.scene().addItem(item)

    def remove_selected(self) -> None:
        for item in [s for s in self.separators if s.isSelected()]:
            self.separators.remove(item)
            self.scene().removeItem(item)

    def read(self) -> tuple[tuple, list[float], list[float]]:
        """(region, row separators, column separators) in PDF points."""
        x0, y0 = self.origin
        rows = sorted(round(s.position() / ZOOM + y0, 2) for s in self.separators if s.horizontal)
        cols = sorted(round(s.position() / ZOOM + x0, 2) for s in self.separators if not s.horizontal)
        return (cols[0], rows[0], cols[-1], rows[-1]), rows, cols


class TableEditor(QDialog):
    def __init__(self, source_path: str, load: Callable[[], Document | None], seq: int,
                 apply: Callable[[list[Table], str], None], reextract: Callable[..., None], parent=None):
        super().__init__(parent)
        self.setObjectName("tableEditor")
        self.source_path, self.load, self.seq = source_path, load, seq
        self.apply, self.reextract_part = apply, reextract
        self.doc: Document | None = None
        self.table: Table  # set by reload(), called below
        self._shown_part: tuple | None = None
        self.resize(1100, 640)
        self.grid = QTableWidget()
        self.grid.setObjectName("tableGrid")
        self.grid.itemChanged.connect(self._cell_edited)
        self.region = RegionView()
        self.part_box = QComboBox()
        self.part_box.currentIndexChanged.connect(self._show_part)
        self.status = QLabel()
        cells_bar, page_bar = self._toolbars()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(page_bar)
        left_layout.addWidget(self.part_box)
        left_layout.addWidget(self.region)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.grid)
        splitter.setSizes([500, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(cells_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.reload()

    def _action(self, toolbar: QToolBar, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        toolbar.addAction(action)
        return action

    def _toolbars(self) -> tuple[QToolBar, QToolBar]:
        """Two rows: cell and table edits with copy and export; the page region and separators."""
        cells, page = QToolBar(), QToolBar()
        self.merge_action = self._action(cells, self.tr("Merge Cells"), self.merge_cells, "Ctrl+M")
        self.split_action = self._action(cells, self.tr("Split Cell"), self.split_cell, "Ctrl+Shift+M")
        cells.addSeparator()
        self._action(cells, self.tr("Insert Row"), lambda: self._edit(table_ops.insert_row, self._row(), self.tr("Insert row")), "Ctrl+Alt+R")
        self._action(cells, self.tr("Delete Row"), lambda: self._edit(table_ops.delete_row, self._row(), self.tr("Delete row")), "Ctrl+Alt+Shift+R")
        self._action(cells, self.tr("Insert Column"), lambda: self._edit(table_ops.insert_column, self._col(), self.tr("Insert column")), "Ctrl+Alt+C")
        self._action(cells, self.tr("Delete Column"), lambda: self._edit(table_ops.delete_column, self._col(), self.tr("Delete column")), "Ctrl+Alt+Shift+C")
        cells.addSeparator()
        self.join_action = self._action(cells, self.tr("Join With Next Table"), self.join_next)
        self._action(cells, self.tr("Split Table Here"), self.split_here)
        cells.addSeparator()
        self._action(cells, self.tr("Copy as TSV"), self.copy_tsv, "Ctrl+Shift+C")
        self._action(cells, self.tr("Export CSV…"), lambda: self.export("csv"))
        self._action(cells, self.tr("Export XLSX…"), lambda: self.export("xlsx"))
        self._action(page, self.tr("Add Row Separator"), lambda: self.region.add(True))
        self._action(page, self.tr("Add Column Separator"), lambda: self.region.add(False))
        self._action(page, self.tr("Remove Separator"), self.region.remove_selected, "Delete")
        self.reextract_action = self._action(page, self.tr("Re-extract"), self.reextract, "Ctrl+R")
        undo_stack = getattr(self.parent(), "undo_stack", None)
        if undo_stack is not None:  # the window's history, from inside the editor's own window too
            for keys, step in ((QKeySequence.StandardKey.Undo, undo_stack.undo),
                               (QKeySequence.StandardKey.Redo, undo_stack.redo), ("Ctrl+Shift+Z", undo_stack.redo)):
                action = QAction(self)
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.triggered.connect(step)
                self.addAction(action)
        return cells, page

    # ---- showing -----------------------------------------------------------
    def reload(self) -> None:
        """Show the table as stored now (after any edit, undo or redo)."""
        self.doc = self.load()
        if self.doc is None or self.seq >= len(self.doc.tables):
            self.close()
            return
        self.table = self.doc.tables[self.seq]
        self.setWindowTitle(self.tr("Table {0} — {1}").format(self.seq + 1, self.doc.title or ""))
        self.grid.blockSignals(True)
        self.grid.clearSpans()
        self.grid.setRowCount(self.table.n_rows)
        self.grid.setColumnCount(self.table.n_cols)
        self.grid.clearContents()
        for cell in self.table.cells:
            self.grid.setItem(cell.row, cell.col, QTableWidgetItem(cell.text))
            if cell.rowspan > 1 or cell.colspan > 1:
                self.grid.setSpan(cell.row, cell.col, cell.rowspan, cell.colspan)
        self.grid.setWordWrap(True)
        self.grid.resizeColumnsToContents()
        for col in range(self.table.n_cols):
            self.grid.setColumnWidth(col, min(self.grid.columnWidth(col), MAX_COLUMN_WIDTH))
        self.grid.resizeRowsToContents()
        self.grid.blockSignals(False)
        part = self.part_box.currentIndex()
        self.part_box.blockSignals(True)
        self.part_box.clear()
        for index, item in enumerate(self.table.parts):
            self.part_box.addItem(self.tr("Part {0}: page {1}").format(index + 1, item.page))
        self.part_box.setCurrentIndex(max(0, min(part, len(self.table.parts) - 1)))
        self.part_box.blockSignals(False)
        has_image = bool(self.table.parts) and Path(self.source_path).suffix.lower() != ".docx" \
            and self.table.parts[0].row_separators and Path(self.source_path).exists()
        self.region.setVisible(bool(has_image))
        self.part_box.setVisible(bool(has_image))
        self.reextract_action.setEnabled(bool(has_image))
        self.join_action.setEnabled(self.seq + 1 < len(self.doc.tables))
        flags = {"high": "", "medium": self.tr("Read from alignment: please check."),
                 "low": self.tr("Read from flattened text: please check every cell.")}
        self.status.setText(self.tr("{0} rows × {1} columns").format(self.table.n_rows, self.table.n_cols)
                            + "  " + flags.get(self.table.confidence, ""))
        if has_image:
            self._show_part(self.part_box.currentIndex())

    def on_changed(self, changes, _initiator=None) -> None:
        """Show the table again when the store's tables or grouping changed (edit, undo, redo)."""
        if self.isVisible() and (changes.tables or changes.structure):
            self.reload()

    def _show_part(self, index: int) -> None:
        """Show part ``index`` on its page, unless that very part is shown already (separators a person
        is moving stay where they are while cells are edited)."""
        if self.table is None or not (0 <= index < len(self.table.parts)):
            return
        part = self.table.parts[index]
        shown = (part.page, tuple(part.bbox), tuple(part.row_separators), tuple(part.col_separators))
        if shown != self._shown_part:
            self._shown_part = shown
            self.region.show_part(self.source_path, part.page, part.bbox, part.row_separators, part.col_separators)

    # ---- edits -------------------------------------------------------------
    def _row(self) -> int:
        return max(0, self.grid.currentRow())

    def _col(self) -> int:
        return max(0, self.grid.currentColumn())

    def _replace(self, table: Table, description: str) -> None:
        tables = list(self.doc.tables)
        tables[self.seq] = table
        self.apply(tables, description)

    def _edit(self, operation, at: int, description: str) -> None:
        self._replace(operation(self.table, at), description)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        cell = table_ops.covering(self.table, item.row(), item.column())
        if cell is not None and item.text() != cell.text:
            self._replace(table_ops.set_text(self.table, item.row(), item.column(), item.text()),
                          self.tr("Edit cell {0},{1}").format(item.row() + 1, item.column() + 1))

    def merge_cells(self) -> None:
        ranges = self.grid.selectedRanges()
        if not ranges:
            return
        chosen = ranges[0]
        if chosen.rowCount() * chosen.columnCount() < 2:
            return
        self._replace(table_ops.merge(self.table, chosen.topRow(), chosen.leftColumn(), chosen.bottomRow(),
                                      chosen.rightColumn()), self.tr("Merge cells"))

    def split_cell(self) -> None:
        cell = table_ops.covering(self.table, self._row(), self._col())
        if cell is not None and (cell.rowspan > 1 or cell.colspan > 1):
            self._replace(table_ops.split(self.table, cell.row, cell.col), self.tr("Split cell"))

    def join_next(self) -> None:
        if self.seq + 1 >= len(self.doc.tables):
            return
        following = self.doc.tables[self.seq + 1]
        header = [c.text for c in self.table.cells if c.row == 0]
        skip = 1 if header and header == [c.text for c in following.cells if c.row == 0] else 0
        tables = list(self.doc.tables)
        tables[self.seq:self.seq + 2] = [table_ops.join(self.table, following, skip)]
        self.apply(tables, self.tr("Join tables"))

    def split_here(self) -> None:
        row = self._row()
        if not 0 < row < self.table.n_rows:
            return
        tables = list(self.doc.tables)
        tables[self.seq:self.seq + 1] = list(table_ops.split_table(self.table, row))
        self.apply(tables, self.tr("Split table"))

    def reextract(self) -> None:
        """Read the part shown again with the region and separators as they stand on the image."""
        region, rows, cols = self.region.read()
        if len(rows) < 2 or len(cols) < 2:
            self.status.setText(self.tr("A table needs at least two row and two column separators."))
            return
        if not self._may_lose_hand_edits():
            return
        index = max(0, self.part_box.currentIndex())
        self.reextract_part(self.table, index, region, rows, cols,
                            lambda table: self._replace(table, self.tr("Re-extract table")))

    def _may_lose_hand_edits(self) -> bool:
        """Re-extract reads the part from the page again: ask first when a person edited this table."""
        doc = self.doc
        edits = [field for field in (doc.edited if doc else []) if is_cell_of(field, self.seq)]
        if not edits and not (doc and "tables" in doc.edited):
            return True
        answer = QMessageBox.question(self, self.tr("Re-extract"), self.tr(
            "This table was edited by hand (cell texts, merges, rows or columns). Reading it again from the page "
            "replaces those edits (Ctrl+Z brings them back). Re-extract anyway?"))
        return answer == QMessageBox.StandardButton.Yes

    # ---- out ---------------------------------------------------------------
    def copy_tsv(self) -> None:
        QGuiApplication.clipboard().setText(table_ops.to_tsv(self.table))
        self.status.setText(self.tr("Table copied as tab-separated text."))

    def export(self, kind: str) -> None:
        """Save the table, proposing ``<文号> 表N.<kind>`` in the folder a table was last saved to."""
        settings = getattr(self.parent(), "settings", None)
        folder = (settings.get("tables/folder") if settings is not None else None) or str(Path.home())
        number = re.sub(r'[\\/:*?"<>|]', "_", (self.doc.doc_number if self.doc else None) or "")
        name = f"{number} 表{self.seq + 1}.{kind}" if number else f"表{self.seq + 1}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Table"), str(Path(folder) / name),
                                              f"{kind.upper()} (*.{kind})")
        if path:
            if settings is not None:
                settings.set("tables/folder", str(Path(path).parent))
            self.export_to(path)

    def export_to(self, path: str) -> None:
        (write_xlsx if path.lower().endswith(".xlsx") else write_csv)(self.table, path)
        self.status.setText(self.tr("Table exported to {0}").format(path))
