"""Ingest speed: ``workbench text`` beside raw PyMuPDF ``page.get_text()``, same files, same run.

Usage: python tests/bench/ingest.py [CORPUS]   (default: $WORKBENCH_CORPUS or ../shared/corpus)
Prints, per text PDF and in total, pages per second of each method and the peak
memory (max RSS) of a child process that ran it, plus the reading-order recall
of our output against the truth (the figure the corpus tests assert).
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

REPEAT = 3


def run_workbench(path: str) -> tuple[int, str]:
    from workbench.pipeline import read_laid_out
    from workbench.reading.render import render_text

    source = read_laid_out(path)
    return len(source.pages), render_text(source)


def run_raw(path: str) -> tuple[int, str]:
    import pymupdf

    with pymupdf.open(path) as doc:
        return doc.page_count, "\f".join(page.get_text() for page in doc)


def child(method: str, path: str) -> None:
    """Time ``method`` on ``path`` (best of REPEAT) and print JSON with its peak memory."""
    run = run_workbench if method == "workbench" else run_raw
    best = float("inf")
    for _ in range(REPEAT):
        start = time.perf_counter()
        pages, text = run(path)
        best = min(best, time.perf_counter() - start)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"pages": pages, "seconds": best, "peak_mb": peak_mb, "text": text}, ensure_ascii=False))


def measure(method: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", method, str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    from tests.corpus.truth import STEMS, load_truth, reading_order_recall

    print(f"{'file':32} {'pages':>5} {'ours p/s':>9} {'raw p/s':>9} {'ours MB':>8} {'raw MB':>7} {'recall':>7} {'worst':>6}")
    totals = {"workbench": [0, 0.0], "raw": [0, 0.0]}
    for stem in STEMS:
        path = corpus / f"{stem}.pdf"
        ours, raw = measure("workbench", path), measure("raw", path)
        truth = load_truth(corpus, stem)
        recalls = [reading_order_recall(text, page) for text, page in zip(ours["text"].split("\f"), truth["pages"])]
        weights = [sum(1 for line in page["lines"] if line["role"] == "body") for page in truth["pages"]]
        overall = sum(r * w for r, w in zip(recalls, weights)) / max(1, sum(weights))
        for name, result in (("workbench", ours), ("raw", raw)):
            totals[name][0] += result["pages"]
            totals[name][1] += result["seconds"]
        print(f"{path.name:32} {ours['pages']:5d} {ours['pages'] / ours['seconds']:9.1f} "
              f"{raw['pages'] / raw['seconds']:9.1f} {ours['peak_mb']:8.0f} {raw['peak_mb']:7.0f} "
              f"{overall:7.4f} {min(recalls):6.3f}")
    ours_rate = totals["workbench"][0] / totals["workbench"][1]
    raw_rate = totals["raw"][0] / totals["raw"][1]
    print(f"{'total':32} {totals['workbench'][0]:5d} {ours_rate:9.1f} {raw_rate:9.1f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
