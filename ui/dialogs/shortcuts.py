"""The help panel: every keyboard shortcut of a window (and of its open dialogs) in a searchable table.

``ShortcutsPanel(window)`` lists each action that has a shortcut: the keys and what they do,
grouped by where the action lives (main window or table editor).
"""
from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout


def shortcut_rows(window, names: dict[str, str]) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every action under ``window`` that has a shortcut; ``names`` names the
    dialogs by object name (actions of the window itself have no "where")."""
    rows = set()
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty():
            continue
        owner = action.parent()
        where = names.get(owner.objectName(), "") if owner is not None and owner is not window else ""
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        rows.add((where, keys, re.sub(r"\(&\w\)|&", "", action.text()).rstrip("…")))
    return sorted(rows)


class ShortcutsPanel(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcutsPanel")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(560, 520)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a shortcut…"))
        self.search.textChanged.connect(self._filter)
        rows = shortcut_rows(window, {"tableEditor": self.tr("table editor")})
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (where, keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(f"{what}（{where}）" if where else what))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def _filter(self, text: str) -> None:
        for row in range(self.table.rowCount()):
            shown = not text or any(text.lower() in self.table.item(row, col).text().lower() for col in (0, 1))
            self.table.setRowHidden(row, not shown)
