"""Tagging in the window: suggestions in the form, one key to accept, free tags, undo, the library filter."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import settle, show_text

NOTICE = "\n".join(["清河市人民政府办公室文件", "清府办发〔2025〕7号", "清河市人民政府办公室",
                    "关于开展安全生产大检查的通知", "各区人民政府，市政府各部门：",
                    "各区要全面排查安全生产隐患，严防重特大事故发生，消防和危险化学品是检查重点。",
                    "清河市人民政府办公室", "2025年3月1日"])


def _opened(qtbot, window, tmp_path) -> int:
    """The composed notice imported, its document shown in the form."""
    source_id = show_text(qtbot, window, tmp_path / "notice.txt", NOTICE)
    window.structure_pane.select_document(0)
    settle(qtbot, window)
    return source_id


def _shown(qtbot, window, tmp_path):
    """… and its topic suggestions made."""
    source_id = _opened(qtbot, window, tmp_path)
    window.form.suggestions_wanted.emit()  # what coming to the 主题分类 field (focus or its list) says
    qtbot.waitUntil(lambda: bool(window.form.suggested), timeout=30000)
    return source_id


def test_ctrl_shift_a_asks_for_suggestions_and_takes_the_first(qtbot, window, tmp_path):
    source_id = _opened(qtbot, window, tmp_path)
    assert window.form.suggested == []  # nothing is suggested for a document merely passed by
    window.form.accept_first_suggestion()
    qtbot.waitUntil(lambda: window.store.library_rows([source_id])[0].topic == "市场监管、安全生产监管", timeout=30000)


def test_the_form_suggests_a_class_and_one_key_takes_it_undoably(qtbot, window, tmp_path):
    source_id = _shown(qtbot, window, tmp_path)
    form = window.form
    assert form.suggested[0].name == "市场监管、安全生产监管"
    assert form.topic.itemText(1).startswith("★ 市场监管、安全生产监管")
    form.topic.setFocus()
    qtbot.keyClick(form.topic, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    row = window.store.library_rows([source_id])[0]
    assert row.topic == "市场监管、安全生产监管"
    assert form.topic.currentData() == "市场监管、安全生产监管"
    window.actions_["undo"].trigger()
    settle(qtbot, window)
    assert window.store.library_rows([source_id])[0].topic is None


def test_free_tags_are_saved_completed_and_found_by_the_library_filter(qtbot, window, tmp_path):
    source_id = _shown(qtbot, window, tmp_path)
    form = window.form
    form.tags.setText("安全检查、消防")
    form.tags.editingFinished.emit()
    settle(qtbot, window)
    assert window.store.library_rows([source_id])[0].tags == ["安全检查", "消防"]
    qtbot.waitUntil(lambda: "安全检查" in form.tag_words.stringList(), timeout=10000)
    window.library_filter.setText("安全检查")
    assert window.library_model.matched == 1
    window.library_filter.setText("绿化管理")
    assert window.library_model.matched == 0


def test_three_documents_tagged_at_once_undone_in_one_step_and_filtered_by_class(qtbot, window, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel

    from ui.dialogs.tag_dialog import TagDialog

    source_id = window.library_model.source_ids()[0]  # the sample bulletin
    keys = window.library_model.document_keys(source_id)[:3]
    assert len(keys) == 3
    selection = window.library_pane.view.selectionModel()
    for key in keys:
        selection.select(window.library_model.document_index(source_id, key),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    monkeypatch.setattr(TagDialog, "exec", lambda self: 1)
    monkeypatch.setattr(TagDialog, "topic", lambda self: "综合政务")
    monkeypatch.setattr(TagDialog, "tags", lambda self: ["样例"])
    window.tagging.tag_selected()
    settle(qtbot, window)
    rows = {row.key: row for row in window.store.library_rows([source_id])}
    assert all(rows[key].topic == "综合政务" and rows[key].tags == ["样例"] for key in keys)
    window.library_filter.setText("综合政务")
    assert window.library_model.matched == 3
    window.actions_["undo"].trigger()
    settle(qtbot, window)
    rows = {row.key: row for row in window.store.library_rows([source_id])}
    assert all(rows[key].topic is None and rows[key].tags == [] for key in keys)
    window.library_filter.setText("综合政务")
    assert window.library_model.matched == 0


def test_the_tag_pane_counts_classes_and_tags_and_filters_the_library(qtbot, window, tmp_path):
    source_id = _shown(qtbot, window, tmp_path)
    window.form.tags.setText("安全检查")
    window.form.tags.editingFinished.emit()
    window.form.accept_first_suggestion()
    settle(qtbot, window)
    pane = window.tag_pane
    qtbot.waitUntil(lambda: pane.counts().get("安全检查") == 1, timeout=10000)
    assert pane.counts()["市场监管、安全生产监管"] == 1
    item = pane.tree.topLevelItem(1).child(0)  # 标签 → 安全检查
    pane.tree.itemClicked.emit(item, 0)
    assert window.library_filter.text() == "安全检查" and window.library_model.matched == 1
    assert window.store.library_rows([source_id])[0].tags == ["安全检查"]


def test_second_level_classes_are_offered_under_their_first_level(qtbot, window, tmp_path):
    _opened(qtbot, window, tmp_path)
    box = window.form.topic
    values = [box.itemData(i) for i in range(box.count())]
    first = values.index("国务院组织机构")
    assert values[first + 1] == "国务院组织机构\\机构设置" and box.itemText(first + 1).strip() == "机构设置"
    box.setCurrentIndex(first + 1)
    box.activated.emit(first + 1)
    settle(qtbot, window)
    (row,) = [r for r in window.store.library_rows() if r.topic]
    assert row.topic == "国务院组织机构\\机构设置"
