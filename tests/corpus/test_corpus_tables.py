"""Tables against the corpus truth (figures with peers: tests/bench/tables.py)."""
from tests.corpus.cells import cell_accuracy, truth_tables
from tests.corpus.truth import load_truth, norm
from workbench.pipeline import parse_file

STEM = "003_63a411c4bd2a61c6"  # the seed whose truth holds tables


def tables_of(result) -> list[dict]:
    return [table for doc in result.to_json()["documents"] for table in doc["tables"]]


def test_text_pdf_cell_accuracy_and_every_continued_table_joined(corpus):
    truth = load_truth(corpus, STEM)
    expected = truth_tables(truth)
    parsed = tables_of(parse_file(corpus / f"{STEM}.pdf"))
    counted, total, found = cell_accuracy(expected, parsed)
    assert counted / total >= 0.97 and found == len(expected)
    assert len(parsed) == len(expected)  # each continued table is one table
    expected_parts: list[int] = []
    for page in truth["pages"]:
        for table in page["tables"]:
            if table["continued_from_previous_page"]:
                expected_parts[-1] += 1
            else:
                expected_parts.append(1)
    assert [len(table["parts"]) for table in parsed] == expected_parts


def test_scan_cell_accuracy(corpus, scans):
    truth = load_truth(corpus, STEM)
    expected = truth_tables(truth, truth["scan"]["pages"])
    counted, total, found = cell_accuracy(expected, tables_of(scans[STEM]))
    assert counted / total >= 0.90 and found == len(expected)


def test_docx_tables_equal_the_same_tables_read_from_the_pdf(corpus):
    def cells(table):
        return sorted((c["row"], c["col"], c["rowspan"], c["colspan"], norm(c["text"])) for c in table["cells"])

    from_docx = [cells(table) for table in tables_of(parse_file(corpus / f"{STEM}.docx"))]
    from_pdf = [cells(table) for table in tables_of(parse_file(corpus / f"{STEM}.pdf"))]
    assert from_docx == from_pdf and len(from_docx) == 4
