"""Proofreading rules on composed bulletin documents: each category finds its error, at its line, and
leaves correct text alone."""
from __future__ import annotations

import json

import pytest

from workbench.cli import main
from workbench.model import Document, Element, Issue, ParseResult, Source
from workbench.proof.rules import proofread
from workbench.reading.passages import passages
from workbench.vocabulary import Severity


def _result(lines: list[tuple[str, str]], doc_number: str | None = "清府发〔2025〕3号",
            issue: Issue | None = None) -> ParseResult:
    """One text-source document whose element n (kind, text) stands on line n + 1."""
    elements = [Element(kind=kind, text=text, line_start=number, line_end=number)
                for number, (kind, text) in enumerate(lines, start=1)]
    doc = Document(order=0, doc_number=doc_number, title="清河市人民政府关于加强城市绿化管理的通知",
                   elements=elements)
    source = Source(path="composed.txt", sha256="0", kind="text", pages=[])
    return ParseResult(sources=[source], issue=issue, documents=[doc])


def _found(result: ParseResult, category: str) -> list[tuple[int | None, str, str | None]]:
    return [(f.line, f.text, f.suggestion) for f in proofread(result) if f.category == category]


def test_docno_form_brackets_leading_zero_and_di():
    result = _result([("doc_number", "清府发[2025]3号"), ("body", "根据清府办发〔2024〕第05号文件精神，现通知如下。"),
                      ("body", "依照清府发〔2025〕3号执行。")])
    assert _found(result, "docno") == [(1, "[2025]3号", "〔2025〕3号"), (2, "〔2024〕第05号", "〔2024〕5号")]


def test_a_docno_given_to_two_documents_is_reported():
    result = _result([("doc_number", "清府发〔2025〕3号")])
    result.documents.append(Document(order=1, doc_number="清府发〔2025〕3号",
                                     elements=[Element("doc_number", "清府发〔2025〕3号", line_start=9)]))
    assert [(f.rule, f.line) for f in proofread(result) if f.category == "docno"] == [("docno.duplicate", 9)]


def test_a_single_halfwidth_comma_is_a_finding_and_a_halfwidth_document_is_one():
    full = [("body", f"第{n}项工作要抓紧推进，确保按期完成；各单位要加强协作。") for n in range(6)]
    result = _result(full + [("body", "各部门要认真落实,确保取得实效。")])
    assert _found(result, "punctuation") == [(7, ",", "，")]
    half = _result([("body", f"第{n}项工作要抓紧推进,确保按期完成;各单位要加强协作.") for n in range(6)])
    (finding,) = [f for f in proofread(half) if f.category == "punctuation"]
    assert finding.rule == "punctuation.halfwidth_document" and "12" in finding.message and finding.line == 1


def test_numbers_and_times_are_not_halfwidth_punctuation():
    result = _result([("body", "会议定于上午8:30召开，共拨付资金1,200万元。")])
    assert _found(result, "punctuation") == []


def test_unpaired_quote_and_book_title_marks_within_a_paragraph():
    result = _result([("body", "现将《清河市城市绿化管理办法印发给你们，"), ("body", "请认真贯彻执行。"),
                      ("body", "要坚持“绿色发展理念，"), ("body", "推动“口袋公园”建设。")])
    found = _found(result, "pairing")
    assert [(line, text[0]) for line, text, _ in found] == [(1, "《"), (3, "“")]


def test_a_pair_across_a_wrapped_line_is_not_a_finding_and_list_markers_are_not_strays():
    result = _result([("body", "开展“城市绿化"), ("body", "提升年”活动。"), ("body", "1）加强管护。")])
    assert _found(result, "pairing") == []


def test_doubled_characters_but_not_intended_reduplication_or_words_meeting():
    result = _result([("body", "加大对县（区）的的转移支付力度。"), ("body", "人民民主，全市市场主体常常开展研究研究。"),
                      ("body", "要切切实实做好工作，和和谐社区建设。")])
    assert [(line, text) for line, text, _ in _found(result, "repeat")] == [(1, "的的")]


def test_dates_in_text_and_the_sign_date():
    result = _result([("body", "截至2024.3.19，共完成 2024年 5月 6日前的任务，2月30日不存在：2023年2月30日。"),
                      ("date", "2024年04月16日")], doc_number="清府发〔2025〕3号")
    rules = [(f.rule, f.text, f.suggestion) for f in proofread(result) if f.category == "date"]
    assert ("date.numeric", "2024.3.19", "2024年3月19日") in rules
    assert ("date.spaces", "2024年 5月 6日", "2024年5月6日") in rules
    assert ("date.impossible", "2023年2月30日", None) in rules
    assert ("date.sign_form", "2024年04月16日", "2024年4月16日") in rules
    assert any(rule == "date.sign_year" for rule, _, _ in rules)


def test_a_sign_date_after_the_issue_date():
    issue = Issue(publication_date="2025年3月1日")
    result = _result([("date", "2025年3月20日")], issue=issue)
    assert [f.rule for f in proofread(result) if f.category == "date"] == ["date.after_issue"]


def test_heading_numbers_that_skip_or_repeat_but_not_numbering_running_on_across_parents():
    result = _result([("heading", "一、总体要求"), ("heading", "（一）指导思想和工作原则"), ("heading", "（二）工作目标和任务"),
                      ("heading", "二、重点任务"), ("heading", "（三）加强绿地建设管理"), ("heading", "（五）完善管护机制建设"),
                      ("heading", "四、保障措施"), ("heading", "1.加强组织领导工作"), ("heading", "1.强化资金保障工作")])
    found = [(f.line, f.text, f.suggestion) for f in proofread(result) if f.rule == "heading.sequence"]
    # （三） under 二、 runs on from （二）; a count starting again at 1 is never flagged by itself
    assert found == [(6, "五", "四"), (7, "四", "三")]


def test_element_completeness():
    result = _result([("title", "清河市人民政府关于加强城市绿化管理的安排"), ("recipients", "各区人民政府，市政府各部门:"),
                      ("body", "现将有关事项通知如下。"), ("cc", "抄送:市委办公室")])
    result.documents[0].title = result.documents[0].elements[0].text
    rules = {f.rule for f in proofread(result) if f.category == "element"}
    assert rules == {"element.title_doc_type", "element.recipients_colon", "element.cc_form"}


def test_numbers_wording_and_ocr_free_text():
    result = _result([("body", "于2O24年完成，投入２024万元，二零二四年度截止到年底布署完毕。")])
    found = {(f.category, f.text, f.suggestion) for f in proofread(result)}
    assert ("number", "2O24", "2024") in found
    assert ("number", "２024", "2024") in found
    assert ("number", "二零二四", "二〇二四") in found
    assert ("wording", "截止到", "截至") in found and ("wording", "布署", "部署") in found


def test_a_clean_document_has_no_findings():
    result = _result([("doc_number", "清府发〔2025〕3号"), ("title", "清河市人民政府关于加强城市绿化管理的通知"),
                      ("recipients", "各区人民政府，市政府各部门："), ("heading", "一、总体要求"),
                      ("body", "坚持“绿色发展”理念，全面提升《清河市城市总体规划》确定的绿地率。"),
                      ("heading", "二、工作措施"), ("body", "各单位要认真落实，于2025年6月30日前完成。"),
                      ("date", "2025年3月1日"), ("cc", "抄送：市委办公室。")])
    assert proofread(result) == []


def test_paragraphs_are_joined_until_a_sentence_ends():
    result = _result([("body", "各单位要"), ("body", "认真落实。"), ("body", "新的段落。")])
    assert [p.text for p in passages(result) if p.kind == "paragraph"] == ["各单位要认真落实。", "新的段落。"]


def test_findings_carry_severity_and_their_offset_in_the_element():
    (finding,) = [f for f in proofread(_result([("body", "要认真落实,确保实效。")])) if f.category == "punctuation"]
    assert finding.severity == Severity.WARNING and finding.context[finding.start] == ","


# ---- the command line ----------------------------------------------------------------
@pytest.fixture
def bulletin_txt(tmp_path):
    text = "\n".join(["清河市人民政府文件", "清府发[2025]3号", "清河市人民政府", "关于加强城市绿化管理的通知",
                      "各区人民政府，市政府各部门：", "现将有关事项通知如下,请认真贯彻执行。", "清河市人民政府",
                      "2025年3月1日"])
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_proof_cli_json_exit_codes(bulletin_txt, tmp_path, capsys):
    assert main(["proof", str(bulletin_txt), "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    docno = next(f for f in findings if f["category"] == "docno")
    assert docno == {**docno, "rule": "docno.form", "severity": "error", "text": "[2025]3号",
                     "suggestion": "〔2025〕3号", "line": 2, "page": None, "bbox": None, "status": "open"}
    assert set(findings[0]) == {"rule", "category", "severity", "message", "text", "suggestion", "document",
                                "page", "line", "bbox", "status"}
    clean = tmp_path / "clean.txt"
    clean.write_text(bulletin_txt.read_text(encoding="utf-8").replace("[2025]", "〔2025〕").replace(",", "，"),
                     encoding="utf-8")
    assert main(["proof", str(clean)]) == 0
    assert main(["proof", str(tmp_path / "missing.pdf")]) == 2
    assert main(["proof"]) == 2
    assert "错误" in capsys.readouterr().err


def test_proof_cli_reads_a_store_with_its_corrections(bulletin_txt, tmp_path, capsys):
    db = tmp_path / "store.db"
    assert main(["import", str(bulletin_txt), "--db", str(db)]) == 0
    assert main(["proof", "--db", str(db), "--format", "json"]) == 1
    stored = json.loads(capsys.readouterr().out)["findings"]
    assert any(f["category"] == "docno" and f["line"] == 2 for f in stored)
    assert main(["proof", "--db", str(db), "--source", "99"]) == 2
    assert main(["proof", "--db", str(tmp_path / "none.db")]) == 4


def test_ocr_doubts_are_one_finding_per_line_placed_in_their_document():
    from workbench.model import Line, Page

    box = (60.0, 100.0, 260.0, 116.0)
    line = Line(text="清河市人民政府", bbox=box, char_confidence=(0.99, 0.5, 0.99, 0.99, 0.6, 0.99, 0.99))
    source = Source(path="scan.pdf", sha256="1", kind="pdf", pages=[Page(number=1, width=500, height=700, lines=[line])])
    doc = Document(order=0, title="清河市人民政府", elements=[Element("issuer", line.text, page=1, bbox=box)])
    (finding,) = [f for f in proofread(ParseResult(sources=[source], documents=[doc])) if f.category == "ocr"]
    assert (finding.page, finding.element, finding.text, finding.start) == (1, 0, "河市人民", 1)
    assert finding.bbox is not None and box[0] < finding.bbox[0] < finding.bbox[2] < box[2]


def test_the_proof_sheet_as_xlsx_and_docx_marks_the_flagged_part(bulletin_txt, tmp_path):
    import docx
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText

    assert main(["proof", str(bulletin_txt), "--sheet", str(tmp_path / "sheet.xlsx")]) == 1
    sheet = openpyxl.load_workbook(tmp_path / "sheet.xlsx", rich_text=True).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [row[2] for row in rows] == ["第2行", "第6行"]
    original = rows[0][3]
    assert isinstance(original, CellRichText) and str(original) == "清府发[2025]3号"
    marked = [block for block in original if not isinstance(block, str)]
    assert [block.text for block in marked] == ["[2025]3号"] and marked[0].font.color.rgb.endswith("C00000")
    assert rows[0][5] == "〔2025〕3号" and rows[0][6] == "未处理"
    assert main(["proof", str(bulletin_txt), "--sheet", str(tmp_path / "sheet.docx")]) == 1
    table = docx.Document(str(tmp_path / "sheet.docx")).tables[0]
    assert len(table.rows) == 3 and table.rows[1].cells[3].text == "清府发[2025]3号"
    flagged = [run for run in table.rows[1].cells[3].paragraphs[0].runs if run.underline]
    assert [run.text for run in flagged] == ["[2025]3号"]
    assert main(["proof", str(bulletin_txt), "--sheet", str(tmp_path / "sheet.pdf")]) == 2


def test_a_heading_repeated_after_a_skipped_number_follows_the_skip_and_is_not_a_fix():
    from tests.test_parse_structure import parse_lines

    result = parse_lines("清河市人民政府关于做好防汛工作的通知", "清府发〔2025〕8号", "各区人民政府：",
                         "一、加强组织领导工作", "二、落实防汛责任制度", "四、做好物资储备工作", "四、加强宣传教育工作",
                         "五、严格值班值守制度", "清河市人民政府", "2025年5月1日")
    headings = [(f.rule, f.severity.value, f.suggestion) for f in proofread(result) if f.category == "heading"]
    assert headings == [("heading.sequence", "error", "三"), ("heading.following", "info", None)]
