"""Search at archive size: query time in-process and as a whole command, and the window while typing.

Usage: python tests/bench/search.py [CORPUS] [--size 10000]
On a store of that many documents made from the corpus text (tests/bench/big_store.py) it runs 30
queries — ten person names from its 任免 notices, ten 文号, ten common phrases (two of them with a
year filter) — and prints the median and 95th percentile time of ``Store.search`` and of the
``workbench search`` command (beside ``python -c pass`` in the same run). Then, in a fresh
interpreter, it opens the window on the store, types queries into the search box one character
at a time (as an input method commits them, 120 ms apart) and prints the longest the UI thread
was busy and how many gaps exceeded 100 ms (a stall). Targets: the command ≤ 1 s; no stall.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PHRASES = ["安全生产", "营商环境", "乡村振兴", "高质量发展", "人民政府", "疫情防控", "生态环境", "财政资金",
           "教育", "通知"]
TYPED = ["安全生产", "营商环境 2023", "人民政府办公室", "乡村振兴"]


def queries(store) -> list[tuple[str, int | None]]:
    """(text, year filter) for 30 queries drawn from what the store holds."""
    names: list[str] = []
    for (attrs,) in store.db.execute("SELECT attrs FROM elements WHERE kind = 'appointment' AND attrs IS NOT NULL"):
        for name in re.split("[、，]", json.loads(attrs).get("name") or ""):
            if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) and name not in names:
                names.append(name)
    numbers = [row[0] for row in store.db.execute(
        "SELECT DISTINCT doc_number FROM documents WHERE doc_number IS NOT NULL ORDER BY doc_number LIMIT 10")]
    years = [row[0] for row in store.db.execute("SELECT DISTINCT year FROM issues WHERE year IS NOT NULL LIMIT 2")]
    phrased = [(text, None) for text in PHRASES[:8]] + [(text, years[i % len(years)] if years else None)
                                                       for i, text in enumerate(PHRASES[8:])]
    return [(name, None) for name in names[:10]] + [(number, None) for number in numbers] + phrased


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]


def in_process(path: Path, asked: list[tuple[str, int | None]]) -> tuple[list[float], list[int]]:
    from workbench.store import Store
    from workbench.store.search import Filters, Query

    times, totals = [], []
    with Store(path) as store:
        store.search("预热")  # the first query reads the index from disk
        for text, year in asked:
            began = time.perf_counter()
            found = store.search(Query(text, filters=Filters(year=year)), limit=50)
            times.append(time.perf_counter() - began)
            totals.append(found.total)
    return times, totals


def command(path: Path, asked: list[tuple[str, int | None]]) -> tuple[list[float], float]:
    def run(argv: list[str]) -> float:
        began = time.perf_counter()
        subprocess.run(argv, capture_output=True, cwd=ROOT, check=False)
        return time.perf_counter() - began

    bare = statistics.median(run([sys.executable, "-c", "pass"]) for _ in range(5))
    times = [run([sys.executable, "-m", "workbench", "search", text, "--db", str(path), "--limit", "20",
                  *(["--year", str(year)] if year else [])]) for text, year in asked]
    return times, bare


def probe(store: str) -> None:
    """In a fresh interpreter: type into the window's search box and watch the UI thread."""
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer

    from ui.app import create_app, open_window

    app = create_app()
    window = open_window(Path(store), QSettings(store + ".ini", QSettings.Format.IniFormat))
    window.show()
    while window.busy() or not window.library_model.source_ids() or window.current_source is None:
        app.processEvents()
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        gaps.append(clock.restart())
    ticker.timeout.connect(tick)
    window.searching.focus()
    ticker.start()
    answered = []
    for text in TYPED:
        window.search_pane.query.clear()
        for char in text:
            window.search_pane.query.insert(char)
            end = time.perf_counter() + 0.12
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.002)
        while window.busy() or window.searching.query.text != text.strip():
            app.processEvents()
            time.sleep(0.002)
        answered.append(len(window.search_pane.hits()))
    ticker.stop()
    busy = gaps[1:]
    print(json.dumps({"longest_ms": max(busy), "stalls": sum(1 for gap in busy if gap > 100), "answered": answered}))
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--probe")
    args = parser.parse_args()
    if args.probe:
        probe(args.probe)
        return
    from tests.bench.big_store import big_store
    from tests.bench.probe import ProbeFailed, run_probe
    from workbench.store import Store

    path = big_store(args.size, args.corpus)
    with Store(path) as store:
        documents = store.document_count()
        asked = queries(store)
    print(f"store: {documents} documents, {path.stat().st_size / 1e6:.0f} MB; {len(asked)} queries")
    times, totals = in_process(path, asked)
    median, p95 = percentiles(times)
    print(f"in-process  median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   "
          f"(documents found: median {statistics.median(totals):.0f}, max {max(totals)}; none found: {totals.count(0)})")
    runs, bare = command(path, asked)
    median, p95 = percentiles(runs)
    print(f"command     median {median * 1000:7.0f} ms   p95 {p95 * 1000:7.0f} ms   (python -c pass {bare * 1000:.0f} ms)")
    try:
        m = run_probe(__file__, str(path))
    except ProbeFailed as failed:
        print(f"window probe failed: {failed}")
        return
    print(f"window      typing {len(TYPED)} queries: longest UI-thread gap {m['longest_ms']} ms, "
          f"gaps over 100 ms: {m['stalls']} (hits listed: {m['answered']})")


if __name__ == "__main__":
    main()
