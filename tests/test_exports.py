"""Document exports on composed documents: DOCX in the manner of GB/T 9704 with merged table cells,
HTML with everything escaped, Markdown, tables as XLSX/CSV, a whole issue with its contents; the CLI."""
import csv
import json

import docx
import pytest
from openpyxl import load_workbook

from workbench.cli import main
from workbench.export.blocks import blocks
from workbench.export.documents import write_documents
from workbench.model import Cell, Document, Element, Issue, Page, ParseResult, Source, Table
from workbench.store import Store


def _notice(number="清府办发〔2025〕7号", title="关于开展安全检查的通知", script=False) -> Document:
    table = Table(page=1, n_rows=3, n_cols=3, bbox=(60, 300, 460, 400), cells=[
        Cell(0, 0, "序号", page=1), Cell(0, 1, "任务", page=1), Cell(0, 2, "牵头单位", page=1),
        Cell(1, 0, "一、安全检查", colspan=3, page=1),
        Cell(2, 0, "1", page=1), Cell(2, 1, "排查隐患", page=1), Cell(2, 2, "市应急局", page=1)])
    lines = [("mark", "清河市人民政府办公室文件", 80), ("doc_number", number, 110), ("title", title, 140),
             ("recipients", "各区人民政府，市政府各部门", 170), ("recipients", "，各有关单位：", 190),
             ("heading", "一、总体要求", 220), ("body", "各区要全面排查隐患，", 240),
             ("body", "严防事故发生。" + ("<script>alert(1)</script>" if script else ""), 260),
             ("heading", "（一）压实责任。各区要落实", 420), ("body", "属地责任。", 440),
             ("signatory", "清河市人民政府办公室", 480), ("date", "2025年3月1日", 500)]
    elements = [Element(kind, text, page=1, bbox=(60, y, 60 + 14 * len(text), y + 14),
                        level=1 if text.startswith("一") else 2 if kind == "heading" else None)
                for kind, text, y in lines]
    return Document(order=1, issuer=["清河市人民政府办公室"], doc_number=number, title=title, doc_type="通知",
                    sign_date="2025-03-01", page_start=1, page_end=1, elements=elements, tables=[table])


@pytest.fixture
def store(tmp_path):
    documents = [_notice(), _notice("清府办发〔2025〕8号", "关于<b>防汛</b>的通知", script=True)]
    source = Source(path=str(tmp_path / "issue.pdf"), sha256="d" * 64, kind="pdf", pages=[Page(1)])
    issue = Issue(publication="清河市人民政府公报", year=2025, number=3,
                  toc=[{"section": "市政府办公室文件", "title": "关于开展安全检查的通知", "page": 3, "document": 1}])
    with Store(tmp_path / "s.db") as opened:
        opened.save(ParseResult(sources=[source], issue=issue, documents=documents))
        yield opened


def _chosen(store, number):
    return [(row.source_id, row.key) for row in store.documents() if row.doc_number == number]


def test_blocks_join_wrapped_lines_run_in_headings_and_place_the_table(store):
    kinds = [(block.kind, block.lead, block.text) for block in blocks(_notice())]
    assert ("recipients", "", "各区人民政府，市政府各部门，各有关单位：") in kinds
    assert ("body", "", "各区要全面排查隐患，严防事故发生。") in kinds
    assert ("body", "（一）压实责任。", "各区要落实属地责任。") in kinds
    order = [kind for kind, _, _ in kinds]
    assert order.index("table") == order.index("body") + 1  # after the paragraph printed above it


def test_docx_holds_the_head_in_red_the_title_and_the_table_with_its_merge(store, tmp_path):
    write_documents(store, _chosen(store, "清府办发〔2025〕7号"), "docx", tmp_path / "d.docx")
    document = docx.Document(str(tmp_path / "d.docx"))
    texts = [p.text for p in document.paragraphs]
    assert texts[:3] == ["清河市人民政府办公室文件", "清府办发〔2025〕7号", "关于开展安全检查的通知"]
    assert str(document.paragraphs[0].runs[0].font.color.rgb) == "E60012"
    (table,) = document.tables
    assert table.cell(1, 0)._tc is table.cell(1, 2)._tc and table.cell(1, 0).text == "一、安全检查"
    assert table.cell(2, 2).text == "市应急局"
    assert "（一）压实责任。各区要落实属地责任。" in texts and texts[-1] == "2025年3月1日"


def test_html_shows_markup_in_the_text_as_text_and_keeps_spans(store, tmp_path):
    write_documents(store, _chosen(store, "清府办发〔2025〕8号"), "html", tmp_path / "d.html")
    page = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>防汛</b>" not in page and "关于&lt;b&gt;防汛&lt;/b&gt;的通知" in page
    assert '<td colspan="3">一、安全检查</td>' in page


def test_a_whole_issue_has_its_contents_first(store, tmp_path):
    chosen = [(row.source_id, row.key) for row in store.documents()]
    write_documents(store, chosen, "docx", tmp_path / "i.docx", "清河市人民政府公报2025年第3期目录")
    texts = [p.text for p in docx.Document(str(tmp_path / "i.docx")).paragraphs]
    assert texts[0] == "清河市人民政府公报2025年第3期目录" and texts[1].startswith("关于开展安全检查的通知")
    write_documents(store, chosen, "md", tmp_path / "i.md", "目录")
    markdown = (tmp_path / "i.md").read_text(encoding="utf-8")
    assert markdown.startswith("# 目录\n\n1. 关于开展安全检查的通知") and "| 1 | 排查隐患 | 市应急局 |" in markdown


def test_tables_go_to_xlsx_with_merges_and_to_csv_with_a_bom(store, tmp_path):
    chosen = [(row.source_id, row.key) for row in store.documents()]
    assert write_documents(store, chosen, "xlsx", tmp_path / "t.xlsx") == 2
    book = load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["表1", "表2"] and [str(r) for r in book["表1"].merged_cells.ranges] == ["A2:C2"]
    write_documents(store, chosen[:1], "csv", tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1] == ["一、安全检查", "", ""]


def test_the_export_command_takes_a_document_by_its_number_or_a_source(store, tmp_path, capsys):
    db = str(store.path)
    assert main(["export", "md", "--db", db, "--document", "清府办发[2025]7号", "-o", str(tmp_path / "d.md")]) == 0
    assert (tmp_path / "d.md").read_text(encoding="utf-8").startswith("# 关于开展安全检查的通知")
    assert main(["export", "html", "--db", db, "--source", "1", "-o", str(tmp_path / "i.html")]) == 0
    assert main(["export", "docx", "--db", db, "-o", str(tmp_path / "x.docx")]) == 2
    assert main(["export", "docx", "--db", db, "--document", "清府办发〔2025〕99号", "-o", str(tmp_path / "y.docx")]) == 2
    assert "没有文号" in capsys.readouterr().err
    assert main(["export", "json", "--db", db, "--source", "1", "-o", str(tmp_path / "s.json")]) == 0
    exported = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert exported["sources"][0]["issue"]["number"] == 3 and len(exported["documents"]) == 2


def test_what_a_killed_export_left_is_removed_by_the_next_one(store, tmp_path):
    import os

    from workbench.export.json import write_store_json

    stale, fresh = tmp_path / ".export-old.json", tmp_path / ".export-busy.json"
    stale.write_text("{")
    fresh.write_text("{")
    os.utime(stale, (0, 0))  # untouched for decades: its writer is gone
    write_store_json(store, tmp_path / "all.json")
    assert not stale.exists() and fresh.exists()  # another export may still be writing the fresh one


def test_plain_text_has_each_paragraph_on_a_line_the_table_as_tabs_and_windows_line_ends(store, tmp_path):
    chosen = [(row.source_id, row.key) for row in store.documents()]
    assert write_documents(store, chosen, "txt", tmp_path / "i.txt", "目录") == 2
    raw = (tmp_path / "i.txt").read_bytes()
    assert raw.startswith("目录\r\n1. 关于开展安全检查的通知".encode()) and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.decode("utf-8").split("\r\n")
    assert "各区要全面排查隐患，严防事故发生。" in lines and "（一）压实责任。各区要落实属地责任。" in lines
    assert lines.index("序号\t任务\t牵头单位") == lines.index("各区要全面排查隐患，严防事故发生。") + 1
    assert "关于<b>防汛</b>的通知" in lines and lines.count("—" * 20) == 2


def test_the_export_command_names_every_format_of_the_registry():
    from workbench.export.formats import EXPORTERS
    from workbench.export_command import FORMATS

    assert tuple(exporter.name for exporter in EXPORTERS) == FORMATS and "txt" in FORMATS
