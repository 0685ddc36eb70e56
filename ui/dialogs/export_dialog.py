"""The Export dialog: what to export (the document shown, its issue, the documents selected, everything)
and in which format.

``ExportDialog(document, issue, selected)`` (labels of what is there to export; None when nothing is);
after ``exec()``, ``scope()`` is "document", "issue", "selection" or "all", and ``format()`` the name of
one of ``EXPORTERS`` (a store-wide format only for everything; everything only in a store-wide format).
"""
from __future__ import annotations

from typing import cast

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.dialog_keys import accept_on_ctrl_enter
from ui.labels import format_names
from workbench.export.formats import EXPORTERS, Scope, exporter


class ExportDialog(QDialog):
    def __init__(self, document: str | None, issue: str | None, selected: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.scopes = QButtonGroup(self)
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        for scope, label, enabled in (
                ("document", self.tr("This document: {0}").format(document or ""), document is not None),
                ("issue", self.tr("Its issue: {0}").format(issue or ""), issue is not None),
                ("selection", self.tr("The {0} documents selected in the library").format(selected), selected > 1),
                ("all", self.tr("Everything in the store (JSON)"), True)):
            button = QRadioButton(label)
            button.setObjectName(f"exportScope_{scope}")
            button.setProperty("scope", scope)
            button.setEnabled(enabled)
            self.scopes.addButton(button)
            column.addWidget(button)
        next(button for button in self.scopes.buttons() if button.isEnabled()).setChecked(True)
        self.formats = QComboBox()
        self.formats.setObjectName("exportFormat")
        names = format_names()
        for each in EXPORTERS:
            self.formats.addItem(names[each.name], each.name)
        self.scopes.buttonToggled.connect(lambda *_: self._fit_format())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        accept_on_ctrl_enter(self)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Export"), choices)
        layout.addRow(self.tr("Format"), self.formats)
        layout.addRow(buttons)
        self._fit_format()

    def scope(self) -> str:
        return self.scopes.checkedButton().property("scope")

    def format(self) -> str:
        return self.formats.currentData()

    def _fit_format(self) -> None:
        """Everything goes only as JSON; JSON only for everything."""
        everything = self.scope() == "all"
        model = cast(QStandardItemModel, self.formats.model())
        for row in range(self.formats.count()):
            model.item(row).setEnabled((exporter(self.formats.itemData(row)).scope is Scope.STORE) == everything)
        if not model.item(self.formats.currentIndex()).isEnabled():
            wanted = next(e for e in EXPORTERS if (e.scope is Scope.STORE) == everything)
            self.formats.setCurrentIndex(self.formats.findData(wanted.name))
