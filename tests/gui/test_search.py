"""Search in the window: Ctrl+K, hits while typing, a hit opened on its page and marked, results that follow edits."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.builders import Placed, write_pdf
from tests.gui.conftest import settle, source_id_of

PAGES = [
    ["清河市人民政府办公室文件", "清府办发〔2025〕9号", "清河市人民政府办公室",
     "关于开展冬季防火检查的通知", "各区人民政府，市政府各部门：", "为做好今冬明春防火工作，现就有关事项通知如下。"],
    ["一、全面排查隐患", "各区要组织力量对人员密集场所逐一检查，", "建立问题清单，限期整改到位。"],
    ["二、加强宣传教育", "各街道要开展消防安全巡查和演练，", "提高群众自防自救能力。",
     "清河市人民政府办公室", "2025年11月20日"],
]


def _import(qtbot, window, tmp_path):
    """A three-page notice as a text PDF, imported; its source id."""
    path = write_pdf(tmp_path / "fire.pdf", [[Placed(70, 110 + 28 * i, text, 12) for i, text in enumerate(page)]
                                             for page in PAGES])
    window.import_paths([str(path)])
    settle(qtbot, window)
    return source_id_of(window, path)


def _type(qtbot, window, text: str) -> None:
    """Type into the search box one character at a time (as an input method commits them)."""
    box = window.search_pane.query
    box.clear()
    for char in text:
        box.insert(char)
    qtbot.waitUntil(lambda: window.searching.query.text == text and not window.busy(), timeout=30000)


def test_ctrl_k_searches_while_typing_and_enter_opens_the_hit_marked_on_its_page(qtbot, window, tmp_path):
    source_id = _import(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.left_tabs.currentWidget() is window.search_pane
    assert window.search_pane.query.hasFocus()
    _type(qtbot, window, "消防安全巡查")
    (hit,) = window.search_pane.hits()
    assert hit.source_id == source_id and hit.snippet.hit == "消防安全巡查"
    assert "找到 1 篇" in window.search_pane.count.text() or "1 documents" in window.search_pane.count.text()
    qtbot.keyClick(window.search_pane.query, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.page_number() == 3, timeout=30000)
    assert window.current_source.id == source_id
    node = window.current_node
    assert node.kind == "element" and window.documents[node.doc].elements[node.seq].text == "各街道要开展消防安全巡查和演练，"
    x0, y0, x1, y1 = window.page_view._highlight_box  # the hit, not its whole line
    assert abs(x0 - (70 + 6 * 12)) <= 2 and abs(x1 - (70 + 12 * 12)) <= 2  # six characters in, six long
    assert 110 + 28 - 14 <= y0 < y1 <= 110 + 28 + 6


def test_a_phrase_is_not_its_characters_scattered_and_filters_narrow(qtbot, window, tmp_path):
    _import(qtbot, window, tmp_path)
    window.searching.focus()
    _type(qtbot, window, "检查防火")  # both words are there, never side by side
    assert window.search_pane.hits() == []
    window.search_pane.mode.setCurrentIndex(window.search_pane.mode.findData("words"))
    qtbot.waitUntil(lambda: window.searching.query.mode == "words" and not window.busy(), timeout=30000)
    assert [hit.doc_number for hit in window.search_pane.hits()] == ["清府办发〔2025〕9号"]
    window.search_pane.set_filter("year", 2025)
    qtbot.waitUntil(lambda: window.searching.query.filters.year == 2025 and not window.busy(), timeout=30000)
    assert len(window.search_pane.hits()) == 1
    window.search_pane.set_filter("doc_type", "通知")
    window.search_pane.set_filter("status", "done")
    qtbot.waitUntil(lambda: window.searching.query.filters.status == "done" and not window.busy(), timeout=30000)
    assert window.search_pane.hits() == []


def test_hits_follow_a_corrected_title_and_its_undo(qtbot, window, tmp_path):
    source_id = _import(qtbot, window, tmp_path)
    window.searching.focus()
    _type(qtbot, window, "冬季消防")
    assert window.search_pane.hits() == []
    key = window.store.documents(source_id)[0].key
    window.library_pane.select_document(source_id, key)
    settle(qtbot, window)
    window.editing.correct_field("title", "关于开展冬季消防检查的通知")
    qtbot.waitUntil(lambda: len(window.search_pane.hits()) == 1, timeout=30000)
    window.actions_["undo"].trigger()
    qtbot.waitUntil(lambda: window.search_pane.hits() == [], timeout=30000)
