"""The proofreading loop in the window: run, walk, accept (and undo), ignore with a reason, status kept across
a re-run and a restart, the 已校对 guard, the 校对单."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.gui.conftest import select_source, settle, show_text
from ui.app import open_window
from ui.panes.proof_pane import ROW_ROLE

BULLETIN = "\n".join([
    "清河市人民政府文件", "清府发[2025]3号", "清河市人民政府", "关于加强城市绿化管理的通知",
    "各区人民政府，市政府各部门：", "一、总体要求", "要加大对各区的的转移支付力度，确保按期完成。",
    "三、工作措施", "各单位要认真落实,确保取得实效。", "清河市人民政府", "2025年3月1日"])


@pytest.fixture
def proofed(qtbot, window, tmp_path):
    """The window on a composed bulletin with the rules run over it."""
    source_id = show_text(qtbot, window, tmp_path / "bulletin.txt", BULLETIN)
    window.tabs.setCurrentWidget(window.proof_pane)
    window.actions_["proof"].trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.proof_pane.rows), timeout=30000)
    return window, source_id


def _rules(window) -> dict[str, str]:
    return {row.finding.rule: row.finding.status for row in window.proof_pane.rows}


def test_f8_walks_the_open_findings_and_shows_each_in_the_structure_pane(qtbot, proofed):
    window, _ = proofed
    assert {"docno.form", "repeat.doubled", "punctuation.halfwidth", "heading.sequence"} <= set(_rules(window))
    assert "错误" in window.proof_pane.counts.text()
    seen = []
    for _ in range(len(window.proof_pane.rows)):
        qtbot.keyClick(window, Qt.Key.Key_F8)
        row = window.proof_pane.current()
        seen.append(row.id)
        node = window.current_node
        assert node is not None and node.kind == "element" and node.seq == row.finding.element
        assert window.structure_pane.document(node).elements[node.seq].text == row.finding.context
    assert len(set(seen)) == len(seen)
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.proof_pane.current().id == seen[-2]


def test_enter_accepts_the_suggestion_and_undo_restores_the_text(qtbot, proofed):
    window, source_id = proofed
    doubled = next(row for row in window.proof_pane.rows if row.finding.rule == "repeat.doubled")
    window.proof_pane.select(doubled.id)
    qtbot.keyClick(window.proof_pane.tree, Qt.Key.Key_Return)
    settle(qtbot, window)
    key = doubled.doc_key
    assert window.store.document(source_id, key).elements[doubled.finding.element].text == "要加大对各区的转移支付力度，确保按期完成。"
    qtbot.waitUntil(lambda: _rules(window).get("repeat.doubled") == "fixed", timeout=10000)
    window.actions_["undo"].trigger()
    settle(qtbot, window)
    assert window.store.document(source_id, key).elements[doubled.finding.element].text == "要加大对各区的的转移支付力度，确保按期完成。"
    qtbot.waitUntil(lambda: _rules(window).get("repeat.doubled") == "open", timeout=10000)


def test_ignore_with_a_reason_survives_a_rerun_and_a_restart(qtbot, proofed, monkeypatch, settings, tmp_path):
    window, source_id = proofed
    comma = next(row for row in window.proof_pane.rows if row.finding.rule == "punctuation.halfwidth")
    window.proof_pane.select(comma.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("排版稿如此", True))
    qtbot.keyClick(window.proof_pane.tree, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert _rules(window)["punctuation.halfwidth"] == "ignored"
    window.proof_pane.status.setCurrentIndex(window.proof_pane.status.findData(""))  # all statuses
    window.actions_["proof"].trigger()
    settle(qtbot, window)
    assert _rules(window)["punctuation.halfwidth"] == "ignored"
    window.close()
    again = open_window(tmp_path / "store.db", settings)
    qtbot.addWidget(again)
    again.show()
    select_source(qtbot, again, source_id)
    rows = {row.finding.rule: (row.finding.status, row.reason) for row in again.proof_pane.rows}
    assert rows["punctuation.halfwidth"] == ("ignored", "排版稿如此")
    library_row = again.store.library_rows([source_id])[0]
    assert library_row.open_findings == sum(1 for status, _ in rows.values() if status == "open") > 0
    index = again.library_model.document_index(source_id, library_row.key)
    status_text = index.siblingAtColumn(4).data()
    assert str(library_row.open_findings) in status_text  # 未校对 · 3 处待查


def test_proofread_status_asks_while_errors_are_open(qtbot, proofed, monkeypatch):
    window, source_id = proofed
    window.structure_pane.select_document(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    form = window.form
    form.status.activated.emit(form.status.findData("done"))
    key = window.structure_pane.keys[0]
    assert window.store.library_rows([source_id])[0].status == "todo"
    assert form.status.currentData() == "todo"
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    form.status.activated.emit(form.status.findData("done"))
    assert next(r for r in window.store.library_rows([source_id]) if r.key == key).status == "done"


def test_the_proof_sheet_xlsx_holds_the_rows(qtbot, proofed, tmp_path):
    window, _ = proofed
    path = tmp_path / "校对单.xlsx"
    window.proofreading.write_sheet(str(path))
    settle(qtbot, window)
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert len(rows) == len(window.proof_pane.rows)
    assert any(row[5] == "〔2025〕3号" and row[2] == "第2行" for row in rows)


def test_after_a_finding_is_handled_f8_goes_on_from_it_not_back_to_the_first(qtbot, proofed, monkeypatch):
    window, _ = proofed
    pane = window.proof_pane
    leaves = [item.data(0, ROW_ROLE).id for item in pane._leaves()]
    assert len(leaves) >= 3
    pane.select(leaves[1])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("排版稿如此", True))
    qtbot.keyClick(pane.tree, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert pane.current().id == leaves[2]  # the one after it, not the first
    pane.status.setCurrentIndex(pane.status.findData(""))  # all statuses: the ignored one is listed again
    pane.select(leaves[1])
    assert "已忽略" in pane.tree.currentItem().text(1)  # the status stands beside the problem, in sight


MANY = "\n".join(["清河市人民政府文件", "清府发〔2025〕3号", "清河市人民政府", "关于加强城市绿化管理的通知",
                  "各区人民政府，市政府各部门：", "要加强管理,落实责任,确保实效。", "要细化措施,压实责任,按期完成。",
                  "清河市人民政府", "2025年3月1日"])


def test_findings_alike_are_one_group_accepted_at_once_and_undone_at_once(qtbot, window, tmp_path):
    show_text(qtbot, window, tmp_path / "many.txt", MANY)
    window.tabs.setCurrentWidget(window.proof_pane)
    window.actions_["proof"].trigger()
    settle(qtbot, window)
    pane = window.proof_pane
    qtbot.waitUntil(lambda: bool(pane.rows), timeout=30000)
    heads = [item for item in pane._leaves() if item.childCount()]
    (head,) = [item for item in heads if item.data(0, ROW_ROLE).finding.rule == "punctuation.halfwidth"]
    assert "同类 4 处" in head.text(0)
    pane.tree.setCurrentItem(head)
    qtbot.keyClick(pane.tree, Qt.Key.Key_Return)
    settle(qtbot, window)
    texts = [e.text for e in window.structure_pane.documents[0].elements if e.text.startswith("要")]
    assert texts == ["要加强管理，落实责任，确保实效。", "要细化措施，压实责任，按期完成。"]
    window.undo_stack.undo()
    settle(qtbot, window)
    texts = [e.text for e in window.store.keyed_documents(window.current_source.id)[0][1].elements if e.text.startswith("要")]
    assert texts == ["要加强管理,落实责任,确保实效。", "要细化措施,压实责任,按期完成。"]


def test_accepting_the_number_finding_corrects_the_field_in_the_library_and_undo_takes_it_back(qtbot, proofed):
    window, source_id = proofed
    pane = window.proof_pane
    (docno,) = [row for row in pane.rows if row.finding.rule == "docno.form" and row.finding.suggestion]
    pane.select(docno.id)
    qtbot.keyClick(pane.tree, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.store.library_rows([source_id])[0].doc_number == "清府发〔2025〕3号"
    qtbot.waitUntil(lambda: any(doc.doc_number == "清府发〔2025〕3号" for doc in window.library_model.all_documents()),
                    timeout=10000)
    window.undo_stack.undo()
    settle(qtbot, window)
    assert window.store.library_rows([source_id])[0].doc_number == "清府发[2025]3号"
