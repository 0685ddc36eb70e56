"""Table edits a person makes: merge, split, rows and columns, join and split tables, re-extract, kept in the store."""
import pytest

from tests.test_tables import XS, write_split_table
from workbench.edit import table_ops
from workbench.edit.reextract import reextract_part
from workbench.model import Cell, Table
from workbench.pipeline import import_files, parse_file, read_laid_out


def grid_table(rows):
    cells = [Cell(row=r, col=c, text=text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(page=1, n_rows=len(rows), n_cols=len(rows[0]), cells=cells)


def covered_once(table):
    """Every grid position covered by exactly one cell."""
    counts = {}
    for cell in table.cells:
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                counts[(r, c)] = counts.get((r, c), 0) + 1
    return counts == {(r, c): 1 for r in range(table.n_rows) for c in range(table.n_cols)}


SAMPLE = grid_table([["序号", "任务", "单位"], ["1", "改造管网", "住建局"], ["2", "整治线缆", "工信局"]])


def test_merge_joins_texts_and_spans_then_split_undoes_the_span():
    merged = table_ops.merge(SAMPLE, 1, 1, 2, 1)
    cell = table_ops.covering(merged, 2, 1)
    assert (cell.row, cell.col, cell.rowspan, cell.text) == (1, 1, 2, "改造管网整治线缆")
    assert covered_once(merged) and covered_once(table_ops.split(merged, 2, 1))
    assert table_ops.split(merged, 1, 1).grid()[2][1] == ""
    assert SAMPLE.grid()[2][1] == "整治线缆"  # the input is untouched


def test_merge_grows_to_take_in_a_merged_cell_it_cuts():
    merged = table_ops.merge(table_ops.merge(SAMPLE, 1, 0, 2, 0), 2, 0, 2, 1)
    assert covered_once(merged)
    assert table_ops.covering(merged, 1, 1) is table_ops.covering(merged, 2, 0)


@pytest.mark.parametrize("edit, size", [
    (lambda t: table_ops.insert_row(t, 1), (4, 3)), (lambda t: table_ops.insert_row(t, 3), (4, 3)),
    (lambda t: table_ops.delete_row(t, 1), (2, 3)), (lambda t: table_ops.insert_column(t, 0), (3, 4)),
    (lambda t: table_ops.delete_column(t, 2), (3, 2)),
])
def test_rows_and_columns_keep_the_grid_whole(edit, size):
    for table in (SAMPLE, table_ops.merge(SAMPLE, 1, 0, 2, 0)):
        edited = edit(table)
        assert (edited.n_rows, edited.n_cols) == size and covered_once(edited)


def test_deleting_a_row_inside_a_merged_cell_shrinks_it():
    edited = table_ops.delete_row(table_ops.merge(SAMPLE, 1, 0, 2, 0), 2)
    assert table_ops.covering(edited, 1, 0).rowspan == 1 and edited.grid()[1] == ["12", "改造管网", "住建局"]


def test_split_a_table_then_join_it_again():
    above, below = table_ops.split_table(SAMPLE, 2)
    assert above.grid() == SAMPLE.grid()[:2] and below.grid() == SAMPLE.grid()[2:]
    assert table_ops.join(above, below).grid() == SAMPLE.grid()
    assert table_ops.to_tsv(SAMPLE).splitlines()[1] == "1\t改造管网\t住建局"


def test_moving_a_separator_re_extracts_that_part_alone(tmp_path):
    path = write_split_table(tmp_path / "plan.pdf")
    (doc,) = parse_file(path).documents
    (table,) = doc.tables
    page = read_laid_out(path).pages[1]
    part = table.parts[1]
    xs = [x for x in part.col_separators if abs(x - XS[2]) > 1]  # take out the rule between 任务 and 牵头单位
    edited = reextract_part(table, 1, page, part.bbox, part.row_separators, xs)
    assert edited.n_rows == table.n_rows
    first_row = part.rows[0]
    assert table_ops.covering(edited, first_row, 1).text == "任务20市水务局"
    assert table_ops.covering(edited, first_row, 1).colspan == 2
    assert edited.grid()[:first_row] == table.grid()[:first_row]  # the first page's part is kept


def test_table_edits_and_element_kinds_survive_reimport(tmp_path, store):
    path = write_split_table(tmp_path / "plan.pdf")
    import_files(store, [path])
    source_id, key = 1, store.documents()[0].key
    doc = store.document(source_id, key)
    store.set_tables(source_id, key, [table_ops.merge(doc.tables[0], 1, 1, 1, 2)])
    element = doc.elements[1]
    element.kind, element.level = "heading", 1
    store.set_element(source_id, key, 1, element)
    import_files(store, [path])  # re-import: the parser's rows are replaced, the person's kept
    again = store.document(source_id, key)
    assert table_ops.covering(again.tables[0], 1, 1).colspan == 2
    assert (again.elements[1].kind, again.elements[1].level) == ("heading", 1)
    assert sorted(again.edited) == ["element/1", "tables"]
    store.clear_correction(source_id, key, "tables")
    assert store.document(source_id, key).tables[0].grid() == doc.tables[0].grid()
    assert [r.field for r in store.revisions(source_id)][-3:] == ["tables", "element/1", "tables"]


def test_table_exports_to_csv_and_xlsx_with_merged_cells(tmp_path):
    import csv

    from openpyxl import load_workbook

    from workbench.export.table_files import write_csv, write_xlsx

    merged = table_ops.merge(SAMPLE, 1, 0, 2, 0)
    write_csv(merged, tmp_path / "t.csv")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == merged.grid()
    write_xlsx(merged, tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet["A2"].value == "12" and sheet["C3"].value == "工信局"
    assert [str(r) for r in sheet.merged_cells.ranges] == ["A2:A3"]


def test_a_document_split_in_two_then_joined_again_survives_reimport(tmp_path, store):
    path = write_split_table(tmp_path / "plan.pdf")
    import_files(store, [path])
    (row,) = store.documents(1)
    doc = store.document(1, row.key)
    seq = next(i for i, e in enumerate(doc.elements) if e.text.startswith("现将"))
    store.regroup(1, {"op": "split", "key": row.key, "seq": seq, "text": doc.elements[seq].text})
    import_files(store, [path])
    first, second = store.load([1]).documents
    assert [e.text for e in first.elements + second.elements] == [e.text for e in doc.elements]
    assert second.title == doc.elements[seq].text and second.doc_number is None
    assert (len(first.tables), len(second.tables)) == (0, 1)  # the table stands after the cut
    keys = [r.key for r in store.documents(1)]
    store.correct_field(1, keys[1], "doc_number", "清府发〔2025〕6号")
    store.regroup(1, {"op": "join", "key": keys[1]})
    (joined,) = store.load([1]).documents
    assert [e.text for e in joined.elements] == [e.text for e in doc.elements] and len(joined.tables) == 1
