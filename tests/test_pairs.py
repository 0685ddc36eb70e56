"""Marks that come in pairs, repaired across the lines of a recognised paragraph."""
from workbench.model import Line, Page, Source
from workbench.parse.layout import lay_out
from workbench.parse.pairs import repair_paragraphs
from workbench.vocabulary import LineRole


def _lines(*texts: str, indented: tuple[int, ...] = (0,)) -> list[Line]:
    """Body lines of a column 12 pt high, the ones at ``indented`` starting two characters in."""
    return [Line(text, bbox=(100.0 + 24 * (index in indented), 100.0 + 20 * index, 400.0, 112.0 + 20 * index))
            for index, text in enumerate(texts)]


def test_a_quotation_read_facing_the_wrong_way_across_a_paragraphs_lines_is_turned():
    lines = _lines("各街道要推广“清河通““惠企", "码”“民生快办”“掌上议事“等平台。")
    repair_paragraphs(lines)
    assert [line.text for line in lines] == ["各街道要推广“清河通”“惠企", "码”“民生快办”“掌上议事”等平台。"]


def test_a_wrapped_doc_number_gets_its_square_brackets_and_lengths_stay():
    lines = _lines("根据《实施方案》（某府办函(2", "021〕7号）要求，做好工作。")
    repair_paragraphs(lines)
    assert [line.text for line in lines] == ["根据《实施方案》（某府办函〔2", "021〕7号）要求，做好工作。"]
    # a title's inner bracket misread round, on this line or the one before: made 〈 again, and the outer 《 is not
    # paired with its 〉 across the paragraph
    titles = _lines("现将《区人代会审", "定的（工作报告〉任务分工方案》印发你们。")
    repair_paragraphs(titles)
    assert [line.text for line in titles] == ["现将《区人代会审", "定的〈工作报告〉任务分工方案》印发你们。"]
    wrapped = _lines("现将《某部门印发（关于推进", "绿地建设的意见〉的通知》转发给你们。")
    repair_paragraphs(wrapped)
    assert [line.text for line in wrapped] == ["现将《某部门印发〈关于推进", "绿地建设的意见〉的通知》转发给你们。"]


def test_paragraphs_are_repaired_apart_and_an_odd_count_is_left_as_read():
    # the first paragraph ends a sentence; the second is indented and holds one quotation mark too few
    lines = _lines("开展“绿色社区“评选。", "办好“周末课堂”和", "“银发食堂服务。", indented=(0, 1))
    repair_paragraphs(lines)
    assert [line.text for line in lines] == ["开展“绿色社区”评选。", "办好“周末课堂”和", "“银发食堂服务。"]
    heading = _lines("推进“数字", "化“转型")
    heading[1].role = LineRole.HEADER  # not body: not one paragraph with the line above
    repair_paragraphs(heading)
    assert [line.text for line in heading] == ["推进“数字", "化“转型"]


def test_only_recognised_pages_are_repaired_when_laid_out():
    texts = ("完善“一张图“管理，建立“以", "查促改”的巡查机制。")
    recognised = Source(path="a.pdf", sha256="0", kind="pdf",
                        pages=[Page(number=1, width=595, height=842, lines=_lines(*texts), ocr=True)])
    layer = Source(path="b.pdf", sha256="1", kind="pdf",
                   pages=[Page(number=1, width=595, height=842, lines=_lines(*texts))])
    assert [line.text for line in lay_out(recognised).pages[0].lines] == ["完善“一张图”管理，建立“以", "查促改”的巡查机制。"]
    assert tuple(line.text for line in lay_out(layer).pages[0].lines) == texts  # a text layer is exact
