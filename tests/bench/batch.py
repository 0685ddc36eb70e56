"""Batch import throughput: the corpus scans read by a Dask LocalCluster of one and of two worker processes,
beside the serial import of a desk, in the same run.

Usage: python tests/bench/batch.py [CORPUS]
Each configuration imports every ``*.scan.pdf`` of the corpus into a fresh store and prints pages, seconds and
pages a second (the cluster's start included: what a person waits for), and the same file tasks run one after
another in this process without Dask: Dask's own cost a page is the difference between that and one worker.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench import limits  # noqa: E402
from workbench.batch import cluster  # noqa: E402
from workbench.batch.run import batch_import  # noqa: E402
from workbench.batch.tasks import read_file  # noqa: E402
from workbench.import_command import import_paths  # noqa: E402
from workbench.store import Store  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    scans = sorted(str(path) for path in corpus.glob("*.scan.pdf"))
    print(f"{len(scans)} scans")
    print(f"{'how':24} {'pages':>6} {'seconds':>8} {'pages/s':>8}")
    seconds_a_page = {}
    for how in ("tasks in-process, 1 core", "serial (desk import)", "dask --local 1", "dask --local 2"):
        if how.startswith("tasks"):
            from workbench.ingest.ocr import warm_up

            warm_up()
            began = time.perf_counter()
            pages = sum(len(read_file(path, Path(path).read_bytes(), limits.current())[0].sources[0].pages)
                        for path in scans)
            seconds = time.perf_counter() - began
            seconds_a_page[how] = seconds / pages
            print(f"{how:24} {pages:>6} {seconds:>8.1f} {pages / seconds:>8.2f}", flush=True)
            continue
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.db") as store:
            began = time.perf_counter()
            if how.startswith("serial"):
                report = import_paths(store, scans)
            else:
                client = cluster.local_client(int(how[-1]))
                try:
                    report = batch_import(store, scans, client)
                finally:
                    cluster.close(client)
            seconds = time.perf_counter() - began
            pages = sum(row.pages for row in store.source_rows())
            assert not report.failed, report.failed
            seconds_a_page[how] = seconds / pages
            print(f"{how:24} {pages:>6} {seconds:>8.1f} {pages / seconds:>8.2f}", flush=True)
    added = seconds_a_page["dask --local 1"] - seconds_a_page["tasks in-process, 1 core"]
    scaling = seconds_a_page["dask --local 1"] / seconds_a_page["dask --local 2"]
    print(f"Dask's cost a page (one worker, its start included): {added:+.2f} s; two workers ÷ one: {scaling:.2f}×")


if __name__ == "__main__":
    main()
