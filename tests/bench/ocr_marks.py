"""What a scan import reads, tables included, against the truth — before and after the punctuation pass.

Usage: python tests/bench/ocr_marks.py [CORPUS]
Each scan is recognised as an import reads it (workers, pages side by side) and laid out; ours is every body
and table line, the truth every body line and table cell of the scanned pages (running heads and feet left out
of both). Two figures, both indifferent to order (a table's cells are read line by line, the truth lists them
cell by cell, so an aligned edit distance would count order, not reading): the character-bag error
(Σ|ours(c) − truth(c)| / 2 / truth length: a misread character counts once, a lost or extra one half) and the
punctuation marks in the wrong width (, : ; ( ) ? ! against their full-width forms). Printed as read, then after
``ingest.punctuation.tidy_marks`` (widths, brackets closed in kind).
"""
from __future__ import annotations

import copy
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.corpus.cer import norm  # noqa: E402
from tests.corpus.truth import STEMS, load_truth  # noqa: E402
from workbench.ingest import ocr_workers, read_source, recognition  # noqa: E402
from workbench.ingest.punctuation import GROUPS, tidy_marks  # noqa: E402
from workbench.parse.layout import lay_out  # noqa: E402

MARKS = {mark for group in GROUPS for pair in group.items() for mark in pair}


def bag_error(ours: str, truth: str) -> float:
    a, b = Counter(ours), Counter(truth)
    return sum(abs(a[c] - b[c]) for c in set(a) | set(b)) / 2 / max(1, len(truth))


def wrong_marks(ours: str, truth: str) -> int:
    """Marks of each width in excess of the truth's, summed (a mark read in the wrong width counts once)."""
    a, b = Counter(c for c in ours if c in MARKS), Counter(c for c in truth if c in MARKS)
    return sum(max(0, a[c] - b[c]) for c in MARKS)


def read_text(source) -> str:
    laid = lay_out(copy.deepcopy(source))
    return norm("".join(line.text for page in laid.pages for line in page.lines if line.role in ("body", "table")))


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    ocr_workers.warm_up()
    recognition.tidy_marks = lambda source: None  # read as the engine gives it; the pass is applied below
    print(f"{'scan':30} {'bag error':>10} {'after':>7} {'wrong marks':>12} {'after':>6} {'marks':>6}")
    for stem in STEMS:
        for label, kind in ((stem, "scan"), (f"{stem}.harsh", "harsh.scan")):
            scan = corpus / f"{stem}.{kind}.pdf"
            if not scan.exists():
                continue
            truth = load_truth(corpus, label)
            pages = [truth["pages"][number - 1] for number in truth["scan"]["pages"]]
            expected = norm("".join([line["text"] for page in pages for line in page["lines"] if line["role"] == "body"]
                                    + [cell["text"] for page in pages for table in page["tables"]
                                       for cell in table["cells"]]))
            source = read_source(scan)
            recognition.recognise_pages(source)
            before = read_text(source)
            tidy_marks(source)
            after = read_text(source)
            print(f"{label:30} {bag_error(before, expected):>10.2%} {bag_error(after, expected):>7.2%} "
                  f"{wrong_marks(before, expected):>12} {wrong_marks(after, expected):>6} "
                  f"{sum(1 for c in expected if c in MARKS):>6}", flush=True)


if __name__ == "__main__":
    main()
