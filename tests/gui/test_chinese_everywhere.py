"""Every word a person reads in a dialog is Chinese — the workbench's own dialogs and Qt's file dialog alike.

Each dialog is opened for real and every label, button, check box, tab, column header and menu is read; a
text of Latin letters only (other than file formats and standard names) fails."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from ui.dialogs.about import AboutDialog
from ui.dialogs.archive_dialog import ArchiveDialog
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.shortcuts import ShortcutsPanel
from ui.dialogs.tag_dialog import TagDialog

ALLOWED = re.compile(r"^(XLSX|CSV|DOCX|HTML|JSON|PDF|OFD|Markdown|TSV|BagIt|SHA-256|OK|AGPL.*|PySide6|Qt|PyMuPDF|"
                     r"RapidOCR|Excel|Word|Ctrl\+.*|Shift\+.*|Alt\+.*|F\d+|PgUp|PgDn|Enter|Delete|Esc|Tab|Del)$")


def _texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            texts.append(widget.title() if isinstance(widget, QGroupBox) else widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    texts.append(root.windowTitle())
    return texts


def _english(texts: list[str]) -> list[str]:
    words = [re.sub(r"&(?=\w)", "", text).strip() for text in texts if text and text.strip()]
    return [word for word in words if re.fullmatch(r"[A-Za-z][A-Za-z .,:;!?()'’/-]*", word)
            and re.search(r"[A-Za-z]{2}", word) and not ALLOWED.match(word)]


@pytest.mark.parametrize("make", [
    lambda w: ArchiveDialog([2025, 2024], {}, w),
    lambda w: ExportDialog("清府发〔2025〕1号", "2025年第1期", 2, w),
    lambda w: TagDialog(3, ["城乡建设、环境保护"], ["防汛"], w),
    lambda w: AboutDialog(w),
    lambda w: ShortcutsPanel(w),
])
def test_the_workbench_dialogs_speak_chinese(qtbot, window, make):
    dialog = make(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _english(_texts(dialog)) == []


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_qts_file_dialog_speaks_chinese(qtbot, window, tmp_path, mode):
    (tmp_path / "folder").mkdir()
    (tmp_path / "公报.pdf").write_bytes(b"%PDF-1.4")
    dialog = QFileDialog(window, "导入文件", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(300)  # the folder's rows arrive from a thread
    views = [view for view in dialog.findChildren(QAbstractItemView) if view.isVisible()]
    cells = [str(view.model().index(r, c, view.rootIndex()).data() or "") for view in views
             for r in range(view.model().rowCount(view.rootIndex())) for c in range(1, view.model().columnCount())]
    assert _english(_texts(dialog) + cells) == []
    assert not any(re.fullmatch(r"\d{1,2} \d{1,2} \d{4}.*", cell) for cell in cells)  # dates read 2026/12/5
