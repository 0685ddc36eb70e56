"""The search pane: a query, filters, and the hits with their snippets.

``SearchPane`` emits ``query_changed(Query)`` a moment after a person stops typing (or at once
on a filter), and ``opened(Hit)`` on Enter or a double click. ``set_choices(sources, documents)``
fills the filters from the library's rows; ``show_found(found)`` lists the hits, best first,
each with its 文号, title, issue and a snippet with the hit marked.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import status_names
from workbench.store import DocumentRow, SourceRow
from workbench.store.library import source_year
from workbench.store.search import Filters, Found, Hit, Query

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_LINES = 2
TYPING_PAUSE_MS = 180


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit as rich text: a title line, then as much of the snippet as two lines of the row hold."""

    def __init__(self, html, parent=None):
        super().__init__(parent)
        self.html = html  # (hit, characters the snippet may have) → HTML
        self.document = QTextDocument()
        self.document.setDocumentMargin(3)

    def paint(self, painter, option, index) -> None:
        style = option.widget.style() if option.widget else None
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight().color().lighter(170))  # dark text stays legible
        elif style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        per_line = max(8, int((option.rect.width() - 8) / max(1, option.fontMetrics.horizontalAdvance("中"))))
        self.document.setHtml(self.html(index.data(HIT_ROLE), SNIPPET_LINES * per_line - 2))
        self.document.setTextWidth(option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        self.document.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(option.rect.width(), (1 + SNIPPET_LINES) * (option.fontMetrics.lineSpacing() + 1) + 10)


class SearchPane(QWidget):
    query_changed = Signal(object)  # Query
    opened = Signal(object)  # Hit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("searchPane")
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr("Search titles, text, document numbers, issuers, tags… (Ctrl+K)"))
        self.query.textChanged.connect(lambda _text: self.typing.start())
        self.query.installEventFilter(self)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.ask)
        self.mode = QComboBox()
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode.setMinimumContentsLength(4)  # the pane stays about as narrow as the library
        for label, mode in ((self.tr("As written"), "phrase"), (self.tr("Any of the parts"), "any"),
                            (self.tr("Words in any order"), "words")):
            self.mode.addItem(label, mode)
        self.filters: dict[str, QComboBox] = {}
        self.filter_panel = QWidget()
        self.filter_panel.setObjectName("searchFilters")
        form = QFormLayout(self.filter_panel)
        form.setContentsMargins(0, 0, 0, 0)
        labels = {"year": self.tr("Year"), "number": self.tr("Issue No."), "issuer": self.tr("Issuer"),
                  "doc_type": self.tr("Document type"), "topic": self.tr("Topic class"), "tag": self.tr("Tag"),
                  "status": self.tr("Status")}
        for name, label in labels.items():
            box = QComboBox()
            box.setObjectName(f"searchFilter_{name}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(4)
            box.addItem(self.tr("(any)"), None)
            box.currentIndexChanged.connect(self.ask)
            self.filters[name] = box
            form.addRow(label, box)
        self.filter_panel.hide()
        self.filter_button = QToolButton()
        self.filter_button.setObjectName("searchFilterButton")
        self.filter_button.setCheckable(True)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_button.toggled.connect(self.filter_panel.setVisible)
        top = QHBoxLayout()
        top.addWidget(self.mode, 1)
        top.addWidget(self.filter_button)
        self.mode.currentIndexChanged.connect(self.ask)
        for status, label in status_names().items():
            self.filters["status"].addItem(label, status)
        self._label_filters()
        self.count = QLabel()
        self.count.setObjectName("searchCount")
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(_HitDelegate(self.html, self.results))
        self.results.setUniformItemSizes(True)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.query)
        layout.addLayout(top)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

    # ---- asking ------------------------------------------------------------------------
    def current_query(self) -> Query:
        values = {name: box.currentData() for name, box in self.filters.items()}
        return Query(self.query.text().strip(), self.mode.currentData(), Filters(**values))

    def has_query(self) -> bool:
        query = self.current_query()
        return bool(query.text or query.filters)

    def ask(self) -> None:
        """Emit the query now (a pause in typing, a filter chosen, Enter)."""
        self.typing.stop()
        self._label_filters()
        self.query_changed.emit(self.current_query())

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def eventFilter(self, watched, event) -> bool:
        """In the query box: Down goes to the hits, Enter opens the one selected (or the first)."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.typing.isActive():
                    self.ask()
                elif self.model.rowCount():
                    current = self.results.currentIndex()
                    self._open(current if current.isValid() else self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    # ---- what the library offers to filter by ---------------------------------------------
    def set_choices(self, sources: list[SourceRow], documents: list[DocumentRow]) -> None:
        """Fill each filter with the values the store holds (the current choice kept)."""
        by_source: dict[int, list[DocumentRow]] = {}
        for doc in documents:
            by_source.setdefault(doc.source_id, []).append(doc)
        years = {source_year(source, by_source.get(source.id, [])) for source in sources}
        values: dict[str, list] = {
            "year": sorted((y for y in years if y), reverse=True),
            "number": sorted({source.number for source in sources if source.number}),
            "issuer": sorted({name for doc in documents for name in doc.issuer}),
            "doc_type": sorted({doc.doc_type for doc in documents if doc.doc_type}),
            "topic": sorted({doc.topic for doc in documents if doc.topic}),
            "tag": sorted({tag for doc in documents for tag in doc.tags}),
        }
        for name, choices in values.items():
            box = self.filters[name]
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in choices:
                box.addItem(str(value), value)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
            box.blockSignals(False)

    def _label_filters(self) -> None:
        """The filter button says how many filters are set (they narrow the hits even when hidden)."""
        chosen = sum(1 for box in self.filters.values() if box.currentData() is not None)
        self.filter_button.setText(self.tr("Filters ({0})").format(chosen) if chosen else self.tr("Filters"))

    def set_filter(self, name: str, value) -> None:
        box = self.filters[name]
        box.setCurrentIndex(max(0, box.findData(value)))

    # ---- the hits ------------------------------------------------------------------------
    def show_found(self, found: Found | None) -> None:
        """List the hits (None: nothing asked), keeping the selected hit where it is still found."""
        current = self.current_hit()
        self.model.clear()
        if found is None:
            self.count.setText("")
            return
        for hit in found.hits:
            item = QStandardItem()
            item.setData(hit, HIT_ROLE)
            item.setData(" ".join(filter(None, (hit.doc_number, hit.title))), Qt.ItemDataRole.DisplayRole)
            self.model.appendRow(item)
        if found.total > len(found.hits):
            self.count.setText(self.tr("{0} documents found, the first {1} listed").format(found.total, len(found.hits)))
        else:
            self.count.setText(self.tr("{0} documents found").format(found.total))
        if current is not None:
            for row, hit in enumerate(self.hits()):
                if (hit.source_id, hit.key) == (current.source_id, current.key):
                    self.results.setCurrentIndex(self.model.index(row, 0))

    def hits(self) -> list[Hit]:
        return [self.model.item(row).data(HIT_ROLE) for row in range(self.model.rowCount())]

    def current_hit(self) -> Hit | None:
        index = self.results.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    def html(self, hit: Hit, room: int) -> str:
        """A hit as rich text: 文号, title and issue on one line; the snippet cut to ``room`` characters
        around its hit (more of what follows than of what comes before)."""
        issue = self.tr("{0} No. {1}").format(hit.year, hit.number) if hit.number else str(hit.year or "")
        head = escape(" ".join(part for part in (hit.doc_number, hit.title) if part) or self.tr("(untitled document)"))
        snippet = ""
        if hit.snippet is not None:
            left = max(0, room - len(hit.snippet.hit)) // 3
            before = hit.snippet.before[-left:] if left else ""
            after = hit.snippet.after[:max(0, room - len(hit.snippet.hit) - len(before))]
            snippet = (escape(before) + '<span style="background:#ffd54f;color:#000">' + escape(hit.snippet.hit)
                       + "</span>" + escape(after))
        return (f"<div style='white-space:nowrap'><b>{head}</b> <span style='color:#777'>{escape(issue)}</span></div>"
                f"<div style='color:#444'>{snippet}</div>")

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            self.opened.emit(hit)
