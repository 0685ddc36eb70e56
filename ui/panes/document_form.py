"""The document's fields (文号, title, issuer, 文种, recipients, signatory, date), editable in place.

``DocumentForm.show_document(doc)`` fills the form from a ``Document``; a field
a person corrected is marked ✎. When a person finishes editing a field the form
emits ``edited(field, value)`` with the value in the model's shape (issuer and
signatory as lists, split at 、 or ，). The proofreading status is chosen from a
list and emitted the same way (field ``status``), as is the 主题分类 class (field ``topic``:
the scheme's classes, the suggested ones on top — ``show_suggestions``, asked for with
``suggestions_wanted`` when a person comes to the field — and Ctrl+Shift+A takes the first) and the free tags (field ``tags``, completed from the tags in use).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QWidget

from ui.labels import status_names
from workbench.model import Document
from workbench.store.revisions import RETENTION, SECRECY
from workbench.tags.scheme import SUBCLASS, load_scheme, topic_names
from workbench.tags.suggest import TopicScore
from workbench.vocabulary import ProofStatus

LIST_FIELDS = ("issuer", "signatory")


class _TopicBox(QComboBox):
    """The 主题分类 list; says when a person comes to it (that is when suggestions are worth making)."""

    wanted = Signal()

    def focusInEvent(self, event) -> None:
        self.wanted.emit()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.wanted.emit()
        super().showPopup()


class DocumentForm(QWidget):
    edited = Signal(str, object)
    suggestions_wanted = Signal()  # the person came to the 主题分类 field, or pressed Ctrl+Shift+A

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
        self.topic = _TopicBox()
        self.topic.wanted.connect(self.suggestions_wanted)
        self._accept_when_suggested = False
        self.topic.setObjectName("field_topic")
        self.topic.activated.connect(lambda index: self.edited.emit("topic", self.topic.itemData(index)))
        layout.addRow(QLabel(self.tr("Topic class")), self.topic)
        self.hint = QLabel()
        self.hint.setObjectName("topicHint")
        self.hint.setWordWrap(True)
        layout.addRow("", self.hint)
        self.suggested: list[TopicScore] = []
        self.tags = QLineEdit()
        self.tags.setObjectName("field_tags")
        self.tags.setPlaceholderText(self.tr("Tags, separated by 、"))
        self.tag_words = QStringListModel(self)
        completer = QCompleter(self.tag_words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.tags.editingFinished.connect(self._tags_finished)
        layout.addRow(QLabel(self.tr("Tags")), self.tags)
        self.marks: dict[str, QComboBox] = {}
        for field, label, values in (("secrecy", self.tr("Secrecy (密级)"), SECRECY),
                                     ("retention", self.tr("Retention (保管期限)"), RETENTION)):
            box = QComboBox()
            box.setObjectName(f"field_{field}")
            box.addItem(self.tr("(as the archive package says)") if field == "retention" else self.tr("(none)"), None)
            for value in values:
                box.addItem(value, value)
            box.activated.connect(lambda index, field=field, box=box: self.edited.emit(field, box.itemData(index)))
            self.marks[field] = box
            layout.addRow(QLabel(label), box)
        self._doc: Document | None = None
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
        self.status.setCurrentIndex(max(0, self.status.findData(doc.status if doc else ProofStatus.TODO)))
        self.status.blockSignals(False)
        for field, box in self.marks.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(getattr(doc, field) if doc else None)))
            box.blockSignals(False)
        self._doc = doc
        self.shown["tags"] = "、".join(doc.tags) if doc else ""
        self.tags.setText(self.shown["tags"])
        self._fill_topics()

    def show_suggestions(self, suggested: list[TopicScore]) -> None:
        """The ranked classes for the document shown: they go on top of the list, marked."""
        self.suggested = suggested[:3]
        self._fill_topics()
        if self._accept_when_suggested and self.suggested:
            self._accept_when_suggested = False
            self.accept_first_suggestion()

    def set_tag_words(self, words: list[str]) -> None:
        """The tags in use in the store, for completion."""
        self.tag_words.setStringList(sorted(words))

    def accept_first_suggestion(self) -> None:
        """Ctrl+Shift+A: the first suggestion becomes the class (asked for first when there is none yet)."""
        if not self.suggested:
            self._accept_when_suggested = self._doc is not None
            self.suggestions_wanted.emit()
        elif self._doc is not None and self._doc.topic != self.suggested[0].name:
            self.edited.emit("topic", self.suggested[0].name)

    def _fill_topics(self) -> None:
        first = self.suggested[0] if self.suggested else None
        self.hint.setText(self.tr("Suggested: {0} ({1}) — Ctrl+Shift+A").format(
            first.name, "、".join(first.evidence[:3])) if first and self._doc is not None and self._doc.topic != first.name
            else "")
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(self.tr("(none)"), None)
        for topic in self.suggested:
            mark = self.tr("learned") if topic.learned else self.tr("suggested")
            self.topic.addItem(f"★ {topic.name}（{mark}：{'、'.join(topic.evidence[:3])}）", topic.name)
        for name in topic_names(load_scheme()):  # a second-level class under its first level, indented
            _, _, second = name.partition(SUBCLASS)
            self.topic.addItem(f"　　{second}" if second else name, name)
        current = self._doc.topic if self._doc else None
        self.topic.setCurrentIndex(max(0, self.topic.findData(current)) if current else 0)
        self.topic.blockSignals(False)

    def _tags_finished(self) -> None:
        text = self.tags.text().strip()
        if text == self.shown.get("tags"):
            return
        self.shown["tags"] = text
        self.edited.emit("tags", sorted({part.strip() for part in re.split(r"[、，,;；]", text) if part.strip()}))

    def _finished(self, field: str) -> None:
        text = self.editors[field].text().strip()
        if text == self.shown.get(field):
            return
        self.shown[field] = text
        value = [part for part in re.split(r"[、，,]", text) if part] if field in LIST_FIELDS else (text or None)
        self.edited.emit(field, value)
