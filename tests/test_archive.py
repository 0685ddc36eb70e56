"""The annual archive on composed documents: catalogue rows, per-document files, verify, refusals, cancel."""
import csv
import os
import xml.etree.ElementTree as ET

import pytest

from tests.builders import Placed, write_pdf
from workbench.archive.catalogue import ArchiveSettings, printed_title
from workbench.archive.package import build_package
from workbench.archive.verify import problems
from workbench.errors import Cancelled, UsageError
from workbench.ingest.sniff import sha256_of
from workbench.model import Document, Element, Page, ParseResult, Source
from workbench.mupdf import pymupdf
from workbench.store import Store


def _doc(number, title, date, page, issuer="清河市人民政府"):
    return Document(order=page, issuer=[issuer], doc_number=number, title=title, doc_type="通知", sign_date=date,
                    page_start=page, page_end=page,
                    elements=[Element("title", title, page=page), Element("body", "现将有关事项通知如下。", page=page)])


@pytest.fixture
def store(tmp_path):
    pdf = write_pdf(tmp_path / "issue.pdf", [[Placed(70, 100, f"第{n}页", 12)] for n in range(1, 4)])
    documents = [_doc("清府发〔2023〕9号", "清河市人民政府关于做好防汛工作的通知", "2023-06-06", 1),
                 _doc("清府发〔2023〕2号", "关于表扬先进集体的通报", "2023-02-01", 2),
                 _doc("清府发〔2022〕30号", "关于开展冬季防火检查的通知", "2022-12-30", 3)]
    source = Source(path=str(pdf), sha256=sha256_of(pdf), kind="pdf", pages=[Page(n, width=524, height=737) for n in (1, 2, 3)])
    with Store(tmp_path / "s.db") as opened:
        opened.save(ParseResult(sources=[source], documents=documents))
        key = next(row.key for row in opened.documents() if row.doc_number == "清府发〔2023〕9号")
        opened.set_correction(1, key, "topic", "城乡建设、环境保护")
        opened.add_tag(1, key, "防汛")
        yield opened


def test_the_catalogue_holds_the_years_documents_in_date_order_with_their_archive_numbers(store, tmp_path):
    report = build_package(store, ArchiveSettings(2023, fonds="Q1", retention="D30"), tmp_path / "pkg")
    assert (report.documents, report.pages) == (2, 2)
    with open(tmp_path / "pkg" / "data" / "归档文件目录.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注"]
    assert [(row["档号"], row["文号"], row["日期"]) for row in rows] == [
        ("Q1-WS·2023-D30-0001", "清府发〔2023〕2号", "20230201"), ("Q1-WS·2023-D30-0002", "清府发〔2023〕9号", "20230606")]
    assert rows[1]["题名"] == "关于做好防汛工作的通知" and rows[1]["责任者"] == "清河市人民政府"
    folder = tmp_path / "pkg" / "data" / "Q1-WS·2023-D30-0002"
    with pymupdf.open(folder / "Q1-WS·2023-D30-0002.pdf") as pdf:
        assert pdf.page_count == 1 and "第1页" in pdf[0].get_text()  # cut from the source: its first page
    meta = ET.parse(folder / "Q1-WS·2023-D30-0002.xml").getroot()
    assert meta.find("内容描述/文件编号").text == "清府发〔2023〕9号"
    assert [e.text for e in meta.find("内容描述/主题词")] == ["城乡建设、环境保护", "防汛"]
    assert meta.find("档号").get("件号") == "0002" and meta.find("原始文件").get("数字摘要") == sha256_of(tmp_path / "issue.pdf")
    info = (tmp_path / "pkg" / "bag-info.txt").read_text(encoding="utf-8")
    assert "Archive-Year: 2023" in info and "Fonds-Code: Q1" in info
    assert problems(tmp_path / "pkg") == []
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "pkg" / "data").stat().st_mode & 0o777 == 0o777 & ~mask  # not owner-only, as mkdtemp made it


def test_a_missing_source_file_is_typeset_from_what_the_store_holds(store, tmp_path):
    (tmp_path / "issue.pdf").unlink()
    build_package(store, ArchiveSettings(2022), tmp_path / "pkg")
    with pymupdf.open(tmp_path / "pkg" / "data" / "0001-WS·2022-Y-0001" / "0001-WS·2022-Y-0001.pdf") as pdf:
        assert "关于开展冬季防火检查的通知" in pdf[0].get_text()


def test_refusals_and_a_cancelled_build_leave_nothing_behind(store, tmp_path):
    with pytest.raises(UsageError, match="2021"):
        build_package(store, ArchiveSettings(2021), tmp_path / "none")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    with pytest.raises(UsageError, match="不是空的"):
        build_package(store, ArchiveSettings(2023), tmp_path / "full")
    with pytest.raises(Cancelled):
        build_package(store, ArchiveSettings(2023), tmp_path / "pkg", cancelled=lambda: True)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["full", "issue.pdf", "s.db", "s.db-shm", "s.db-wal"]


def test_the_printed_title_drops_the_issuer_it_starts_with():
    assert printed_title("清河市人民政府办公室关于印发方案的通知", ["清河市人民政府", "清河市人民政府办公室"]) == "关于印发方案的通知"
    assert printed_title("清河市人民政府", ["清河市人民政府"]) == "清河市人民政府"


def test_a_document_sharing_a_page_gets_that_page_without_the_other_documents_text(tmp_path):
    pdf = write_pdf(tmp_path / "shared.pdf", [[Placed(70, 100, "甲文标题甲文", 12), Placed(70, 130, "甲文正文甲文", 12),
                                               Placed(70, 400, "乙文标题乙文", 12), Placed(70, 430, "乙文正文乙文", 12)]])
    first = Document(order=1, doc_number="清府发〔2023〕1号", title="甲文", sign_date="2023-01-01", page_start=1,
                     page_end=1, elements=[Element("title", "甲文标题甲文", page=1, bbox=(70, 88, 150, 104)),
                                           Element("body", "甲文正文甲文", page=1, bbox=(70, 118, 150, 134))])
    second = Document(order=2, doc_number="清府发〔2023〕2号", title="乙文", sign_date="2023-01-02", page_start=1,
                      page_end=1, elements=[Element("title", "乙文标题乙文", page=1, bbox=(70, 388, 150, 404)),
                                            Element("body", "乙文正文乙文", page=1, bbox=(70, 418, 150, 434))])
    source = Source(path=str(pdf), sha256=sha256_of(pdf), kind="pdf", pages=[Page(1, width=524, height=737)])
    with Store(tmp_path / "t.db") as opened:
        opened.save(ParseResult(sources=[source], documents=[first, second]))
        report = build_package(opened, ArchiveSettings(2023, fonds="Q1"), tmp_path / "pkg")
    texts = {}
    for path in (report.path / "data").glob("Q1-*/*.pdf"):
        with pymupdf.open(path) as cut:
            texts[path.stem] = cut[0].get_text()
    first_text, second_text = texts["Q1-WS·2023-Y-0001"], texts["Q1-WS·2023-Y-0002"]
    assert "甲文正文" in first_text and "乙文" not in first_text
    assert "乙文正文" in second_text and "甲文" not in second_text
