"""OCR against the corpus scans: a few pages per seed (the full figures: tests/bench/ocr.py)."""
import pymupdf
import pytest

from tests.corpus.cer import our_body, page_errors, truth_body
from tests.corpus.truth import STEMS, load_truth
from workbench.ingest import read_source
from workbench.ingest.ocr import recognise_pages
from workbench.parse.layout import lay_out

PAGES = 2  # the first pages of each scan; a table page is added where the scan has one


def sample_pages(truth: dict) -> list[int]:
    """Scan page numbers to check: the first PAGES, and the first page holding a table."""
    chosen = list(range(1, PAGES + 1))
    for index, number in enumerate(truth["scan"]["pages"], start=1):
        if truth["pages"][number - 1]["tables"]:
            chosen.append(index)
            break
    return chosen


@pytest.mark.parametrize("stem", STEMS)
def test_scan_character_error_rate_is_at_most_two_percent(corpus, stem):
    truth = load_truth(corpus, stem)
    chosen = sample_pages(truth)
    source = read_source(corpus / f"{stem}.scan.pdf")
    for page in source.pages:
        page.needs_ocr = page.number in chosen
    recognise_pages(source)
    laid = lay_out(source)
    errors = total = 0
    for number in chosen:
        truth_page = truth["pages"][truth["scan"]["pages"][number - 1] - 1]
        page = laid.pages[number - 1]
        assert page.ocr and all(line.confidence is not None for line in page.lines)
        e, n = page_errors(our_body(page), truth_body(truth_page))
        errors, total = errors + e, total + n
    assert errors / total <= 0.02, f"CER {errors / total:.2%} on pages {chosen}"


def test_ocr_boxes_land_on_the_printed_lines(corpus):
    stem = "003_63a411c4bd2a61c6"
    truth = load_truth(corpus, stem)
    source = read_source(corpus / f"{stem}.scan.pdf")
    for page in source.pages:
        page.needs_ocr = page.number == 3
    recognise_pages(source)
    truth_lines = [line for line in truth["pages"][truth["scan"]["pages"][2] - 1]["lines"] if line["role"] == "body"]
    ours = {line.text.replace(" ", ""): line.bbox for line in source.pages[2].lines}
    offsets = []
    for line in truth_lines:
        box = ours.get(line["text"].replace(" ", ""))
        if box:
            offsets += [abs(a - b) for a, b in zip(box, line["bbox"])]
    assert len(offsets) >= 4 * len(truth_lines) * 0.7
    offsets.sort()
    # a truth box ends at the advance of a closing 。, ours at its ink: up to a character apart
    assert offsets[len(offsets) // 2] <= 2.0 and offsets[-1] <= 12.0
