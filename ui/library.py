"""The library pane: every source in the store and the documents parsed from it, with a filter.

``LibraryModel.reload(store)`` rebuilds the tree from the store: a row per
source (file name, kind, pages) with a child row per document (文号, title).
Each item carries ``SOURCE_ROLE``/``DOCUMENT_ROLE`` data for the views, and
``SEARCH_ROLE``: the words the library filter matches (year, 期号, issuer, 文种,
tags, proofreading status, 文号, title, file name).
"""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QTreeView, QVBoxLayout, QWidget

from workbench.store import Store

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

class LibraryModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Pages"), self.tr("Status")])

    def kind_name(self, kind: str) -> str:
        """The source kind as the person reads it."""
        names = {"pdf": "PDF", "text": self.tr("Text"), "docx": "Word", "image": self.tr("Image")}
        return names.get(kind, kind)

    def reload(self, store: Store) -> None:
        self.removeRows(0, self.rowCount())
        documents: dict[int, list[dict]] = {}
        for doc in store.documents():
            documents.setdefault(doc["source_id"], []).append(doc)
        tags = store.tags()
        statuses = store.statuses()
        names = {"todo": self.tr("Not proofread"), "doing": self.tr("Proofreading"), "done": self.tr("Proofread")}
        for source in store.sources():
            issue = store.issue(source["id"])
            name = QStandardItem(Path(source["path"]).name)
            issue_words = []
            if issue and issue.year:
                issue_words.append(self.tr("{0} No. {1}").format(issue.year, issue.number or ""))
                issue_words += [f"{issue.year}年", f"第{issue.number}期", f"总第{issue.total_number}期"]
            name.setData(" ".join([name.text(), *issue_words]), SEARCH_ROLE)
            name.setToolTip(source["path"])
            name.setData(source, SOURCE_ROLE)
            kind = QStandardItem(self.kind_name(source["kind"]))
            pages = QStandardItem(str(source["pages"]))
            for doc in documents.get(source["id"], []):
                label = " ".join(part for part in (doc["doc_number"], doc["title"]) if part)
                child = QStandardItem(label or self.tr("(untitled document)"))
                child.setData(source, SOURCE_ROLE)
                child.setData(doc, DOCUMENT_ROLE)
                issuer = "、".join(json.loads(doc["issuer"] or "[]"))
                child.setToolTip(issuer)
                doc_tags = tags.get((source["id"], doc["key"]), [])
                status = names[statuses.get((source["id"], doc["key"]), "todo")]
                child.setData(" ".join(filter(None, [label, issuer, doc["doc_type"], doc["sign_date"], status,
                                                     *doc_tags])), SEARCH_ROLE)
                name.appendRow([child, QStandardItem(doc["doc_type"] or ""), QStandardItem(str(doc["page_start"] or "")),
                                QStandardItem(status)])
            for item in (name, kind, pages):
                item.setEditable(False)
            self.appendRow([name, kind, pages])


class LibraryPane(QWidget):
    """The filter box over the library tree. ``reload(store)`` rebuilds it keeping the current row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.view = QTreeView()
        self.view.setObjectName("library")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("libraryFilter")
        self.filter.setPlaceholderText(self.tr("Filter: year, issue, issuer, type, tag, title…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)

    def reload(self, store: Store) -> None:
        """Rebuild from the store; the current row stays current (without announcing a change)."""
        current = self.view.currentIndex()
        place = (current.parent().row(), current.row()) if current.isValid() else None
        self.view.selectionModel().blockSignals(True)
        self.model.reload(store)
        self.view.expandAll()
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)
        if place is not None:
            parent = self.model.index(place[0], 0) if place[0] >= 0 else self.model.index(-1, -1)
            self.view.setCurrentIndex(self.model.index(place[1], 0, parent))
        self.view.selectionModel().blockSignals(False)
        self.apply_filter(self.filter.text())

    def apply_filter(self, text: str) -> None:
        """Hide rows whose year, issue, issuer, 文种, status, tags or title do not hold every word typed."""
        words = text.split()
        root = self.model.invisibleRootItem().index()
        for row in range(self.model.rowCount()):
            source = self.model.item(row, 0)
            own_words = source.data(SEARCH_ROLE) or ""
            any_child = False
            for child_row in range(source.rowCount()):
                blob = own_words + " " + (source.child(child_row, 0).data(SEARCH_ROLE) or "")
                shown = all(word in blob for word in words)
                self.view.setRowHidden(child_row, source.index(), not shown)
                any_child = any_child or shown
            self.view.setRowHidden(row, root, not (all(word in own_words for word in words) or any_child))
