"""The proofreading rules are listed once, and every family the vocabulary names has exactly one rule."""
from workbench.model import Document, Element, Issue, ParseResult, Source
from workbench.proof.rules import RULES, proofread
from workbench.vocabulary import Category, ElementKind


def test_every_category_belongs_to_exactly_one_rule():
    owners = [category for rule in RULES for category in rule.categories]
    assert sorted(owners) == sorted(Category)
    assert len({rule.id for rule in RULES}) == len(RULES)
    assert all(rule.label and not rule.label.isascii() for rule in RULES)


def _issue() -> ParseResult:
    """A composed issue with errors of several families: half-width comma, placeholder, 广西省, 的的."""
    doc = Document(order=0, title="关于做好某项工作的通知", doc_number="测府发〔2026〕3号", elements=[
        Element(ElementKind.TITLE, "关于做好某项工作的通知", line_start=1, line_end=1),
        Element(ElementKind.DOC_NUMBER, "测府发〔2026〕3号", line_start=2, line_end=2),
        Element(ElementKind.BODY, "各单位要在XX月底前完成,广西省和云南省的的同志参加。", line_start=3, line_end=3),
    ])
    return ParseResult(sources=[Source(path="t.txt", sha256="0", kind="text")], issue=Issue(), documents=[doc])


def test_each_finding_carries_a_category_of_the_rule_that_made_it():
    result = _issue()
    categories = {finding.category for finding in proofread(result)}
    assert {Category.PUNCTUATION, Category.PLACEHOLDER, Category.DIVISION, Category.REPEAT} <= categories
    from workbench.proof.rule import Checked
    from workbench.reading.passages import Joined, passages

    seen = Checked(result, Joined(passages(result)))
    for rule in RULES:
        assert all(finding.category in rule.categories for finding in rule.check(seen)), rule.id


def test_elements_cells_and_findings_say_where_they_were_read_the_same_way():
    from workbench.model import Cell

    paged = Element(ElementKind.BODY, "正文", page=3, bbox=(10.0, 20.0, 200.0, 34.0))
    lined = Element(ElementKind.BODY, "正文", line_start=12, line_end=14)
    assert paged.provenance.said() == "第3页" and paged.provenance.box == (10.0, 20.0, 200.0, 34.0)
    assert lined.provenance.said() == "第12行" and lined.provenance.lines == (12, 14)
    assert Cell(0, 1, "甲", line_no=7).provenance.said() == "第7行"
    finding = next(f for f in proofread(_issue()) if f.category == Category.PLACEHOLDER)
    start, end = finding.provenance.span
    assert finding.context[start:end] == finding.text == "XX" and finding.provenance.said() == "第3行"
