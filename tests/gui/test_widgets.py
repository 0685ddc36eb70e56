"""Each pane on its own, fed composed values (no window, no store): what it shows and what it emits."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QTableWidgetSelectionRange

from ui.dialogs.table_editor import TableEditor
from ui.panes.document_form import DocumentForm
from ui.panes.library import DOCUMENT_ROLE, LibraryPane
from ui.panes.structure import NODE_ROLE, StructureModel
from workbench.model import Cell, Document, Element, Issue, Table
from workbench.store.library import DocumentRow, SourceRow


def _document(**fields) -> Document:
    base = dict(order=0, issuer=["某市人民政府办公室"], doc_number="某政办发〔2024〕3号",
                title="关于印发某某办法的通知", doc_type="通知", sign_date="2024年1月5日", page_start=2)
    base.update(fields)
    return Document(**base)


def _rows(source_id: int, year: int, titles: list[str]) -> tuple[SourceRow, list[DocumentRow]]:
    source = SourceRow(id=source_id, path=f"/tmp/公报{year}-{source_id}.pdf", kind="pdf", pages=12,
                       year=year, number=source_id)
    documents = [DocumentRow(source_id=source_id, key=f"k{index}", ord=index, doc_number=f"某发〔{year}〕{index + 1}号",
                             title=title, issuer=["某市人民政府"], doc_type="通知", sign_date=None,
                             page_start=index + 1) for index, title in enumerate(titles)]
    return source, documents


# ---- DocumentForm ------------------------------------------------------------------
def test_form_shows_a_document_and_emits_the_edited_field_in_the_model_shape(qtbot):
    form = DocumentForm()
    qtbot.addWidget(form)
    assert not form.isEnabled()
    form.show_document(_document(edited=["title"]))
    assert form.isEnabled()
    assert form.editors["doc_number"].text() == "某政办发〔2024〕3号"
    assert form.labels["title"].text().startswith("✎ ")
    assert not form.labels["doc_number"].text().startswith("✎ ")
    emitted = []
    form.edited.connect(lambda field, value: emitted.append((field, value)))
    form.editors["issuer"].setText("某市人民政府、某市财政局")
    form.editors["issuer"].editingFinished.emit()
    form.editors["title"].editingFinished.emit()  # unchanged: nothing emitted
    form.editors["sign_date"].setText("")
    form.editors["sign_date"].editingFinished.emit()
    assert emitted == [("issuer", ["某市人民政府", "某市财政局"]), ("sign_date", None)]


def test_form_status_is_chosen_from_the_list(qtbot):
    form = DocumentForm()
    qtbot.addWidget(form)
    form.show_document(_document(status="doing"))
    assert form.status.currentData() == "doing"
    emitted = []
    form.edited.connect(lambda field, value: emitted.append((field, value)))
    form.status.activated.emit(form.status.findData("done"))
    assert emitted == [("status", "done")]
    form.show_document(None)
    assert not form.isEnabled() and form.editors["title"].text() == ""


# ---- LibraryPane -------------------------------------------------------------------
def test_library_groups_by_year_and_filters_with_a_count(qtbot):
    pane = LibraryPane()
    qtbot.addWidget(pane)
    old, old_docs = _rows(1, 2023, ["关于道路养护的通知", "关于预算执行的报告"])
    new, new_docs = _rows(2, 2024, ["关于道路命名的批复"])
    pane.set_rows([old, new], old_docs + new_docs)
    model = pane.model
    assert model.rowCount() == 2  # two years
    years = [model.index(row, 0).data() for row in range(2)]
    assert any("2024" in year for year in years) and any("2023" in year for year in years)
    assert set(model.source_ids()) == {1, 2}
    counts = []
    pane.filtered.connect(counts.append)
    pane.apply_filter("道路")
    assert model.document_keys(1) == ["k0"] and model.document_keys(2) == ["k0"]
    assert counts[-1] == 2
    pane.apply_filter("")
    assert len(model.document_keys(1)) == 2


def test_library_updates_one_source_in_place_and_keeps_the_selection(qtbot):
    pane = LibraryPane()
    qtbot.addWidget(pane)
    source, documents = _rows(1, 2024, ["甲通知", "乙通知"])
    other, other_docs = _rows(2, 2024, ["丙通知"])
    pane.set_rows([source, other], documents + other_docs)
    pane.select_document(1, "k1")
    assert pane.view.currentIndex().data(DOCUMENT_ROLE).key == "k1"
    documents[1].title = "乙通知（修订）"
    documents[1].status = "done"
    pane.update_source(source, documents)
    current = pane.view.currentIndex()
    assert current.data(DOCUMENT_ROLE).key == "k1"
    assert current.data(DOCUMENT_ROLE).title == "乙通知（修订）"
    assert pane.model.document_keys(2) == ["k0"]  # the other source untouched


# ---- StructureModel ----------------------------------------------------------------
def test_structure_model_lists_documents_elements_and_tables_with_their_boxes(qtbot):
    model = StructureModel()
    doc = _document(elements=[Element("title", "关于印发某某办法的通知", page=2, bbox=(60, 80, 460, 100)),
                              Element("heading", "一、总体要求", page=2, bbox=(60, 120, 200, 136), level=1),
                              Element("body", "正文" * 30, page=3, bbox=(60, 90, 460, 300))],
                    tables=[Table(page=3, n_rows=2, n_cols=2, bbox=(60, 320, 460, 400),
                                  cells=[Cell(0, 0, "项目"), Cell(0, 1, "金额"), Cell(1, 0, "甲"), Cell(1, 1, "1")])],
                    edited=["title"])
    model.reload(Issue(publication="某市人民政府公报", year=2024, number=2), [doc], ["key-a"])
    issue = model.index(0, 0)
    assert "2024" in issue.data()
    document = model.index(0, 0, issue)
    assert document.data().startswith("✎ ") and "某政办发〔2024〕3号" in document.data()
    assert model.rowCount(document) == 4
    body = model.index(2, 0, document).data()
    assert body.endswith("…") and len(body) < 60
    table_index = model.find(0, "table", 0)
    assert table_index.isValid() and re.search(r"2\D+2", table_index.data())  # rows × columns, in either language
    on_page_3 = [node.kind for _, node in model.nodes_on_page(3)]
    assert sorted(on_page_3) == ["element", "table"]
    assert model.find(0, "element", 1).data(NODE_ROLE).bbox == (60, 120, 200, 136)
    assert not model.find(5, "element").isValid()


# ---- TableEditor -------------------------------------------------------------------
def _table_document() -> Document:
    cells = [Cell(r, c, f"{r}{c}", page=1) for r in range(3) for c in range(3)]
    return _document(tables=[Table(page=1, n_rows=3, n_cols=3, cells=cells)])


def test_table_editor_cell_edit_and_merge_go_through_apply(qtbot):
    stored = {"doc": _table_document()}
    applied: list[tuple[list[Table], str]] = []

    def apply(tables, description):
        applied.append((tables, description))
        stored["doc"].tables = tables

    editor = TableEditor("/nonexistent/source.pdf", lambda: stored["doc"], 0, apply, lambda *args: None)
    qtbot.addWidget(editor)
    assert editor.grid.rowCount() == 3 and editor.grid.columnCount() == 3
    editor.grid.item(1, 1).setText("改过")
    assert applied and any(cell.text == "改过" for cell in applied[-1][0][0].cells if (cell.row, cell.col) == (1, 1))
    editor.reload()
    editor.grid.setRangeSelected(QTableWidgetSelectionRange(0, 0, 0, 1), True)
    editor.merge_cells()
    merged = [cell for cell in stored["doc"].tables[0].cells if (cell.row, cell.col) == (0, 0)][0]
    assert merged.colspan == 2
    editor.reload()
    assert editor.grid.columnSpan(0, 0) == 2
    assert editor.grid.item(1, 1).text() == "改过"


def test_table_editor_closes_when_its_table_is_gone(qtbot):
    stored = {"doc": _table_document()}
    editor = TableEditor("/nonexistent/source.pdf", lambda: stored["doc"], 0, lambda *a: None, lambda *a: None)
    qtbot.addWidget(editor)
    editor.show()
    stored["doc"] = _document()
    editor.reload()
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_the_page_stands_beside_its_thumbnails_with_no_blank_column_between(qtbot):
    from ui.panes.source_pane import SourcePane

    pane = SourcePane()
    qtbot.addWidget(pane)
    for width in (700, 1100, 520):
        pane.resize(width, 600)
        pane.show()
        qtbot.waitExposed(pane)
        thumbnails, page = pane.thumbnails.geometry(), pane.page_view.geometry()
        assert page.left() - thumbnails.right() <= pane.handleWidth() + 1  # was a column of 126 px
        assert page.right() >= width - 2
