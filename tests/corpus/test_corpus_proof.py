"""Proofreading against the corpus: the errors put in are found at their line or page, little else is new,
the seeds' real errors are reported, and clean seeds stay quiet. Full figures: tests/bench/proof.py."""
import json
import re

import pytest

from tests.corpus.proof import defect_hit, new_findings
from workbench.pipeline import parse_file
from workbench.proof.rules import proofread

VARIANTS = [(stem, suffix) for stem in ("000_983109a600a64859", "002_4d4b2807dcec1cae") for suffix in (".txt", ".pdf")]


@pytest.mark.parametrize("stem,suffix", VARIANTS)
def test_errors_put_in_are_found_with_few_new_findings(corpus, stem, suffix):
    defects = json.loads((corpus / f"{stem}.defects.json").read_text(encoding="utf-8"))
    found = proofread(parse_file(corpus / f"{stem}.defects{suffix}"))
    clean = proofread(parse_file(corpus / f"{stem}{suffix}"))
    paged = suffix == ".pdf"
    hits = [defect for defect in defects if defect_hit(defect, found, paged)]
    assert len(hits) >= 0.85 * len(defects), [d["kind"] for d in defects if d not in hits]
    assert len(new_findings(found, clean, defects, paged)) <= 3


def _line_of(path, pattern: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if re.search(pattern, line):
            return number
    raise AssertionError(f"no line of {path.name} matches {pattern}")


def test_the_real_square_bracket_docno_and_spaced_date_are_reported_at_their_lines(corpus):
    square = corpus / "003_63a411c4bd2a61c6.txt"
    line = _line_of(square, r"^\S{2,12}\[\d{4}\]\d+号$")
    assert any(f.category == "docno" and f.line == line for f in proofread(parse_file(square)))
    spaced = corpus / "001_39b8cc04802ef187.txt"
    line = _line_of(spaced, r"\d{4}年 \d{1,2}月 \d{1,2}日")
    assert any(f.category == "date" and f.line == line for f in proofread(parse_file(spaced)))


@pytest.mark.parametrize("name", ["000_983109a600a64859.txt", "001_39b8cc04802ef187.pdf", "003_63a411c4bd2a61c6.txt"])
def test_clean_seeds_have_at_most_ten_findings_per_document(corpus, name):
    result = parse_file(corpus / name)
    assert len(proofread(result)) <= 10 * max(1, len(result.documents))
