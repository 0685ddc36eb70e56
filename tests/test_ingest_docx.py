"""Word files: paragraphs in order, tables with merged cells kept."""
import pytest

from tests.builders import write_docx
from workbench.errors import CorruptFile
from workbench.ingest import read_source


def test_paragraphs_and_table_in_document_order(tmp_path):
    source = read_source(write_docx(tmp_path / "plan.docx"))
    page = source.pages[0]
    assert [line.text for line in page.lines] == [
        "清河市人民政府办公室", "关于印发重点任务分工的通知", "清河市人民政府办公室 2025年3月7日印发",
    ]
    (table,) = page.tables
    assert table.after_line == 2
    assert (table.n_rows, table.n_cols) == (4, 4)


def test_merged_cells_become_spans(tmp_path):
    (table,) = read_source(write_docx(tmp_path / "plan.docx")).pages[0].tables
    cells = {(cell.row, cell.col): cell for cell in table.cells}
    assert cells[(1, 0)].text == "1" and cells[(1, 0)].rowspan == 2
    assert (2, 0) not in cells
    assert cells[(3, 1)].colspan == 3 and cells[(3, 1)].text == "其他任务由各区自行确定"
    assert table.grid()[2] == ["", "整治线缆", "市工信局", "2026年6月"]


def test_docx_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("这不是 Word 文件", encoding="utf-8")
    with pytest.raises(CorruptFile) as err:
        read_source(path)
    assert "fake.docx" in str(err.value) and "Word" in str(err.value)
