"""The structure pane: issue → documents → elements and tables of one source, over the document's fields.

``StructureModel.reload(issue, documents, keys)`` rebuilds the tree from a source's
issue, its documents (corrections applied) and their stable keys. Every item carries
``NODE_ROLE``: a ``Node`` saying what it is (document, element, table), which
document (index and key), which element or table (seq), and where it stands
(page and box, or text lines), so the views can go to it.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QScrollArea, QSplitter, QTreeView

from ui.labels import element_names
from ui.panes.document_form import DocumentForm
from workbench.model import Document, Issue

NODE_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass
class Node:
    kind: str  # issue, document, element, table, unassigned (a line or table no document holds)
    doc: int | None = None  # index of the document in the result
    key: str | None = None
    seq: int | None = None
    page: int | None = None
    bbox: tuple | None = None
    line_start: int | None = None
    line_end: int | None = None


class StructureModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Structure")])
        self.element_names = element_names()

    def element_label(self, kind: str, level: int | None) -> str:
        name = self.element_names.get(kind, kind)
        return f"{name} {level}" if kind == "heading" and level else name

    def reload(self, issue: Issue | None, documents: list[Document], keys: list[str],
               unassigned: Document | None = None) -> None:
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        if issue and (issue.publication or issue.number):
            label = self.tr("Issue {0} (No. {1}, total {2})").format(issue.year or "", issue.number or "",
                                                                     issue.total_number or "")
            item = QStandardItem(label)
            item.setData(Node("issue"), NODE_ROLE)
            root.appendRow(item)
            root = item
        for index, (doc, key) in enumerate(zip(documents, keys)):
            label = " ".join(part for part in (doc.doc_number, doc.title) if part) or self.tr("(untitled document)")
            item = QStandardItem(("✎ " if doc.edited else "") + label)
            item.setData(Node("document", index, key, page=doc.page_start, bbox=_first_box(doc),
                              line_start=doc.line_start, line_end=doc.line_end), NODE_ROLE)
            for seq, element in enumerate(doc.elements):
                text = element.text if len(element.text) <= 40 else element.text[:40] + "…"
                child = QStandardItem(f"{self.element_label(element.kind, element.level)}  {text}")
                if element.kind == "heading":
                    font = QFont()
                    font.setBold(True)
                    child.setFont(font)
                child.setData(Node("element", index, key, seq, element.page, element.bbox,
                                   element.line_start, element.line_end), NODE_ROLE)
                item.appendRow(child)
            for seq, table in enumerate(doc.tables):
                child = QStandardItem(self.tr("Table {0}: {1} × {2}").format(seq + 1, table.n_rows, table.n_cols))
                line = next((c.line_no for c in table.cells if c.line_no), None)
                child.setData(Node("table", index, key, seq, table.page, table.bbox, line, line), NODE_ROLE)
                item.appendRow(child)
            root.appendRow(item)
        if unassigned is not None:
            root.appendRow(self._unassigned_item(unassigned))

    def _unassigned_item(self, part: Document) -> QStandardItem:
        """The lines and tables no document holds, shown (read-only) so nothing read is out of sight."""
        item = QStandardItem(self.tr("Outside any document ({0} lines, {1} tables)").format(
            len(part.elements), len(part.tables)))
        item.setForeground(QBrush(QColor("#8a5a00")))
        item.setData(Node("unassigned", page=part.elements[0].page if part.elements else None), NODE_ROLE)
        for element in part.elements:
            text = element.text if len(element.text) <= 40 else element.text[:40] + "…"
            child = QStandardItem(f"{self.element_label(element.kind, element.level)}  {text}")
            child.setData(Node("unassigned", page=element.page, bbox=element.bbox, line_start=element.line_start,
                               line_end=element.line_end), NODE_ROLE)
            item.appendRow(child)
        for seq, table in enumerate(part.tables):
            child = QStandardItem(self.tr("Table {0}: {1} × {2}").format(seq + 1, table.n_rows, table.n_cols))
            line = next((c.line_no for c in table.cells if c.line_no), None)
            child.setData(Node("unassigned", page=table.page, bbox=table.bbox, line_start=line, line_end=line),
                          NODE_ROLE)
            item.appendRow(child)
        return item

    def _items(self):
        stack = [self.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for row in range(item.rowCount()):
                child = item.child(row)
                stack.append(child)
                yield child

    def find(self, doc: int, kind: str, seq: int | None = None):
        """The index of a node, or an invalid index."""
        for item in self._items():
            node = item.data(NODE_ROLE)
            if node.doc == doc and node.kind == kind and (seq is None or node.seq == seq):
                return item.index()
        return self.index(-1, -1)

    def nodes_on_page(self, page: int):
        """(index, node) of every element and table with a box on ``page``."""
        for item in self._items():
            node = item.data(NODE_ROLE)
            if node.kind in ("element", "table") and node.page == page and node.bbox:
                yield item.index(), node


def _first_box(doc):
    return next((e.bbox for e in doc.elements if e.bbox and e.page == doc.page_start), None)


class StructurePane(QSplitter):
    """The structure tree over the selected document's fields.

    ``show_source(source_id, issue, keyed)`` fills it with one source's documents (``keyed``: (key, Document));
    expanded documents stay expanded and the selection stays on the same node when the same
    source is shown again. ``node_selected(node)`` when a node becomes current; the form's
    ``edited(field, value)`` is passed on as ``field_edited``.
    """

    node_selected = Signal(object)
    field_edited = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.model = StructureModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("structure")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)  # edits go through the form and editors
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.form = DocumentForm()
        self.form.edited.connect(self.field_edited)
        form_area = QScrollArea()  # the form scrolls rather than holding the window's height up
        form_area.setWidget(self.form)
        form_area.setWidgetResizable(True)
        self.addWidget(self.tree)
        self.addWidget(form_area)
        self.setSizes([400, 360])
        self.source_id: int | None = None
        self.issue: Issue | None = None
        self.unassigned: Document | None = None
        self.keys: list[str] = []
        self.documents: list[Document] = []
        self.current: Node | None = None

    def show_source(self, source_id: int, issue: Issue | None, keyed: list[tuple[str, Document]],
                    unassigned: Document | None = None) -> None:
        same = source_id == self.source_id
        opened = {self.model.itemFromIndex(i).data(NODE_ROLE).key for i in self._expanded()} if same else set()
        node = self.current if same else None
        self.source_id, self.issue, self.unassigned = source_id, issue, unassigned
        self.keys, self.documents = [key for key, _ in keyed], [doc for _, doc in keyed]
        self.tree.selectionModel().blockSignals(True)
        self.model.reload(issue, self.documents, self.keys, unassigned)
        self.tree.expandToDepth(0 if issue and issue.number else -1)
        for index in self._document_indexes():
            if self.model.itemFromIndex(index).data(NODE_ROLE).key in opened:
                self.tree.expand(index)
        self.tree.selectionModel().blockSignals(False)
        self.current = None
        if node is not None and node.doc is not None and node.doc < len(self.documents):
            index = self.model.find(node.doc, node.kind, node.seq)
            self.select(index if index.isValid() else self.model.find(node.doc, "document"))
        else:
            self.form.show_document(None)

    def select(self, index) -> None:
        """Make ``index`` current (and in sight); the same node again is shown again."""
        if index == self.tree.currentIndex():
            self._on_current(index, index)
        else:
            self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def select_document(self, doc: int) -> None:
        self.select(self.model.find(doc, "document"))

    def _document_indexes(self):
        return [self.model.find(doc, "document") for doc in range(len(self.documents))]

    def _expanded(self):
        return [index for index in self._document_indexes() if index.isValid() and self.tree.isExpanded(index)]

    def _on_current(self, current, _previous) -> None:
        node = current.data(NODE_ROLE)
        self.current = node
        if node is None:
            return
        self.form.show_document(self.documents[node.doc] if node.doc is not None else None)
        self.node_selected.emit(node)

    def document(self, node: Node | None = None) -> Document | None:
        node = node or self.current
        return self.documents[node.doc] if node is not None and node.doc is not None else None
