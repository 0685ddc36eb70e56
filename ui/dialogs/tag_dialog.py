"""The dialog that tags several documents at once: a 主题分类 class (or none) and tags to add.

``TagDialog(count, classes, tag_words)``; after ``exec()``, ``topic()`` is the class chosen
(None: leave each document's class as it is) and ``tags()`` the tags to add.
"""
from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ui.dialogs.dialog_keys import accept_on_ctrl_enter


class TagDialog(QDialog):
    def __init__(self, count: int, classes: list[str], tag_words: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag Documents"))
        self.classes = QComboBox()
        self.classes.addItem(self.tr("(leave as it is)"), None)
        for name in classes:
            self.classes.addItem(name, name)
        self.tag_line = QLineEdit()
        self.tag_line.setPlaceholderText(self.tr("Tags, separated by 、"))
        self.tag_line.setCompleter(QCompleter(tag_words, self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        accept_on_ctrl_enter(self)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("{0} documents selected").format(count)))
        layout.addRow(self.tr("Topic class"), self.classes)
        layout.addRow(self.tr("Add tags"), self.tag_line)
        layout.addRow(buttons)

    def topic(self) -> str | None:
        return self.classes.currentData()

    def tags(self) -> list[str]:
        return sorted({part.strip() for part in re.split(r"[、，,;；]", self.tag_line.text()) if part.strip()})
