"""The document's fields (文号, title, issuer, 文种, recipients, signatory, date), editable in place.

``DocumentForm.show_document(doc)`` fills the form from a ``Document``; a field
a person corrected is marked ✎. When a person finishes editing a field the form
emits ``edited(field, value)`` with the value in the model's shape (issuer and
signatory as lists, split at 、 or ，). The proofreading status is chosen from a
list and emitted the same way (field ``status``).
"""
from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ui.labels import status_names
from workbench.model import Document

LIST_FIELDS = ("issuer", "signatory")


class DocumentForm(QWidget):
    edited = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels_text = {
            "doc_number": self.tr("Document number"), "title": self.tr("Title"), "issuer": self.tr("Issuer"),
            "doc_type": self.tr("Document type"), "recipients": self.tr("Recipients"),
            "signatory": self.tr("Signatory"), "sign_date": self.tr("Date signed"),
        }
        layout = QFormLayout(self)
        self.editors: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for field, text in self.labels_text.items():
            editor = QLineEdit()
            editor.setObjectName(f"field_{field}")
            editor.editingFinished.connect(lambda field=field: self._finished(field))
            self.labels[field] = QLabel(text)
            self.editors[field] = editor
            layout.addRow(self.labels[field], editor)
        self.status = QComboBox()
        self.status.setObjectName("field_status")
        for value, text in status_names().items():
            self.status.addItem(text, value)
        self.status.activated.connect(lambda index: self.edited.emit("status", self.status.itemData(index)))
        layout.addRow(QLabel(self.tr("Proofreading status")), self.status)
        self.shown: dict[str, str] = {}
        self.setEnabled(False)

    def show_document(self, doc: Document | None) -> None:
        self.setEnabled(doc is not None)
        for field, editor in self.editors.items():
            value = getattr(doc, field) if doc else None
            text = "、".join(value or []) if field in LIST_FIELDS else (value or "")
            self.shown[field] = text
            editor.blockSignals(True)
            editor.setText(text)
            editor.setCursorPosition(0)
            editor.blockSignals(False)
            corrected = bool(doc) and field in doc.edited
            self.labels[field].setText(("✎ " if corrected else "") + self.labels_text[field])
            self.labels[field].setToolTip(self.tr("Corrected by hand") if corrected else "")

        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(doc.status if doc else "todo")))
        self.status.blockSignals(False)

    def _finished(self, field: str) -> None:
        text = self.editors[field].text().strip()
        if text == self.shown.get(field):
            return
        self.shown[field] = text
        value = [part for part in re.split(r"[、，,]", text) if part] if field in LIST_FIELDS else (text or None)
        self.edited.emit(field, value)
