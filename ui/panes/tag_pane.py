"""The tag pane: every 主题分类 class and free tag in the store with its number of documents.

``TagPane.show_counts(rows)`` takes the library's ``DocumentRow``s; choosing an entry emits
``chosen(text)`` (the window puts it in the library filter).
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from workbench.store import DocumentRow

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class TagPane(QWidget):
    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tagPane")
        self.tree = QTreeWidget()
        self.tree.setObjectName("tagTree")
        self.tree.setHeaderLabels([self.tr("Class or tag"), self.tr("Documents")])
        self.tree.setColumnWidth(0, 260)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)

    def show_counts(self, rows: list[DocumentRow]) -> None:
        topics = Counter(row.topic for row in rows if row.topic)
        tags = Counter(tag for row in rows for tag in row.tags)
        unclassified = sum(1 for row in rows if not row.topic)
        self.tree.clear()
        for title, counts in ((self.tr("Topic classes"), topics), (self.tr("Tags"), tags)):
            group = QTreeWidgetItem(self.tree, [title, str(sum(counts.values()))])
            group.setExpanded(True)
            for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
                item = QTreeWidgetItem(group, [name, str(count)])
                item.setData(0, TEXT_ROLE, name)
        QTreeWidgetItem(self.tree, [self.tr("Not classified"), str(unclassified)])

    def counts(self) -> dict[str, int]:
        """``{class or tag: documents}`` as shown."""
        found = {}
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount()):
                found[group.child(i).text(0)] = int(group.child(i).text(1))
        return found

    def _on_item(self, item, _column=0) -> None:
        text = item.data(0, TEXT_ROLE)
        if text:
            self.chosen.emit(text)
