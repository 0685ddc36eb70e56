"""What leaves the workbench is inert: formulas written as text, control characters gone from every export,
Markdown without raw HTML or links, a failed write leaving the earlier file; control characters read in are
made visible (U+FFFD) and proofread."""
import csv
import re

import docx
import pytest
from openpyxl import Workbook, load_workbook

from tests.test_exports import _notice
from workbench.archive import catalogue
from workbench.export.documents import write_documents
from workbench.export.safe import csv_cell, replaced
from workbench.model import Cell, Page, ParseResult, Source, Table
from workbench.pipeline import parse_file
from workbench.proof.rules import proofread
from workbench.store import Store

FORMULA = "=cmd|' /C calc'!A0"


@pytest.fixture
def store(tmp_path):
    doc = _notice(number="=HYPERLINK(\"http://x\",\"清府办发〔2025〕7号\")", title="关于开展\x0b安全\x00检查的通知")
    doc.tables[0].cells[-1].text = FORMULA
    doc.tables[0].cells[-2].text = "@SUM(1+1)"
    doc.tables.append(Table(page=1, n_rows=1, n_cols=2, cells=[Cell(0, 0, "-5", page=1), Cell(0, 1, "+1+2", page=1)]))
    doc.elements[6].text = "各区要全面排查\x1b隐患，"
    source = Source(path=str(tmp_path / "issue.pdf"), sha256="e" * 64, kind="pdf", pages=[Page(1)])
    with Store(tmp_path / "s.db") as opened:
        opened.save(ParseResult(sources=[source], documents=[doc]))
        yield opened


def _chosen(store):
    return [(row.source_id, row.key) for row in store.documents()]


def test_table_xlsx_holds_formulas_as_text(store, tmp_path):
    write_documents(store, _chosen(store), "xlsx", tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx").worksheets[0]
    cells = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row if cell.value}
    assert cells[FORMULA] == "s" and cells["@SUM(1+1)"] == "s"


def test_table_csv_prefixes_cells_a_spreadsheet_would_run(store, tmp_path):
    write_documents(store, _chosen(store), "csv", tmp_path / "t.csv")
    with open(tmp_path / "t.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    values = {value for row in rows for value in row}
    assert "'" + FORMULA in values and "'@SUM(1+1)" in values and "'+1+2" in values and "-5" in values
    assert FORMULA not in values


def test_docx_html_markdown_carry_no_control_characters(store, tmp_path):
    for fmt in ("docx", "html", "md"):
        write_documents(store, _chosen(store), fmt, tmp_path / f"d.{fmt}")
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "d.docx")).paragraphs)
    assert "安全检查" in text.replace("\n", "") and not any(ord(c) < 32 and c not in "\t\n" for c in text)
    for fmt in ("html", "md"):
        written = (tmp_path / f"d.{fmt}").read_text(encoding="utf-8")
        assert "\x00" not in written and "\x1b" not in written and "\x0b" not in written


def test_catalogue_xlsx_and_csv_hold_a_formula_docno_as_text(tmp_path):
    row = {column: "" for column in catalogue.COLUMNS} | {"文号": '=HYPERLINK("http://x","A")', "题名": "标\x07题"}
    settings = catalogue.ArchiveSettings(year=2025)
    catalogue.write_xlsx([row], settings, "清河市人民政府", tmp_path / "c.xlsx")
    catalogue.write_csv([row], tmp_path / "c.csv")
    sheet = load_workbook(tmp_path / "c.xlsx").worksheets[-1]
    values = {cell.value: cell.data_type for r in sheet.iter_rows() for cell in r if cell.value}
    assert values['=HYPERLINK("http://x","A")'] == "s" and "标题" in values
    assert "'=HYPERLINK" in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")


def test_markdown_writes_html_as_text_and_no_links(tmp_path):
    doc = _notice(title="关于<img src=x onerror=alert(1)>的通知")
    doc.elements[6].text = "详见[链接](javascript:alert(1))和<script>alert(1)</script>"
    source = Source(path=str(tmp_path / "x.pdf"), sha256="f" * 64, kind="pdf", pages=[Page(1)])
    with Store(tmp_path / "m.db") as opened:
        opened.save(ParseResult(sources=[source], documents=[doc]))
        write_documents(opened, _chosen(opened), "md", tmp_path / "d.md")
    written = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert "<script" not in written and "<img" not in written and not re.search(r"(?<!\\)\]\(javascript:", written)
    assert "&lt;script&gt;" in written


def test_a_failed_write_leaves_the_earlier_file(tmp_path):
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"earlier")
    with pytest.raises(OSError), replaced(target) as temp:
        Workbook().save(temp)
        raise OSError("disk full")
    assert target.read_bytes() == b"earlier" and [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]


def test_csv_cell_leaves_plain_numbers_alone():
    assert [csv_cell(v) for v in ("-5", "+86", "3.5%", "-", "=1", "\t1")] == ["-5", "+86", "3.5%", "'-", "'=1", "'\t1"]


def test_control_characters_read_in_are_made_visible_and_proofread(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text("清河市人民政府关于加强河道管理的通知\n清府发〔2025〕4号\n各区人民政府：\n"
                    "现就有关\x0b事项通知如下，请认真\x01贯彻落实。\n清河市人民政府\n2025年2月1日\n", encoding="utf-8")
    result = parse_file(path)
    body = [e.text for e in result.documents[0].elements if e.kind == "body"]
    assert body == ["现就有关 事项通知如下，请认真\ufffd贯彻落实。"]
    assert any(f.rule == "ocr.undecodable" for f in proofread(result))
