"""Every proofreading category, source kind and status the core knows has a Chinese name in the window."""
import re

from ui.labels import (
    category_names,
    element_names,
    finding_status_names,
    format_names,
    kind_name,
    severity_names,
    status_names,
)
from workbench.export.formats import EXPORTERS
from workbench.vocabulary import Category, ElementKind, FindingStatus, ProofStatus, Severity, SourceKind

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_every_category_kind_and_status_has_a_chinese_label(window):
    names = category_names()
    assert all(CHINESE.search(names[category]) for category in Category)
    assert all(CHINESE.search(element_names()[kind]) for kind in ElementKind)
    assert all(CHINESE.search(format_names()[each.name]) for each in EXPORTERS)
    assert all(CHINESE.search(window.structure_pane.model.element_label(kind, None)) for kind in ElementKind)
    assert all(kind_name(kind.value) != kind.value for kind in SourceKind)  # 文本, 图像, 网页, PDF, OFD …
    assert all(CHINESE.search(status_names()[status.value]) for status in ProofStatus)
    assert all(CHINESE.search(finding_status_names()[status.value]) for status in FindingStatus)
    assert all(CHINESE.search(severity_names()[severity.value]) for severity in Severity)


def test_the_keys_of_the_findings_list_and_the_topic_key_are_in_the_menus_and_f1(window):
    from PySide6.QtGui import QKeySequence

    from ui.dialogs.shortcuts import shortcut_rows

    rows = {(keys, what) for _where, keys, what in shortcut_rows(window, {})}
    said = {what for _keys, what in rows}
    assert {"采纳建议", "手工更正文字", "忽略此问题", "采用建议的主题分类"} <= said
    menu_texts = {action.text() for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                  for action in menu.actions()}
    assert {"采纳建议", "手工更正文字…", "忽略此问题…"} <= menu_texts
    assert any(keys == QKeySequence("Ctrl+Shift+A").toString(QKeySequence.SequenceFormat.NativeText) for keys, _ in rows)


def test_ctrl_shift_a_away_from_a_document_says_why_not(qtbot, window):
    window.structure_pane.current = None
    window.tagging.take_suggestion()
    assert "请先选择一篇公文" in window.status.message.text()


def test_ctrl_enter_presses_ok_in_the_dialogs(qtbot, window):
    from PySide6.QtCore import Qt

    from ui.dialogs.tag_dialog import TagDialog

    dialog = TagDialog(2, ["城乡建设、环境保护"], ["防汛"], window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
