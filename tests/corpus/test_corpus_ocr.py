"""OCR against the corpus scans (figures with peers and timing: tests/bench/ocr.py)."""
import pytest

from tests.corpus.cer import our_body, page_errors, truth_body
from tests.corpus.truth import STEMS, load_truth


@pytest.mark.parametrize("stem", STEMS)
def test_scan_character_error_rate_is_at_most_two_percent(corpus, scans, stem):
    truth = load_truth(corpus, stem)
    source = scans[stem].sources[0]
    errors = total = 0
    for page, number in zip(source.pages, truth["scan"]["pages"]):
        assert page.ocr and page.image_sha256 and all(line.confidence is not None for line in page.lines)
        e, n = page_errors(our_body(page), truth_body(truth["pages"][number - 1]))
        errors, total = errors + e, total + n
    assert errors / total <= 0.02, f"CER {errors / total:.2%}"


def test_ocr_boxes_land_on_the_printed_lines(corpus, scans):
    stem = "003_63a411c4bd2a61c6"
    truth = load_truth(corpus, stem)
    page = scans[stem].sources[0].pages[2]
    truth_lines = [line for line in truth["pages"][truth["scan"]["pages"][2] - 1]["lines"] if line["role"] == "body"]
    ours = {line.text.replace(" ", ""): line.bbox for line in page.lines}
    offsets = []
    for line in truth_lines:
        box = ours.get(line["text"].replace(" ", ""))
        if box:
            offsets += [abs(a - b) for a, b in zip(box, line["bbox"])]
    assert len(offsets) >= 4 * len(truth_lines) * 0.7
    offsets.sort()
    # a truth box ends at the advance of a closing 。, ours at its ink: up to a character apart
    assert offsets[len(offsets) // 2] <= 2.0 and offsets[-1] <= 12.0


def test_table_pages_of_scans_have_their_table_lines_set_apart(corpus, scans):
    stem = "003_63a411c4bd2a61c6"
    truth = load_truth(corpus, stem)
    for page, number in zip(scans[stem].sources[0].pages, truth["scan"]["pages"]):
        has_table = bool(truth["pages"][number - 1]["tables"])
        assert any(line.role == "table" for line in page.lines) == has_table, f"scan page {page.number}"


def test_a_harsh_scan_of_a_two_column_page_scanned_askew(corpus):
    """Page 2 of 000's harsh scan: 150 dpi, turned 1.4°, noise, blur, JPEG 50. Its columns lean across the
    gutter on the scan; read levelled, as OCR saw them, the page keeps its reading order (CER was 90%)."""
    import pymupdf

    from workbench.ingest.ocr import ocr_page
    from workbench.model import Page, Source
    from workbench.parse.layout import lay_out

    truth = load_truth(corpus, "000_983109a600a64859.harsh")
    with pymupdf.open(corpus / "000_983109a600a64859.harsh.scan.pdf") as doc:
        result = ocr_page(doc[1])
        page = Page(number=2, lines=result.lines, rules=result.rules, width=doc[1].rect.width,
                    height=doc[1].rect.height, ocr=True, skew=result.skew)
    assert abs(result.skew) > 1
    (laid,) = lay_out(Source(path="harsh.pdf", sha256="", kind="pdf", pages=[page])).pages
    errors, total = page_errors(our_body(laid), truth_body(truth["pages"][truth["scan"]["pages"][1] - 1]))
    assert errors / total <= 0.03, f"CER {errors / total:.2%}"
    assert [line.bbox for line in laid.lines if line.text == page.lines[0].text][0] == page.lines[0].bbox  # boxes on the scan
