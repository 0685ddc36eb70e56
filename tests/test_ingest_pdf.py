"""Text-layer PDFs: geometry gives reading order; headers, footers and scans are recognised."""
import pymupdf
import pytest

from tests.builders import Placed, page_image_png, two_column_page, two_column_pages, two_column_printing, write_pdf
from workbench.errors import CorruptFile, EncryptedFile
from workbench.ingest import read_source
from workbench.pipeline import parse_file, read_laid_out
from workbench.reading.render import render_text


def body_texts(page):
    return [line.text for line in page.lines if line.role == "body"]


def test_two_columns_read_left_then_right_whatever_the_storage_order(tmp_path):
    path = write_pdf(tmp_path / "two.pdf", two_column_pages(3))
    source = read_laid_out(path)
    for number, page in enumerate(source.pages, start=1):
        texts = body_texts(page)
        assert texts[0] == f"{number}-清河市人民政府"
        assert texts[9] == f"{number}-二、加强资金保障"
        assert texts[10] == f"{number}-市财政要统筹安排绿化资金，"
        assert texts[-1] == f"{number}-（此件公开发布）"


def test_running_header_and_footer_are_set_apart_and_labels_read(tmp_path):
    path = write_pdf(tmp_path / "two.pdf", two_column_pages(4))
    source = read_laid_out(path)
    for number, page in enumerate(source.pages, start=1):
        roles = {line.text: line.role for line in page.lines}
        assert roles["清河市人民政府公报"] == "header"
        assert roles[f"·· {number}"] == "footer"
        assert page.label == f"·· {number}"
    text = render_text(source)
    assert "清河市人民政府公报" not in text and "·· 2" not in text
    assert text.count("\f") == 3
    assert "清河市人民政府公报" in render_text(source, include_margins=True)


def test_full_width_title_is_read_before_the_columns_below_it(tmp_path):
    lines = [Placed(150, 50, "清河市人民政府关于印发绿化管理办法的通知", 14)]
    lines += two_column_page(1, [f"左{i}" * 12 for i in range(8)], [f"右{i}" * 12 for i in range(8)])[2:]
    source = read_laid_out(write_pdf(tmp_path / "title.pdf", [lines]))
    texts = body_texts(source.pages[0])
    assert texts[0].startswith("清河市人民政府关于")
    assert texts[1].startswith("左0") and texts[9].startswith("右0")


def test_a_lone_number_inside_a_table_is_not_a_page_number(tmp_path):
    rows = [Placed(46, 60 + 14 * i, str(i + 1)) for i in range(6)]
    rows += [Placed(120, 60 + 14 * i, f"任务{i + 1}") for i in range(6)]
    source = read_laid_out(write_pdf(tmp_path / "cells.pdf", [rows]))
    assert all(line.role == "body" for line in source.pages[0].lines)


def test_one_column_page_number_dash_label(tmp_path):
    lines = [Placed(79, 120 + 28 * i, f"第{i + 1}段正文内容") for i in range(10)]
    lines.append(Placed(280, 790, "— 7 —", 12))
    source = read_laid_out(write_pdf(tmp_path / "a4.pdf", [lines], width=595, height=842))
    assert source.pages[0].label == "— 7 —"
    assert body_texts(source.pages[0]) == [f"第{i + 1}段正文内容" for i in range(10)]


@pytest.mark.parametrize("label", ["-26一", "一39一", "— 7 —", "第12页"])
def test_a_page_label_whose_dash_ocr_read_as_yi_is_still_a_label(label):
    from workbench.parse.layout import page_number_of

    assert page_number_of(label) is not None
    assert page_number_of("一、总体要求") is None and page_number_of("第一条") is None


def test_mixed_pdf_each_page_read_the_right_way(tmp_path):
    pages = [two_column_page(1, ["正文"] * 6, ["正文"] * 6), []]
    path = write_pdf(tmp_path / "mixed.pdf", pages, images={1: page_image_png()})
    assert read_source(path).pages_needing_ocr() == [2]
    source = read_laid_out(path)
    assert [page.ocr for page in source.pages] == [False, True]
    assert source.pages_needing_ocr() == []


def test_encrypted_pdf_is_refused(tmp_path):
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 50), "secret")
    path = tmp_path / "locked.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    with pytest.raises(EncryptedFile) as err:
        read_laid_out(path)
    assert "locked.pdf" in str(err.value) and "加密" in str(err.value)


@pytest.mark.parametrize("cut", [0.05, 0.6])
def test_truncated_pdf_is_refused(tmp_path, cut):
    whole = write_pdf(tmp_path / "whole.pdf", two_column_pages(6)).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: int(len(whole) * cut)])
    with pytest.raises(CorruptFile) as err:
        read_laid_out(path)
    assert "truncated.pdf" in str(err.value)


def test_pdf_of_garbage_is_refused(tmp_path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\nthis is not a pdf at all\n" * 3)
    with pytest.raises(CorruptFile):
        read_laid_out(path)


def test_pymupdf_is_imported_without_its_layout_model():
    """PyMuPDF's layout add-on (an ONNX model, ~0.5 s to load) is never used and never loaded by the workbench."""
    import subprocess
    import sys

    code = "import sys, ui.app, workbench.pipeline; print(sys.modules.get('pymupdf.layout'), 'pymupdf4llm' in sys.modules and sys.modules['pymupdf4llm'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["None", "None"]


def test_a_column_holding_a_table_printed_as_text_is_still_a_column(tmp_path):
    """A notice of a few pages of text, then one whose task table is printed as text at tab stops (its cells
    start at several edges; whole columns hold nothing else), then a notice that starts beside the table and
    ends on a last page whose right column holds a line or two."""
    rows = [f"{n}\t整治第{n}片区老旧管网并更新设施\t市住建局\t2025年{n}月" for n in range(1, 40)]
    text = (["清河市人民政府", "关于加强城市绿化管理的通知", "清府发〔2025〕3号", "各区人民政府，市级各部门："]
            + [f"{n}．各区要落实绿地养护责任，建立巡查制度，每周巡查一次，发现问题及时处理并报告。" for n in range(1, 120)]
            + ["清河市人民政府", "2025年2月8日"]
            + ["清河市人民政府办公室", "关于印发管网改造任务分工的通知", "清政办发〔2025〕7号", "各区人民政府：",
               "现将管网改造任务分工印发给你们，请认真贯彻执行。"] + ["序号\t任务\t牵头单位\t完成时限"] + rows
            + ["清河市人民政府办公室", "2025年3月7日", "清河市人民政府", "关于做好汛期安全工作的通知",
               "清府函〔2025〕9号", "各区人民政府，市级各部门：", "请各地做好汛期值守。" * 3, "特此通知。",
               "清河市人民政府", "2025年3月9日"])
    path = two_column_printing(text, tmp_path / "issue.pdf", header="清河市人民政府公报")
    result = parse_file(path)
    titles = {doc.doc_number: (doc.title, doc.sign_date, doc.signatory) for doc in result.documents}
    assert titles == {"清府发〔2025〕3号": ("关于加强城市绿化管理的通知", "2025-02-08", ["清河市人民政府"]),
                      "清政办发〔2025〕7号": ("关于印发管网改造任务分工的通知", "2025-03-07", ["清河市人民政府办公室"]),
                      "清府函〔2025〕9号": ("关于做好汛期安全工作的通知", "2025-03-09", ["清河市人民政府"])}


def test_a_two_column_page_scanned_askew_reads_left_column_then_right(tmp_path):
    """Columns of full lines with a 15 pt gutter, scanned turned 1.5°: on the scan the columns lean across
    the gutter; read levelled, every left line comes before every right one."""
    from tests.builders import write_scan

    filler = "各区要落实绿地养护责任建立巡查制度按时"
    left = [f"甲{n:02d}{filler}" for n in range(36)]
    right = [f"乙{n:02d}{filler}" for n in range(36)]
    path = write_scan(tmp_path / "askew.pdf", [two_column_page(1, left, right)], rotate=1.5, width=524, height=737)
    page = read_laid_out(path).pages[0]
    marks = [line.text[0] for line in page.lines if line.role == "body" and line.text[:1] in ("甲", "乙")]
    assert marks.count("甲") >= 30 and marks.count("乙") >= 30
    assert marks == sorted(marks, key="甲乙".index)
