"""The workbench window through its real widgets: structure beside the source, fields and tables corrected by hand."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetSelectionRange

from tests.gui.conftest import select_document, select_source, settle, source_id_of, wait_for_operation
from tests.test_tables import write_split_table
from ui.app import open_window
from ui.panes.structure import NODE_ROLE
from workbench.edit import table_ops


def open_source(qtbot, win, path: Path):
    """Import ``path`` and select it in the library."""
    win.import_paths([str(path)])
    wait_for_operation(qtbot, win)
    select_source(qtbot, win, source_id_of(win, path))


def nodes(win, kind):
    return [item for item in win.structure_model._items() if item.data(NODE_ROLE).kind == kind]


def largest_table_node(win):
    def rows(item):
        node = item.data(NODE_ROLE)
        return win.documents[node.doc].tables[node.seq].n_rows
    return max(nodes(win, "table"), key=rows)


def stored_table(win, node):
    return win.store.document(win.current_source.id, node.key).tables[node.seq]


def plain_pair(table):
    """(row, col) of a single cell with another single cell below it, in a body row."""
    plain = {(c.row, c.col) for c in table.cells if c.rowspan == c.colspan == 1}
    return min((r, c) for r, c in plain if r >= 1 and c >= 1 and (r + 1, c) in plain)


def correct_a_table_by_hand(qtbot, win, path: Path, tmp_path: Path):
    """Select, highlight, click, edit a cell, merge, move a separator and re-extract, undo and redo."""
    open_source(qtbot, win, path)
    item = largest_table_node(win)
    node = item.data(NODE_ROLE)
    win.structure.setCurrentIndex(item.index())
    assert win.page_number() == node.page
    highlighted = win.page_view.highlighted.rect()
    assert abs(highlighted.left() / win.page_view.zoom - node.bbox[0]) < 1
    assert abs(highlighted.bottom() / win.page_view.zoom - node.bbox[3]) < 1

    win.structure.setCurrentIndex(nodes(win, "document")[0].index())
    win.go_to_page(node.page)
    inside = win.page_view._rect(node.bbox).center()  # a click on the table selects its node again
    view = win.page_view.graphics
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(inside))
    assert win.current_node.kind == "table" and win.current_node.seq == node.seq

    editor = win.edit_table()
    qtbot.addWidget(editor)
    before = stored_table(win, node)
    row, col = plain_pair(before)
    editor.grid.item(row, col).setText("人工校对的单元格")
    assert table_ops.covering(stored_table(win, node), row, col).text == "人工校对的单元格"

    editor.grid.setRangeSelected(QTableWidgetSelectionRange(row, col, row + 1, col), True)
    editor.merge_action.trigger()
    merged = table_ops.covering(stored_table(win, node), row, col)
    assert (merged.row, merged.rowspan) == (row, 2)

    columns = sorted((s for s in editor.region.separators if not s.horizontal), key=lambda s: s.position())
    columns[2].setSelected(True)  # the rule between the second and third columns taken away: one column fewer
    editor.region.remove_selected()
    asked = []
    answer = QMessageBox.StandardButton.Yes

    def question(*args):
        asked.append(args[2])
        return answer

    original, QMessageBox.question = QMessageBox.question, question  # re-extract asks first: the table was edited
    try:
        answer = QMessageBox.StandardButton.No
        editor.reextract_action.trigger()
        assert len(asked) == 1 and win.undo_stack.count() == 2  # said no: nothing read again
        answer = QMessageBox.StandardButton.Yes
        editor.reextract_action.trigger()
    finally:
        QMessageBox.question = original
    qtbot.waitUntil(lambda: win.undo_stack.count() == 3, timeout=30000)
    extracted = stored_table(win, node)
    first_part = extracted.parts[0]
    assert len(first_part.col_separators) == len(before.parts[0].col_separators) - 1
    last = before.parts[0].rows[-1]  # a body row of the part read again: its columns 1 and 2 are one cell now
    assert extracted.n_cols == before.n_cols
    assert table_ops.covering(extracted, last, 1) is table_ops.covering(extracted, last, 2)

    win.actions_["undo"].trigger()  # re-extract undone: the merge is back
    assert table_ops.covering(stored_table(win, node), row, col).rowspan == 2
    win.actions_["undo"].trigger()
    win.actions_["undo"].trigger()
    assert stored_table(win, node).grid() == before.grid()
    for _ in range(3):
        win.actions_["redo"].trigger()
    assert stored_table(win, node).grid() == extracted.grid()
    assert editor.grid.rowCount() == extracted.n_rows  # the editor follows undo and redo
    editor.activateWindow()
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z in the editor's window
    assert stored_table(win, node).grid() != extracted.grid()
    win.actions_["redo"].trigger()
    return node, extracted


def test_table_corrected_by_hand_survives_a_restart(qtbot, tmp_path, settings, window):
    path = write_split_table(tmp_path / "plan.pdf")
    node, extracted = correct_a_table_by_hand(qtbot, window, path, tmp_path)
    store_path = window.store_path
    window.close()
    again = open_window(store_path, settings)
    qtbot.addWidget(again)
    settle(qtbot, again)
    select_source(qtbot, again, source_id_of(again, path))
    assert stored_table(again, node).grid() == extracted.grid()
    assert "tables" in again.documents[node.doc].edited


def test_corpus_pdf_table_corrected_by_hand_survives_a_restart(qtbot, tmp_path, settings, window, corpus):
    path = corpus / "003_63a411c4bd2a61c6.pdf"
    node, extracted = correct_a_table_by_hand(qtbot, window, path, tmp_path)
    window.close()
    again = open_window(window.store_path, settings)
    qtbot.addWidget(again)
    settle(qtbot, again)
    select_source(qtbot, again, source_id_of(again, path))
    assert stored_table(again, node).grid() == extracted.grid()


def test_document_field_edited_in_place_is_marked_and_undoable(qtbot, tmp_path, window):
    open_source(qtbot, window, write_split_table(tmp_path / "plan.pdf"))
    window.structure.setCurrentIndex(nodes(window, "document")[0].index())
    title = window.form.editors["title"]
    title.setText("关于印发重点任务分工方案的通知（修订）")
    title.editingFinished.emit()
    (doc,) = window.store.load([window.current_source.id]).documents
    assert doc.title == "关于印发重点任务分工方案的通知（修订）" and doc.edited == ["title"]
    assert window.form.labels["title"].text().startswith("✎")
    assert nodes(window, "document")[0].text().startswith("✎")
    window.actions_["undo"].trigger()
    (doc,) = window.store.load([window.current_source.id]).documents
    assert doc.title == "关于印发重点任务分工方案的通知" and doc.edited == []
    assert window.form.editors["title"].text() == "关于印发重点任务分工方案的通知"


def test_element_marked_as_heading_from_the_keyboard(qtbot, tmp_path, window):
    open_source(qtbot, window, write_split_table(tmp_path / "plan.pdf"))
    body = next(item for item in nodes(window, "element") if "印发给你们" in item.text())
    node = body.data(NODE_ROLE)
    window.structure.setCurrentIndex(body.index())
    window.structure.setFocus()
    qtbot.keyClick(window.structure, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    element = window.store.document(window.current_source.id, node.key).elements[node.seq]
    assert (element.kind, element.level) == ("heading", 2)
    assert window.current_node.seq == node.seq  # the selection stays on the element
    assert window.structure.isExpanded(window.structure.currentIndex().parent())  # and in sight


def test_library_filter_by_type_and_year(qtbot, tmp_path, window):
    open_source(qtbot, window, write_split_table(tmp_path / "plan.pdf"))
    plan = source_id_of(window, tmp_path / "plan.pdf")
    window.library_filter.setText("清府发〔2025〕5号")
    assert window.library_model.source_ids() == [plan] and window.library_model.matched == 1
    assert "1" in window.library_pane.count.text()
    window.library_filter.setText("2025 通知")
    assert len(window.library_model.source_ids()) == 2
    window.library_filter.setText("")
    assert len(window.library_model.source_ids()) == 2


def test_table_copied_as_tsv_and_exported(qtbot, tmp_path, window):
    from PySide6.QtGui import QGuiApplication

    open_source(qtbot, window, write_split_table(tmp_path / "plan.pdf"))
    window.structure.setCurrentIndex(nodes(window, "table")[0].index())
    editor = window.edit_table()
    qtbot.addWidget(editor)
    editor.copy_tsv()
    assert QGuiApplication.clipboard().text().splitlines()[0] == "序号\t任务\t牵头单位\t完成时限"
    editor.export_to(str(tmp_path / "t.xlsx"))
    editor.export_to(str(tmp_path / "t.csv"))
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").startswith("序号,任务")
    assert (tmp_path / "t.xlsx").stat().st_size > 1000
    proposed = []

    def save_as(_parent, _title, path, _filter):
        proposed.append(path)
        return str(tmp_path / "kept" / "x.xlsx"), ""

    (tmp_path / "kept").mkdir()
    original, QFileDialog.getSaveFileName = QFileDialog.getSaveFileName, save_as
    try:
        editor.export("xlsx")
        editor.export("csv")
    finally:
        QFileDialog.getSaveFileName = original
    number = window.documents[0].doc_number
    assert Path(proposed[0]).name == f"{number} 表1.xlsx" if number else Path(proposed[0]).name == "表1.xlsx"
    assert Path(proposed[1]).parent == tmp_path / "kept"  # the folder used last


def test_documents_and_pages_from_the_keyboard(qtbot, tmp_path, window):
    assert len(window.documents) == 3  # the sample, shown at the first start
    window.library.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_node.kind == "document" and window.current_node.doc == 0
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_node.doc == 1
    assert window.page_number() == window.documents[1].page_start
    assert window.structure.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.form.editors["doc_number"].hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.library.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.thumbnails.hasFocus()
    qtbot.waitUntil(lambda: window.thumbnails.item(0).icon().isNull() is False, timeout=5000)


def test_text_source_shows_the_selected_lines(qtbot, tmp_path, window):
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(["清河市人民政府", "关于加强城市绿化管理的通知", "清府发〔2025〕3号", "各区人民政府：",
                               "一、明确管理责任", "各区要落实绿地养护责任。", "清河市人民政府", "2025年2月8日"]),
                    encoding="utf-8")
    open_source(qtbot, window, path)
    heading = next(item for item in nodes(window, "element") if "明确管理责任" in item.text())
    window.structure.setCurrentIndex(heading.index())
    (selection,) = window.page_view.text.extraSelections()
    assert selection.cursor.selectedText() == "一、明确管理责任"


def test_characters_ocr_was_unsure_of_are_marked_on_the_page(qtbot, tmp_path, window):
    from tests.builders import Placed, write_scan

    path = write_scan(tmp_path / "scan.pdf", [[Placed(79, 120, "清河市人民政府关于加强城市绿化管理的通知", 15),
                                               Placed(79, 160, "（此件公开发布）﹝2025﹞", 15)]])
    open_source(qtbot, window, path)
    recognised = window.store.ocr_page(window.current_source.id, 1)
    expected = sum(1 for line in recognised.lines for score in line.char_confidence or () if score < 0.8)
    assert len(window.page_view.doubts) == expected
    marks = [item for item in window.page_view.scene.items() if item.toolTip()]
    assert len(marks) == expected


def test_proofreading_status_is_set_filtered_and_undone(qtbot, tmp_path, window):
    open_source(qtbot, window, write_split_table(tmp_path / "plan.pdf"))
    window.structure.setCurrentIndex(nodes(window, "document")[0].index())
    combo = window.form.status
    combo.activated.emit(combo.findData("done"))
    (doc,) = window.store.load([window.current_source.id]).documents
    assert doc.status == "done"
    window.library_filter.setText("已校对")
    assert window.library_model.source_ids() == [window.current_source.id]
    assert window.library_model.matched == 1
    window.actions_["undo"].trigger()
    assert window.store.load([window.current_source.id]).documents[0].status == "todo"
    assert window.form.status.currentData() == "todo"


def test_secrecy_and_retention_are_set_in_the_form_and_undone(qtbot, tmp_path, window):
    open_source(qtbot, window, write_split_table(tmp_path / "plan.pdf"))
    window.structure.setCurrentIndex(nodes(window, "document")[0].index())
    secrecy, retention = window.form.marks["secrecy"], window.form.marks["retention"]
    secrecy.activated.emit(secrecy.findData("内部"))
    retention.activated.emit(retention.findData("D30"))
    (doc,) = window.store.load([window.current_source.id]).documents
    assert (doc.secrecy, doc.retention) == ("内部", "D30")
    assert window.form.marks["secrecy"].currentText() == "内部"
    window.actions_["undo"].trigger()
    window.actions_["undo"].trigger()
    (doc,) = window.store.load([window.current_source.id]).documents
    assert (doc.secrecy, doc.retention) == (None, None) and window.form.marks["retention"].currentData() is None


def test_the_last_store_opens_next_time(qtbot, tmp_path, settings, window, monkeypatch):
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    other = tmp_path / "other.db"
    window.store_requested.emit(str(other))
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    again = open_window(None, settings)
    qtbot.addWidget(again)
    assert again.store_path == other


def test_split_a_document_in_two_and_join_it_back(qtbot, tmp_path, window):
    open_source(qtbot, window, write_split_table(tmp_path / "plan.pdf"))
    cut = next(item for item in nodes(window, "element") if "印发给你们" in item.text())
    window.structure.setCurrentIndex(cut.index())
    window.structure.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(nodes(window, "document")) == 2
    assert len(window.library_model.document_keys(window.current_source.id)) == 2  # the library shows both
    window.structure.setCurrentIndex(nodes(window, "document")[1].index())
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(nodes(window, "document")) == 1
    window.actions_["undo"].trigger()
    window.actions_["undo"].trigger()
    assert len(nodes(window, "document")) == 1 and window.store.correction(window.current_source.id, "", "structure")[0] is False


def test_switching_between_two_text_sources_shows_the_one_chosen(qtbot, tmp_path, window):
    for name, issuer in (("a.txt", "清河市人民政府"), ("b.txt", "白水市人民政府")):
        (tmp_path / name).write_text("\n".join([issuer, "关于加强城市绿化管理的通知", "清府发〔2025〕3号", "各区人民政府：",
                                                "一、明确管理责任", issuer, "2025年2月8日"]), encoding="utf-8")
        open_source(qtbot, window, tmp_path / name)
    source_id = source_id_of(window, tmp_path / "a.txt")
    select_document(qtbot, window, source_id, window.library_model.document_keys(source_id)[0])
    assert window.page_view.text.toPlainText().startswith("清河市人民政府")
