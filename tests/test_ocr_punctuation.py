"""After OCR each mark takes the width its source prints it in: full-width sources, half-width sources, and
sources with no clear majority (left as read); numbers and Latin text keep their own marks; a
bracket pair read in two kinds is made one."""
from workbench.ingest.punctuation import harmonise, tidy_marks
from workbench.model import Line, Page, Source


def _source(*texts: str, ocr: bool = True, text_layer: tuple[str, ...] = ()) -> Source:
    pages = [Page(number=1, lines=[Line(text) for text in texts], ocr=ocr)]
    if text_layer:
        pages.append(Page(number=2, lines=[Line(text) for text in text_layer]))
    return Source(path="scan.pdf", sha256="0", kind="pdf", pages=pages)


def _texts(source: Source) -> list[str]:
    return [line.text for line in source.pages[0].lines]


def test_a_full_width_source_gets_its_few_half_width_reads_back():
    source = _source("各区（县）人民政府，市级各部门：", "现将方案印发给你们，请认真贯彻执行。",
                     "一、总体要求（一）基本原则，坚持问题导向，坚持系统观念，（二）工作目标，（三）保障措施，",
                     "到2025年,全市建成1,200个站点(含乡镇)。",
                     "联系电话：0818-2381234，时间10:30。")
    harmonise(source)
    assert _texts(source)[3] == "到2025年，全市建成1,200个站点（含乡镇）。"  # 1,200 stays between digits
    assert _texts(source)[4] == "联系电话：0818-2381234，时间10:30。"


def test_a_half_width_source_gets_its_few_full_width_reads_back():
    source = _source("各区(县)人民政府,市级各部门:", "现将方案印发给你们,请认真贯彻执行。", "一、总体要求,坚持问题导向,坚持系统观念,",
                     "(一)基本原则,坚持,统筹,协调,推进；落实,到位，见效。")
    harmonise(source)
    assert _texts(source)[3] == "(一)基本原则,坚持,统筹,协调,推进；落实,到位,见效。"  # ； too rare to decide


def test_no_clear_majority_or_too_few_marks_leaves_the_text_as_read():
    mixed = _source("甲，乙,丙，丁,戊，己,庚，辛,壬，癸,")
    harmonise(mixed)
    assert _texts(mixed) == ["甲，乙,丙，丁,戊，己,庚，辛,壬，癸,"]
    few = _source("甲，乙，丙,丁。")
    harmonise(few)
    assert _texts(few) == ["甲，乙，丙,丁。"]


def test_a_text_layer_tells_the_width_and_is_never_changed():
    layer = ("各区,市级各部门,现将方案,印发给你们,请认真,贯彻执行,坚持,统筹,协调,推进。",)
    source = _source("落实，到位，见效。", text_layer=layer)
    harmonise(source)
    assert _texts(source) == ["落实,到位,见效。"] and source.pages[1].lines[0].text == layer[0]
    untouched = _source("落实，到位,见效。", ocr=False, text_layer=layer)
    harmonise(untouched)
    assert _texts(untouched) == ["落实，到位,见效。"]


def test_a_bracket_pair_read_in_two_kinds_is_made_one():
    source = _source("成政发〔2024】12号", "【政策解读〕全文", "见[附件1］和〖说明〗", "〕开头的残行", "成办函〔2024〕3号",
                     "关于印发《贯彻《条例〉的办法》的通知", "学习〈纲要》和《规划〉", "《条例》（〔2024〕5号）《上一行的",
                     "（成办函(2024〕38号）", "成办发〔2024)7号", "成府发(2024)9号", "(2024〕年度")
    tidy_marks(source)
    assert _texts(source) == ["成政发〔2024〕12号", "【政策解读】全文", "见[附件1]和〖说明〗", "〕开头的残行", "成办函〔2024〕3号",
                              "关于印发《贯彻〈条例〉的办法》的通知", "学习《纲要》和《规划》", "《条例》（〔2024〕5号）《上一行的",
                              "（成办函〔2024〕38号）", "成办发〔2024〕7号", "成府发〔2024〕9号", "(2024〕年度"]
    # 成府发(2024)9号: a pair of one kind, but the source's other 文号 are in 〔〕 (doc_number_brackets)
    layer = Source(path="a.pdf", sha256="0", kind="pdf", pages=[Page(number=1, lines=[Line("成政发〔2024】12号")])])
    tidy_marks(layer)
    assert layer.pages[0].lines[0].text == "成政发〔2024】12号"  # a text layer is exact: never changed


def test_a_doc_numbers_year_read_in_another_pair_of_brackets_takes_the_sources():
    right = ["清府发〔2024〕3号", "根据《方案》（清府办发〔2024〕5号）要求，", "清府函〔2024〕6号", "清府办函〔2024〕8号"]
    source = _source(*right, "（清府函【2024】7号）", "清府发（2024）9号", "（2024）清0105民初10号")
    tidy_marks(source)
    assert _texts(source) == [*right, "（清府函〔2024〕7号）", "清府发〔2024〕9号",
                              "（2024）清0105民初10号"]  # a court's case number is no 文号
    few = _source("清府发〔2024〕3号", "清府发（2024）9号")
    tidy_marks(few)
    assert _texts(few) == ["清府发〔2024〕3号", "清府发（2024）9号"]  # too few to tell the source's brackets
    round_layer = _source("清府发〔1995〕9号", text_layer=("清府发（1995）3号", "清府发（1995）4号", "清府发（1995）5号"))
    tidy_marks(round_layer)
    assert _texts(round_layer) == ["清府发（1995）9号"]  # a source printing its 文号 in （） keeps them
