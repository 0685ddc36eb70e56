"""What the parser could not place is said and shown: 目录 entries with no document (library and 校对 tab),
and lines and tables that belong to no document (the structure pane)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import show_text

ISSUE = "\n".join([
    "清河市人民政府公报", "2025年第2期", "目  录",
    "2·清河市人民政府关于加强河道管理的通知", "5·清河市人民政府关于做好春耕生产的通知",
    "8·清河市人民政府办公室关于开展安全检查的通知",
    "清河市人民政府关于加强河道管理的通知", "清府发〔2025〕4号", "各区人民政府：", "现就有关事项通知如下。",
    "清河市人民政府", "2025年2月1日",
    "清河市人民政府关于做好春耕生产的通知", "清府发〔2025〕5号", "各区人民政府：", "现就有关事项通知如下。",
    "清河市人民政府", "2025年2月3日"])

NOTES = "\n".join(["工作情况", "1.道路建设。全年完成12项。", "2.桥梁建设。完成3座。",
                   "项目\t数量", "道路\t12", "桥梁\t3"])


def test_an_entry_of_the_contents_with_no_document_is_named_in_library_and_proof_tab(qtbot, window, tmp_path):
    source_id = show_text(qtbot, window, tmp_path / "issue.txt", ISSUE)
    model = window.library_model
    index = model.source_index(source_id)
    status = model.data(index.siblingAtColumn(4), Qt.ItemDataRole.DisplayRole)
    assert status == "目录缺1篇"
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "清河市人民政府办公室关于开展安全检查的通知" in tip and "目录列出3篇" in tip
    gap = window.proof_pane.gap
    assert gap.isVisibleTo(window.proof_pane) and "开展安全检查" in gap.text()


def test_a_file_with_no_document_keeps_its_lines_and_table_in_the_structure_pane(qtbot, window, tmp_path):
    source_id = show_text(qtbot, window, tmp_path / "notes.txt", NOTES)
    assert window.store.library_rows([source_id]) == []
    part = window.store.unassigned(source_id)
    assert [e.text for e in part.elements][:2] == ["工作情况", "1.道路建设。全年完成12项。"]
    assert part.tables[0].grid() == [["项目", "数量"], ["道路", "12"], ["桥梁", "3"]]
    tree = window.structure_pane.model
    (label,) = [tree.item(row).text() for row in range(tree.rowCount())]
    assert label.startswith("未归入公文的内容") and tree.item(0).rowCount() == 4
    assert not window.proof_pane.gap.isVisibleTo(window.proof_pane)
