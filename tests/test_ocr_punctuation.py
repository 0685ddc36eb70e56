"""After OCR each mark takes the width its source prints it in: full-width sources, half-width sources, and
sources with no clear majority (left as read); numbers and Latin text keep their own marks."""
from workbench.ingest.punctuation import harmonise
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
