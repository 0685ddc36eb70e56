"""The foundation against the real corpus (``$WORKBENCH_CORPUS``)."""
import pytest

from tests.corpus.truth import STEMS, load_truth, logical_tables, norm, reading_order_recall
from workbench.ingest import read_source
from workbench.pipeline import parse_file, read_laid_out
from workbench.reading.render import render_text


@pytest.mark.parametrize("stem", STEMS)
def test_text_pdf_reading_order_recall_on_every_page(corpus, stem):
    truth = load_truth(corpus, stem)
    pages = render_text(read_laid_out(corpus / f"{stem}.pdf")).split("\f")
    assert len(pages) == len(truth["pages"])
    for text, truth_page in zip(pages, truth["pages"]):
        assert reading_order_recall(text, truth_page) >= 0.99, f"page {truth_page['number']}"
        for line in truth_page["lines"]:
            if line["role"] == "footer":
                assert norm(line["text"]) not in norm(text), f"footer on page {truth_page['number']}"


@pytest.mark.parametrize("stem", STEMS)
def test_running_headers_and_footers_are_set_apart(corpus, stem):
    truth = load_truth(corpus, stem)
    source = read_laid_out(corpus / f"{stem}.pdf")
    for page, truth_page in zip(source.pages, truth["pages"]):
        margins = sorted(norm(line.text) for line in page.lines if line.role in ("header", "footer"))
        expected = sorted(norm(line["text"]) for line in truth_page["lines"] if line["role"] in ("header", "footer"))
        assert margins == expected, f"page {truth_page['number']}"


@pytest.mark.parametrize("stem", STEMS)
def test_utf8_and_gb18030_copies_parse_identically(corpus, stem):
    utf8 = parse_file(corpus / f"{stem}.txt").to_json()
    gb = parse_file(corpus / f"{stem}.gb18030.txt").to_json()
    for result in (utf8, gb):
        for source in result["sources"]:
            source.pop("path"), source.pop("sha256")
    assert utf8 == gb
    lines_utf8 = [(line.line_no, line.text) for line in read_source(corpus / f"{stem}.txt").pages[0].lines]
    lines_gb = [(line.line_no, line.text) for line in read_source(corpus / f"{stem}.gb18030.txt").pages[0].lines]
    assert lines_utf8 == lines_gb and len(lines_utf8) > 100


def test_docx_paragraphs_and_tables_equal_the_truth(corpus):
    stem = "003_63a411c4bd2a61c6"
    page = read_source(corpus / f"{stem}.docx").pages[0]
    seed = (corpus / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    assert [norm(line.text) for line in page.lines] == [norm(line) for line in seed if line.strip() and "\t" not in line]
    expected = logical_tables(load_truth(corpus, stem))
    got = [{(c.row, c.col): (norm(c.text), c.rowspan, c.colspan) for c in table.cells} for table in page.tables]
    assert got == expected
