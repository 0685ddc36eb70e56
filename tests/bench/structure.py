"""Document structure against the corpus gold, per seed and per input format.

Usage: python tests/bench/structure.py [CORPUS] [--wrong] [--scans]
Prints, for the .txt, .gb18030.txt and .pdf of every seed, and for each seed typeset anew in
two columns with its tables printed as text (tests/builders.py): documents found and
in gold, precision/recall/F1 by 文号, and the share of gold fields right
(issuer, title, 文种, sign_date, recipients, signatory); ``--wrong`` lists the misses.
``--scans`` adds the scans (OCR, a minute or two): documents against the gold
documents whose 文号 is on a scanned page, and fields against the text PDF cut
to the same pages.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.corpus.gold import load_gold, score  # noqa: E402
from tests.corpus.truth import STEMS  # noqa: E402
from workbench.pipeline import parse_file  # noqa: E402

FORMATS = (".txt", ".gb18030.txt", ".pdf")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0] if args else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    print(f"{'file':34} {'found':>5} {'gold':>4} {'P':>6} {'R':>6} {'F1':>6} {'fields':>7} {'s':>5}")
    for stem in STEMS:
        gold = load_gold(corpus, stem)
        for suffix in FORMATS:
            start = time.perf_counter()
            result = parse_file(corpus / f"{stem}{suffix}").to_json()
            seconds = time.perf_counter() - start
            figures = score(result["documents"], gold)
            print(f"{stem + suffix:34} {figures['found']:5d} {figures['gold']:4d} {figures['precision']:6.2f} "
                  f"{figures['recall']:6.2f} {figures['f1']:6.2f} {figures['fields']:7.1%} {seconds:5.2f}")
            if "--wrong" in sys.argv:
                for miss in figures["wrong"]:
                    print("    ", miss)
    two_column(corpus)


def two_column(corpus: Path) -> None:
    """Each seed typeset anew in two 16K columns, tables printed as text at tab stops (tests/builders.py)."""
    import tempfile

    from tests.builders import two_column_printing

    with tempfile.TemporaryDirectory() as folder:
        for stem in STEMS:
            lines = (corpus / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
            path = two_column_printing(lines, Path(folder) / f"{stem}.pdf", header="政府公报")
            start = time.perf_counter()
            figures = score(parse_file(path).to_json()["documents"], load_gold(corpus, stem))
            seconds = time.perf_counter() - start
            print(f"{stem + ' 2-column printing':34} {figures['found']:5d} {figures['gold']:4d} "
                  f"{figures['precision']:6.2f} {figures['recall']:6.2f} {figures['f1']:6.2f} "
                  f"{figures['fields']:7.1%} {seconds:5.2f}")
            if "--wrong" in sys.argv:
                for miss in figures["wrong"]:
                    print("    ", miss)


if __name__ == "__main__" and "--scans" not in sys.argv:
    main()


def scans(corpus: Path) -> None:
    """The scans: documents against the gold on the pages they cover, fields against the text PDF's same pages."""
    from tests.corpus.gold import FIELDS, field_right
    from tests.corpus.scans import gold_on_scan, parse_scan, parse_text_pages

    print(f"{'scan':34} {'found':>5} {'gold':>4} {'P':>6} {'R':>6} {'fields=text':>11} {'s':>6}")
    for stem in STEMS:
        start = time.perf_counter()
        scan = parse_scan(corpus, stem)
        seconds = time.perf_counter() - start
        text = parse_text_pages(corpus, stem)
        gold = gold_on_scan(corpus, stem, load_gold(corpus, stem))
        figures = score(scan["documents"], gold)
        by_number = {d["doc_number"]: d for d in text["documents"]}
        right = total = 0
        for doc in scan["documents"]:
            twin = by_number.get(doc["doc_number"])
            for field in FIELDS:
                total += 1
                right += bool(twin) and field_right(field, doc, {**twin, "issuer": twin["issuer"]})
        print(f"{stem + '.scan.pdf':34} {figures['found']:5d} {figures['gold']:4d} {figures['precision']:6.2f} "
              f"{figures['recall']:6.2f} {right / max(total, 1):11.1%} {seconds:6.1f}")


if __name__ == "__main__" and "--scans" in sys.argv:
    scans(Path([a for a in sys.argv[1:] if not a.startswith("--")][0]))
