"""The annual archive at size: time to build a year's package per document, and memory as the year grows.

Usage: python tests/bench/archive.py [CORPUS] [--sizes 2400,9600] [--year 2023]
For each size, a store of that many documents made from the corpus text (tests/bench/big_store.py:
the seeds saved again and again, so the year's documents grow with the store) is archived for the
year in a fresh interpreter; it prints the documents and pages packed, seconds per document, and
the growth of resident memory during the build (it should stay flat: sources are read one at a time).
Then it verifies the package and runs the 四性检测 on it again (the build runs it once, inside its time) and
prints how long each took.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def probe(store: str, year: int) -> None:
    import resource
    import time

    from tests.bench.scratch import scratch_folder
    from workbench.archive.catalogue import ArchiveSettings
    from workbench.archive.package import build_package
    from workbench.archive.verify import problems
    from workbench.store import Store

    out = scratch_folder("workbench-archive-") / "package"
    with Store(store) as opened:
        opened.document_count()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        began = time.perf_counter()
        report = build_package(opened, ArchiveSettings(year), out)
        built = time.perf_counter() - began
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    began = time.perf_counter()
    found = problems(out)
    verified = time.perf_counter() - began
    from workbench.archive.audit import audit

    began = time.perf_counter()
    audited = audit(out)
    audit_s = time.perf_counter() - began
    size = sum(path.stat().st_size for path in out.rglob("*") if path.is_file())
    print(json.dumps({"documents": report.documents, "pages": report.pages, "seconds": round(built, 1),
                      "per_document_ms": round(1000 * built / max(1, report.documents), 1),
                      "rss_before_mb": round(before), "rss_growth_mb": round(peak - before),
                      "verify_s": round(verified, 1), "problems": len(found), "package_mb": round(size / 1e6),
                      "audit_s": round(audit_s, 1), "audit_failed": len(audited.failures())}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--sizes", default="2400,9600")
    parser.add_argument("--year", type=int, default=2023)
    parser.add_argument("--probe")
    args = parser.parse_args()
    if args.probe:
        probe(args.probe, args.year)
        return
    from tests.bench.big_store import big_store
    from tests.bench.probe import ProbeFailed, run_probe

    print(f"{'store':>6} {'year docs':>9} {'pages':>6} {'build s':>8} {'ms/doc':>7} {'RSS +MB':>8} "
          f"{'verify s':>9} {'audit s':>8} {'package MB':>11}")
    for size in [int(s) for s in args.sizes.split(",")]:
        store = big_store(size, args.corpus)
        try:
            m = run_probe(__file__, str(store), "--year", str(args.year))
        except ProbeFailed as failed:
            print(f"{size:>6} failed: {failed}")
            continue
        print(f"{size:>6} {m['documents']:>9} {m['pages']:>6} {m['seconds']:8.1f} {m['per_document_ms']:7.1f} "
              f"{m['rss_growth_mb']:8d} {m['verify_s']:9.1f} {m['audit_s']:8.1f} {m['package_mb']:11d}"
              + ("" if not m["problems"] else f"  {m['problems']} problems!")
              + ("" if not m["audit_failed"] else f"  四性检测 {m['audit_failed']} failed!"))


if __name__ == "__main__":
    main()
