"""Parsing documents out of bulletin text: layouts other cities use, written here in code."""
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.model import Line, Page, Source
from workbench.parse.layout import lay_out
from workbench.parse.structure import parse_source


def parse_lines(*texts: str):
    lines = [Line(text=text, line_no=number) for number, text in enumerate(texts, start=1)]
    return parse_source(lay_out(Source(path="fixture.txt", sha256="0", kind="text", pages=[Page(1, lines=lines)])))


def fields(doc):
    return (doc.issuer, doc.doc_number, doc.title, doc.doc_type, doc.recipients, doc.signatory, doc.sign_date)


def test_reprint_issuer_title_number():
    (doc,) = parse_lines(
        "清河市人民政府", "关于加强城市绿化管理的", "通 知", "清河府发〔2025〕3号",
        "各区人民政府，市级各部门：", "为进一步提升城市绿化水平，现就有关事项通知如下。",
        "一、明确管理责任", "（一）落实养护。各区要落实绿地养护责任。", "1．建立巡查制度。", "（1）每周巡查一次。",
        "清河市人民政府", "2025年2月8日", "（此件公开发布）",
    ).documents
    assert fields(doc) == (["清河市人民政府"], "清河府发〔2025〕3号", "关于加强城市绿化管理的通知", "通知",
                           "各区人民政府，市级各部门", ["清河市人民政府"], "2025-02-08")
    levels = [(e.kind, e.level) for e in doc.elements if e.level]
    assert levels == [("heading", 1), ("heading", 2), ("heading", 3), ("heading", 4)]
    assert doc.elements[-1].kind == "publication_note"


def test_issuer_and_title_on_one_line_with_half_width_brackets():
    (doc,) = parse_lines(
        "清河市人民政府办公室 关于印发清河市防汛应急预案的通知", "清河府办发[2024]21号",
        "各区人民政府,市级有关部门:", "《清河市防汛应急预案》已经市政府同意,现印发给你们。",
        "清河市人民政府办公室", "2024年5月6日", "清河市防汛应急预案", "第一章 总则", "第一条 为做好防汛工作，制定本预案。",
    ).documents
    assert doc.issuer == ["清河市人民政府办公室"] and doc.doc_number == "清河府办发[2024]21号"
    assert doc.title == "关于印发清河市防汛应急预案的通知" and doc.recipients == "各区人民政府,市级有关部门"
    kinds = [e.kind for e in doc.elements]
    assert "enclosure_title" in kinds and ("chapter" in kinds and "article" in kinds)


def test_word_style_header_mark_number_then_title():
    (doc,) = parse_lines(
        "清河市人民政府文件", "清河府发〔2023〕12号", "清河市人民政府", "关于公布第二批历史建筑名录的决定",
        "各区人民政府：", "经研究，决定公布第二批历史建筑名录。", "清河市人民政府", "2023年9月1日",
    ).documents
    assert fields(doc)[:4] == (["清河市人民政府"], "清河府发〔2023〕12号", "关于公布第二批历史建筑名录的决定", "决定")
    assert doc.elements[0].kind == "mark"


def test_joint_issuers_on_one_line():
    (doc,) = parse_lines(
        "清河市财政局 清河市教育局", "关于下达2024年学生资助资金的通知", "清财教〔2024〕8号",
        "各区财政局、教育局：", "现将2024年学生资助资金下达给你们。", "清河市财政局 清河市教育局", "2024年3月1日",
    ).documents
    assert doc.issuer == ["清河市财政局", "清河市教育局"] and doc.signatory == ["清河市财政局", "清河市教育局"]


def test_document_without_a_number():
    result = parse_lines(
        "清河市人民政府办公室", "关于开展安全生产大检查的通知", "各区人民政府：", "为做好安全生产工作，现通知如下。",
        "清河市人民政府办公室", "2024年6月1日",
        "清河市人民政府", "关于表彰先进集体的决定", "各区人民政府：", "经研究，决定予以表彰。",
        "清河市人民政府", "2024年6月3日",
    )
    assert [(d.issuer, d.title, d.doc_number, d.sign_date) for d in result.documents] == [
        (["清河市人民政府办公室"], "关于开展安全生产大检查的通知", None, "2024-06-01"),
        (["清河市人民政府"], "关于表彰先进集体的决定", None, "2024-06-03"),
    ]


def test_title_whose_first_line_ends_with_its_issuer_and_about():
    """``…办公室关于`` / ``印发…`` / ``…的通知``: the issuer is read off the first line, the title keeps 关于."""
    body = ["各区人民政府，市政府各部门：", "《清河市城市绿化管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。",
            "清河市人民政府办公室", "2025年3月1日"]
    numbered, unnumbered = (
        parse_lines("清河市人民政府办公室关于", "印发清河市城市绿化管理办法", "的通知", "清政办发〔2025〕12号", *body),
        parse_lines("清河市人民政府办公室关于", "印发清河市城市绿化管理办法的通知", *body))
    for result, number in ((numbered, "清政办发〔2025〕12号"), (unnumbered, None)):
        (doc,) = result.documents
        assert fields(doc) == (["清河市人民政府办公室"], number, "关于印发清河市城市绿化管理办法的通知", "通知",
                               "各区人民政府，市政府各部门", ["清河市人民政府办公室"], "2025-03-01")


def test_government_order_with_its_number():
    (doc,) = parse_lines(
        "清河市人民政府令", "第12号", "《清河市城市绿化管理办法》已经2023年4月20日市政府第8次常务会议审议通过，现予公布，自2023年6月1日起施行。",
        "市长 王明", "2023年5月1日", "清河市城市绿化管理办法",
    ).documents
    assert (doc.issuer, doc.title, doc.doc_number, doc.doc_type, doc.sign_date) == (
        ["清河市人民政府"], "清河市人民政府令", "第12号", "令", "2023-05-01")


def test_announcements_and_notices_to_the_public():
    result = parse_lines(
        "清河市人民政府公告", "2023年第2号", "根据有关规定，现将征收土地方案公告如下。", "清河市人民政府", "2023年7月3日",
        "清河市公安局关于实行临时交通管制的通告", "为保障马拉松比赛顺利进行，决定实行临时交通管制。", "清河市公安局", "2023年10月8日",
    )
    assert [(d.issuer, d.title, d.doc_number, d.doc_type) for d in result.documents] == [
        (["清河市人民政府"], "清河市人民政府公告", "2023年第2号", "公告"),
        (["清河市公安局"], "关于实行临时交通管制的通告", None, "通告"),
    ]


def test_dates_in_chinese_numerals():
    (doc,) = parse_lines(
        "清河市人民政府", "关于调整最低工资标准的通知", "清府发〔2023〕6号", "各区人民政府：", "现将有关事项通知如下。",
        "清河市人民政府", "二〇二三年六月六日",
    ).documents
    assert doc.sign_date == "2023-06-06"


def test_running_headers_inside_the_text_neither_split_nor_merge():
    result = parse_lines(
        "清河市人民政府", "关于加强城市绿化管理的通知", "清府发〔2025〕3号", "各区人民政府：", "现就有关事项通知如下。",
        "市政府文件市政府文件", "公", "报", "清", "河", "·· 7", "继续推进工作。",
        "清河市人民政府", "2025年2月8日",
        "市政府市政府办公室办公室文件文件", "清河市人民政府办公室", "关于做好防汛工作的通知", "清府办发〔2025〕9号",
        "各区人民政府：", "现就防汛工作通知如下。", "清河市人民政府办公室", "2025年3月1日",
    )
    assert [d.doc_number for d in result.documents] == ["清府发〔2025〕3号", "清府办发〔2025〕9号"]
    assert all("文件文件" not in e.text for d in result.documents for e in d.elements if e.kind != "body")
    assert result.documents[0].sign_date == "2025-02-08" and result.documents[1].title == "关于做好防汛工作的通知"


def test_personnel_notice_entries():
    (doc,) = parse_lines(
        "清河市人民政府", "关于林晓峰等同志职务任免的通知", "清府任〔2025〕3号", "各区人民政府：", "经市人民政府研究决定：",
        "任命林晓峰为清河市住房和城乡建设局副局长；", "免去陈建国的清河市民政局副局长职务。", "任命：",
        "周雨桐为清河市水务局总工程师。", "清河市人民政府", "2025年3月25日",
    ).documents
    assert [e.attrs for e in doc.elements if e.kind == "appointment"] == [
        {"action": "任命", "name": "林晓峰", "post": "清河市住房和城乡建设局副局长"},
        {"action": "免去", "name": "陈建国", "post": "清河市民政局副局长"},
        {"action": "任命", "name": "周雨桐", "post": "清河市水务局总工程师"},
    ]


def test_front_matter_and_table_of_contents():
    result = parse_lines(
        "清河市人民政府公报", "2025年第3期（总第141期）", "编辑委员会", "主任 王明", "副主任 李华",
        "市政府文件", "2·清河市人民政府关于加强城市绿化", "管理的通知", "人事任免", "5·清河市人民政府关于张三任职的通知",
        "清河市人民政府", "关于加强城市绿化管理的通知", "清府发〔2025〕3号", "各区人民政府：", "现就有关事项通知如下。",
        "清河市人民政府", "2025年2月8日",
        "清河市人民政府", "关于张三任职的通知", "清府任〔2025〕1号", "各区人民政府：", "任命张三为清河市水务局局长。",
        "清河市人民政府", "2025年2月9日",
    )
    issue = result.issue
    assert (issue.publication, issue.year, issue.number, issue.total_number) == ("清河市人民政府公报", 2025, 3, 141)
    assert issue.editorial_board == ["主任 王明", "副主任 李华"]
    assert [(e["section"], e["title"], e["page"], e["document"], e["problems"]) for e in issue.toc] == [
        ("市政府文件", "清河市人民政府关于加强城市绿化管理的通知", 2, 1, []),
        ("人事任免", "清河市人民政府关于张三任职的通知", 5, 2, []),
    ]


def test_toc_title_that_differs_is_reported():
    result = parse_lines(
        "清河市人民政府公报", "2·清河市人民政府关于加强城市绿化管理工作的通知",
        "清河市人民政府", "关于加强城市绿化管理的通知", "清府发〔2025〕3号", "各区人民政府：", "通知如下。",
        "清河市人民政府", "2025年2月8日",
    )
    assert result.issue.toc[0]["document"] == 1 and result.issue.toc[0]["problems"] == ["title"]


FRAGMENTS = [
    "清河市人民政府", "关于加强城市绿化管理的通知", "清府发〔2025〕3号", "各区人民政府：", "一、总体要求", "（一）目标",
    "1．任务", "2025年2月8日", "二〇二三年六月六日", "市政府文件市政府文件", "公", "·· 7", "任命：", "张三为局长。",
    "附件：1．分工表", "附件", "抄送：市委办公室。", "清河市人民政府办公室 2025年3月7日印发", "序号\t任务\t单位",
    "2·清河市人民政府关于", "第12号", "清河市人民政府令", "关于", "：", "〔〕号", "",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60))
def test_parsing_never_crashes_and_is_deterministic(texts):
    texts = [text for text in texts if text.strip() and "\n" not in text and "\f" not in text]
    first = parse_lines(*texts).to_json()
    assert parse_lines(*texts).to_json() == first
