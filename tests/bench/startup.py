"""Start-up: the whole command beside bare Python, in the same run (median of five fresh processes each).

Usage: python tests/bench/startup.py [CORPUS]
Prints ``python -c pass``, ``workbench --help``, ``workbench text`` of a one-page PDF (cut from the
corpus) and ``workbench search`` on a 2,400-document store (tests/bench/big_store.py). Targets: --help
≤ 0.3 s above bare Python, text ≤ 0.6 s, search ≤ 1 s.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def timed(argv: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(argv, capture_output=True, cwd=ROOT, check=False)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    from tests.bench.big_store import big_store
    from tests.bench.scratch import scratch_folder
    from workbench.mupdf import pymupdf

    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    one = scratch_folder("workbench-startup-") / "one.pdf"
    with pymupdf.open(corpus / "003_63a411c4bd2a61c6.pdf") as source, pymupdf.open() as out:
        out.insert_pdf(source, from_page=2, to_page=2)
        out.save(one)
    store = big_store(2400, corpus)
    command = [sys.executable, "-m", "workbench"]
    bare = timed([sys.executable, "-c", "pass"])
    rows = [("python -c pass", bare, None),
            ("workbench --help", timed([*command, "--help"]), 0.3 + bare),
            ("workbench text (one-page PDF)", timed([*command, "text", str(one)]), 0.6),
            ("workbench search (2,400 documents)", timed([*command, "search", "安全生产", "--db", str(store)]), 1.0)]
    for name, seconds, target in rows:
        verdict = "" if target is None else ("  ok" if seconds <= target else f"  over {target:.2f} s")
        print(f"{name:<38} {seconds:6.2f} s{verdict}")


if __name__ == "__main__":
    main()
