"""Documents and fields against the corpus gold (per-seed figures: tests/bench/structure.py)."""
import pytest

from tests.builders import two_column_printing
from tests.corpus.gold import FIELDS, field_right, load_gold, score
from tests.corpus.scans import gold_on_scan, parse_text_pages, same_documents
from tests.corpus.truth import STEMS
from workbench.pipeline import parse_file


@pytest.mark.parametrize("suffix", [".txt", ".gb18030.txt", ".pdf"])
@pytest.mark.parametrize("stem", STEMS)
def test_every_gold_document_found_none_extra_fields_right(corpus, stem, suffix):
    figures = score(parse_file(corpus / f"{stem}{suffix}").to_json()["documents"], load_gold(corpus, stem))
    assert figures["precision"] == 1.0 and figures["recall"] == 1.0
    assert figures["fields"] >= 0.98, figures["wrong"]


@pytest.mark.parametrize("stem", STEMS)
def test_scan_finds_the_documents_of_the_text_pdf_on_the_same_pages(corpus, scans, stem):
    scan = scans[stem].to_json()
    text = parse_text_pages(corpus, stem)
    ours, theirs = same_documents(scan, text)
    assert ours == theirs
    figures = score(scan["documents"], gold_on_scan(corpus, stem, load_gold(corpus, stem)))
    assert figures["precision"] == 1.0 and figures["recall"] == 1.0
    twins = {doc["doc_number"]: doc for doc in text["documents"]}
    checks = [field_right(field, doc, twins[doc["doc_number"]]) for doc in scan["documents"] for field in FIELDS]
    assert sum(checks) / len(checks) >= 0.98


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_table_of_contents_of_the_monthly_issue(corpus, suffix):
    result = parse_file(corpus / f"003_63a411c4bd2a61c6{suffix}")
    issue = result.issue
    assert (issue.year, issue.number, issue.total_number) == (2023, 6, 253)
    assert len(issue.toc) == len(result.documents) == 9
    assert [entry["document"] for entry in issue.toc] == list(range(1, 10))
    assert all(entry["problems"] == [] for entry in issue.toc)
    assert {entry["section"] for entry in issue.toc} == {"市政府文件", "市政府办公室文件", "人事任免"}


@pytest.mark.parametrize("stem", ["003_63a411c4bd2a61c6", "001_39b8cc04802ef187"])
def test_a_two_column_printing_with_tables_printed_as_text(corpus, stem, tmp_path):
    """The seed typeset anew in two 16K columns, its tab-separated table rows printed as text at tab stops
    inside a column (tests/builders.py): every document found and its fields right."""
    lines = (corpus / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    path = two_column_printing(lines, tmp_path / "two-column.pdf", header="政府公报")
    figures = score(parse_file(path).to_json()["documents"], load_gold(corpus, stem))
    assert figures["precision"] == 1.0 and figures["recall"] == 1.0
    assert figures["fields"] >= 0.98, figures["wrong"]
