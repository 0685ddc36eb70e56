"""The library pane: every issue in the store by year, and the documents of each, with a filter.

``LibraryModel`` is a tree year → source (issue) → document over plain rows read from
the store (``SourceRow``, ``DocumentRow``: only the columns shown). Years come newest
first, issues by number, documents in printed order; Qt asks for the rows of a year only
when it is opened. ``set_rows`` replaces everything (after an import), ``update_source``
replaces one source's documents in place (after an edit), ``set_filter`` keeps the
documents whose year, 期号, issuer, 文种, tags, status, 文号 or title hold every word typed
and says how many matched. Items carry ``SOURCE_ROLE`` (a ``SourceRow``) and
``DOCUMENT_ROLE`` (a ``DocumentRow``, documents only).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ui.labels import kind_name, status_names
from workbench.store import DocumentRow, SourceRow
from workbench.store.library import source_year

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt may pass to a model
EXPAND_ALL_BELOW = 300  # a filter matching fewer documents opens every year and issue


@dataclass(eq=False)
class _Node:
    """A row of the tree: a year, a source or a document (``parent`` None for a year)."""

    kind: str
    parent: _Node | None
    year: int | None = None
    source: SourceRow | None = None
    document: DocumentRow | None = None
    children: list[_Node] = field(default_factory=list)  # those the filter keeps
    every: list[_Node] = field(default_factory=list)  # all of them
    words: str = ""  # what the filter matches


class LibraryModel(QAbstractItemModel):
    COLUMNS = 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sources: dict[int, SourceRow] = {}
        self._documents: dict[int, list[DocumentRow]] = {}
        self._years: list[_Node] = []  # the years shown
        self._built: list[_Node] = []  # every year
        self._filter: list[str] = []
        self.matched = 0
        self.headers = [self.tr("Name"), self.tr("Type"), self.tr("Pages"), self.tr("From page"), self.tr("Status")]
        self.statuses = status_names()

    # ---- filling -------------------------------------------------------------
    def set_rows(self, sources: list[SourceRow], documents: list[DocumentRow]) -> None:
        """Everything the library shows, from the store."""
        self._sources = {source.id: source for source in sources}
        self._documents = {source.id: [] for source in sources}
        for doc in documents:
            self._documents.setdefault(doc.source_id, []).append(doc)
        self._rebuild()

    def update_source(self, source: SourceRow, documents: list[DocumentRow]) -> None:
        """One source's rows after an edit: changed in place when its documents are the same ones."""
        old = self._documents.get(source.id, [])
        self._sources[source.id] = source
        self._documents[source.id] = documents
        node = self._source_node(source.id)
        if node is None or [d.key for d in old] != [d.key for d in documents] or self._filter:
            self._rebuild()
            return
        node.source = source
        node.words = self._source_words(source)
        for child, doc in zip(node.every, documents):
            child.document, child.words = doc, node.words + " " + self._document_words(doc)
        parent = self.index_of(node)
        if node.children:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(len(node.children) - 1, self.COLUMNS - 1, parent))

    def set_filter(self, text: str) -> int:
        """Keep what holds every word of ``text``; return how many documents match."""
        self._filter = text.split()
        self._refilter()
        return self.matched

    def _rebuild(self) -> None:
        """Build every node (with the words the filter matches) from the rows, then filter."""
        by_year: dict[int | None, _Node] = {}
        for source in self._sources.values():
            documents = self._documents.get(source.id, [])
            year = source_year(source, documents)
            year_node = by_year.get(year) or by_year.setdefault(year, _Node("year", None, year=year))
            node = _Node("source", year_node, year=year, source=source, words=self._source_words(source))
            node.every = [_Node("document", node, year=year, source=source, document=doc,
                                words=node.words + " " + self._document_words(doc)) for doc in documents]
            year_node.every.append(node)
        for year_node in by_year.values():
            year_node.every.sort(key=lambda n: (n.source.number or 0, n.source.id))
        self._built = sorted(by_year.values(), key=lambda n: -(n.year or 0))
        self._refilter()

    def _refilter(self) -> None:
        """Keep the documents (and their issues and years) the filter matches; nothing is rebuilt."""
        self.beginResetModel()
        self.matched = 0
        for year_node in self._built:
            year_node.children = []
            for node in year_node.every:
                node.children = [child for child in node.every if self._matches(child.words)] if self._filter \
                    else list(node.every)
                if not self._filter or node.children or self._matches(node.words):
                    year_node.children.append(node)
                    self.matched += len(node.children)
        self._years = [node for node in self._built if node.children]
        self.endResetModel()

    def _matches(self, words: str) -> bool:
        return all(word in words for word in self._filter)

    def _source_words(self, source: SourceRow) -> str:
        words = [Path(source.path).name]
        if source.year:
            words += [self.tr("{0} No. {1}").format(source.year, source.number or ""), f"{source.year}年",
                      f"第{source.number}期", f"总第{source.total_number}期"]
        return " ".join(words)

    def _document_words(self, doc: DocumentRow) -> str:
        return " ".join(filter(None, [doc.label, "、".join(doc.issuer), doc.doc_type, doc.sign_date,
                                      self.statuses.get(doc.status, ""), doc.topic, *doc.tags]))

    # ---- finding -------------------------------------------------------------
    def _source_node(self, source_id: int) -> _Node | None:
        return next((node for year in self._years for node in year.children if node.source.id == source_id), None)

    def index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        siblings = node.parent.children if node.parent else self._years
        return self.createIndex(siblings.index(node), column, node)

    def source_index(self, source_id: int) -> QModelIndex:
        node = self._source_node(source_id)
        return self.index_of(node) if node else QModelIndex()

    def document_index(self, source_id: int, key: str) -> QModelIndex:
        node = self._source_node(source_id)
        child = next((c for c in node.children if c.document.key == key), None) if node else None
        return self.index_of(child) if child else QModelIndex()

    def source_ids(self) -> list[int]:
        """Sources shown (after the filter), in the order shown."""
        return [node.source.id for year in self._years for node in year.children]

    def document_keys(self, source_id: int) -> list[str]:
        """Keys of the documents of ``source_id`` shown (after the filter)."""
        node = self._source_node(source_id)
        return [child.document.key for child in node.children] if node else []

    def all_documents(self) -> list[DocumentRow]:
        """Every document row the library holds, whatever the filter shows."""
        return [doc for documents in self._documents.values() for doc in documents]

    def source_rows(self) -> list[SourceRow]:
        return list(self._sources.values())

    # ---- QAbstractItemModel --------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        siblings = parent.internalPointer().children if parent.isValid() else self._years
        if 0 <= row < len(siblings) and 0 <= column < self.COLUMNS:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()):  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        return self.index_of(node) if node is not None else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._years)
        return len(parent.internalPointer().children) if parent.column() == 0 else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == SOURCE_ROLE:
            return node.source
        if role == DOCUMENT_ROLE:
            return node.document
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "source" and node.source and node.source.not_found:
            return QBrush(QColor("#8a5a00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == "source" and node.source is not None:
                return "\n".join([node.source.path, *contents_gap(node.source)])
            if node.kind == "document":
                return "\n".join(filter(None, [node.document.label, "、".join(node.document.issuer)]))
        return None

    def _display(self, node: _Node, column: int) -> str:
        if node.kind == "year":
            count = sum(len(child.children) for child in node.children)
            if column:
                return ""
            return self.tr("{0} ({1} documents)").format(node.year, count) if node.year \
                else self.tr("Year unknown ({0} documents)").format(count)
        if node.kind == "source":
            source = node.source
            if column == 0:
                if source.year and source.number:  # an issue by its 期号; its file is in the tooltip
                    return self.tr("{0} No. {1}").format(source.year, source.number)
                return Path(source.path).name
            gap = self.tr("Contents: {0} not found").format(len(source.not_found)) if source.not_found else ""
            return ["", kind_name(source.kind), str(source.pages), "", gap][column]
        doc = node.document
        pages = (doc.page_end or doc.page_start) - doc.page_start + 1 if doc.page_start else None
        return [doc.label or self.tr("(untitled document)"), doc.doc_type or "", str(pages or ""),
                str(doc.page_start or ""), self._status_text(doc)][column]

    def _status_text(self, doc: DocumentRow | None) -> str:
        if doc is None:
            return ""
        status = self.statuses.get(doc.status, "")
        text = self.tr("{0} · {1} open").format(status, doc.open_findings) if doc.open_findings else status
        return text + self.tr(" · held twice") if doc.held_twice else text


def contents_gap(source: SourceRow) -> list[str]:
    """Lines saying which 目录 entries of ``source`` no document was found for (none when all were)."""
    if not source.not_found:
        return []
    head = QCoreApplication.translate("Contents", "The contents list {0} documents; no document was found for {1}:")
    return [head.format(source.contents, len(source.not_found)), *(f"· {title}" for title in source.not_found)]


class LibraryPane(QWidget):
    """The filter box (with the count of documents matching) over the library tree."""

    filtered = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.view = QTreeView()
        self.view.setObjectName("library")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.filter = QLineEdit()
        self.filter.setObjectName("libraryFilter")
        self.filter.setPlaceholderText(self.tr("Filter: year, issue, issuer, type, tag, title…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.count)
        layout.addWidget(self.view)
        self.view.header().resizeSection(0, 260)

    def set_rows(self, sources: list[SourceRow], documents: list[DocumentRow]) -> None:
        """Show the store's rows; the current row stays current (without announcing a change)."""
        self._keeping_current(lambda: self.model.set_rows(sources, documents))

    def update_source(self, source: SourceRow, documents: list[DocumentRow]) -> None:
        self._keeping_current(lambda: self.model.update_source(source, documents))

    def _keeping_current(self, change) -> None:
        current = self.view.currentIndex()
        source, document = current.data(SOURCE_ROLE), current.data(DOCUMENT_ROLE)
        opened = self._opened()
        self.view.selectionModel().blockSignals(True)
        change()
        self._reopen(opened)
        if document is not None:
            self.view.setCurrentIndex(self.model.document_index(document.source_id, document.key))
        elif source is not None:
            self.view.setCurrentIndex(self.model.source_index(source.id))
        self.view.selectionModel().blockSignals(False)
        self._show_count()

    def _opened(self) -> set:
        """(year) and (source id) of the rows opened, to open them again after a rebuild."""
        opened = set()
        for row in range(self.model.rowCount()):
            year = self.model.index(row, 0)
            if self.view.isExpanded(year):
                opened.add(("year", year.internalPointer().year))
                for child in range(self.model.rowCount(year)):
                    source = self.model.index(child, 0, year)
                    if self.view.isExpanded(source):
                        opened.add(("source", source.data(SOURCE_ROLE).id))
        return opened

    def _reopen(self, opened: set) -> None:
        expand_all = bool(self.model._filter) and self.model.matched <= EXPAND_ALL_BELOW
        for row in range(self.model.rowCount()):
            year = self.model.index(row, 0)
            if expand_all or ("year", year.internalPointer().year) in opened or not opened and row == 0:
                self.view.expand(year)
            for child in range(self.model.rowCount(year) if self.view.isExpanded(year) else 0):
                source = self.model.index(child, 0, year)
                if expand_all or ("source", source.data(SOURCE_ROLE).id) in opened:
                    self.view.expand(source)

    def apply_filter(self, text: str) -> None:
        """Keep the documents whose year, issue, issuer, 文种, status, tags or title hold every word typed."""
        self._keeping_current(lambda: self.model.set_filter(text))
        self.filtered.emit(self.model.matched)

    def _show_count(self) -> None:
        self.count.setText(self.tr("{0} documents match").format(self.model.matched) if self.model._filter
                           else self.tr("{0} documents").format(self.model.matched))

    # ---- for the window and tests ------------------------------------------------
    def select_source(self, source_id: int) -> None:
        """Make a source current (its year opened)."""
        index = self.model.source_index(source_id)
        if index.isValid():
            self.view.expand(index.parent())
            self.view.setCurrentIndex(index)

    def select_document(self, source_id: int, key: str) -> None:
        index = self.model.document_index(source_id, key)
        if index.isValid():
            self.view.expand(index.parent().parent())
            self.view.expand(index.parent())
            self.view.setCurrentIndex(index)

    def selected_documents(self) -> list[DocumentRow]:
        """The documents selected (several at once for tagging)."""
        rows = self.view.selectionModel().selectedRows(0)
        return [index.data(DOCUMENT_ROLE) for index in rows if index.data(DOCUMENT_ROLE) is not None]

    def current_source(self) -> SourceRow | None:
        return self.view.currentIndex().data(SOURCE_ROLE)
