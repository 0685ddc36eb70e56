"""Documents of other publishers: title-first layouts, no 文号, web and database copies, reports.

Each composed file of ``tests/other_publishers.py`` parses to exactly its documents with every
field right; then the rules each layout rests on, one test apiece.
"""
import re

import pytest

from tests.other_publishers import PATTERNS
from tests.test_parse_structure import parse_lines
from workbench.pipeline import parse_file

FIELDS = ("doc_number", "title", "issuer", "sign_date", "recipients")


def _flat(value):
    return re.sub(r"\s+", "", "".join(value) if isinstance(value, list) else value or "") or None


@pytest.mark.parametrize("name", list(PATTERNS))
def test_composed_file_parses_to_its_documents(name, tmp_path):
    text, gold = PATTERNS[name]()
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    documents = parse_file(path).documents
    got = [{field: _flat(getattr(doc, field)) for field in FIELDS} for doc in documents]
    assert got == [{field: _flat(doc[field]) for field in FIELDS} for doc in gold]


def test_doc_number_in_parentheses_under_the_title():
    (doc,) = parse_lines("清河市人民政府关于加强河道管理的通知", "（清府发〔2020〕7号）", "各区人民政府：",
                         "现就有关事项通知如下。", "清河市人民政府", "2020年4月1日").documents
    assert doc.doc_number == "清府发〔2020〕7号" and doc.issuer == ["清河市人民政府"]
    assert [e.kind for e in doc.elements[:3]] == ["title", "doc_number", "recipients"]


def test_a_quoted_doc_number_in_parentheses_inside_a_body_starts_nothing():
    result = parse_lines("清河市人民政府关于加强河道管理的通知", "清府发〔2020〕7号", "各区人民政府：",
                         "根据《清河省人民政府关于加强水利工作的", "意见》", "（清府发〔2019〕2号）",
                         "精神，现就有关事项通知如下。", "清河市人民政府", "2020年4月1日")
    assert [doc.doc_number for doc in result.documents] == ["清府发〔2020〕7号"]


def test_forwarded_paper_with_its_own_recipients_stays_the_enclosure():
    (doc,) = parse_lines("清河市人民政府办公室转发市财政局", "关于加强预算管理意见的通知", "清府办发〔2021〕3号",
                         "各区人民政府：", "市财政局《关于加强预算管理的意见》已经市政府同意，现转发给你们。",
                         "清河市人民政府办公室", "2021年3月2日", "关于加强预算管理的意见", "市人民政府：",
                         "为加强预算管理，提出如下意见。", "清河市财政局", "2021年2月20日").documents
    assert doc.issuer == ["清河市人民政府办公室"] and doc.title == "转发市财政局关于加强预算管理意见的通知"
    assert doc.recipients == "各区人民政府" and doc.sign_date == "2021-03-02"


def test_a_sentence_that_opens_with_an_organ_and_a_date_is_no_title():
    result = parse_lines("清河市人民政府关于任免职务的通知", "清府函〔2023〕6号", "各区人民政府：",
                         "清河市人民政府2023年5月17日第3次常务会议决定", ":", "任命：", "张某为市教育局副局长；",
                         "清河市人民政府", "2023年5月20日")
    assert len(result.documents) == 1


def test_metadata_rows_are_kept_as_metadata_not_body():
    (doc,) = parse_lines("发布部门：清河市人民政府", "发文字号：清府发〔2022〕1号", "时效性：现行有效",
                         "清河市人民政府关于做好春耕工作的通知", "各区人民政府：", "现就有关事项通知如下。",
                         "清河市人民政府", "2022年2月1日", "原文链接：http://example.gov.cn/1.html").documents
    kinds = [e.kind for e in doc.elements]
    assert kinds[:3] == ["metadata"] * 3 and kinds[-1] == "metadata"
    assert doc.doc_number == "清府发〔2022〕1号" and "body" not in kinds[:4]


def test_numbered_items_of_a_file_that_is_no_issue_make_no_table_of_contents():
    result = parse_lines("工作情况", "1.道路建设。全年完成12项。", "2.桥梁建设。完成3座。", "3.绿化。新增绿地8处。")
    assert result.issue is None or not result.issue.toc


def test_table_of_contents_with_dot_leaders_and_an_english_contents_page():
    result = parse_lines("清河市人民政府公报", "2024年第3期", "目  录",
                         "清河市人民政府关于加强河道管理的通知……………………（2）",
                         "CONTENTS", "Circular on River Management (2)",
                         "清河市人民政府关于加强河道管理的通知", "清府发〔2024〕5号", "各区人民政府：",
                         "现就有关事项通知如下。", "清河市人民政府", "2024年3月1日")
    assert [(entry["title"], entry["page"], entry["document"]) for entry in result.issue.toc] == [
        ("清河市人民政府关于加强河道管理的通知", 2, 1)]
