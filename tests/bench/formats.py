"""The same issue in every container an office receives, against its gold; and the OFD samples.

Usage: python tests/bench/formats.py [CORPUS]
Prints, for seed 002 as text (the corpus) and as .doc, .rtf and .html (``../shared/formats/office``):
documents found / gold, F1, fields right, elements the same as the text's, and seconds; then for each
OFD in ``../shared/formats/ofd``: pages, text lines, pages marked for OCR, seals, and seconds to read
and to render.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.corpus.gold import load_gold, score  # noqa: E402
from workbench.ingest.ofd import read_ofd, rendition, signatures  # noqa: E402
from workbench.pipeline import parse_file  # noqa: E402

STEM = "002_4d4b2807dcec1cae"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0] if args else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    formats = corpus.parent / "formats"
    gold = load_gold(corpus, STEM)
    base = parse_file(corpus / f"{STEM}.txt")
    print(f"{'file':32} {'found':>5} {'gold':>4} {'F1':>5} {'fields':>7} {'same lines':>11} {'s':>6}")
    for path in [corpus / f"{STEM}.txt", *sorted((formats / "office").glob(f"{STEM}.*"))]:
        start = time.perf_counter()
        result = parse_file(path)
        seconds = time.perf_counter() - start
        figures = score(result.to_json()["documents"], gold)
        ours = [e.text for doc in result.documents for e in doc.elements]
        theirs = [e.text for doc in base.documents for e in doc.elements]
        same = sum(a == b for a, b in zip(ours, theirs))
        print(f"{path.name:32} {figures['found']:5d} {figures['gold']:4d} {figures['f1']:5.2f} {figures['fields']:7.1%} "
              f"{same:5d}/{len(theirs):<5d} {seconds:6.2f}")
    print(f"\n{'OFD':40} {'pages':>5} {'lines':>6} {'OCR':>4} {'seals':>5} {'read s':>7} {'render s':>8}")
    for path in sorted((formats / "ofd").glob("*.ofd")):
        start = time.perf_counter()
        source = read_ofd(str(path), "")
        read = time.perf_counter() - start
        start = time.perf_counter()
        rendition(str(path))
        drawn = time.perf_counter() - start
        print(f"{path.name:40} {len(source.pages):5d} {sum(len(p.lines) for p in source.pages):6d} "
              f"{sum(p.needs_ocr for p in source.pages):4d} {len(signatures(str(path))):5d} {read:7.3f} {drawn:8.3f}")


if __name__ == "__main__":
    main()
