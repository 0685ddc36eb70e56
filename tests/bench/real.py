"""Documents and fields on files from other publishers: the shared real files and composed patterns.

Usage: python tests/bench/real.py [REAL_FOLDER] [--wrong]
Prints, per file, documents found / true, how many true documents were found (by 文号, else by
title), the share of fields right (文号, 标题, 发文机关, 成文日期, 主送) over the true documents,
and 目录 entries (a file that is not an issue should have none). REAL_FOLDER defaults to
``$WORKBENCH_REAL`` or ``../shared/real`` (its ``manifest.json`` holds the gold); the composed
patterns are ``tests/other_publishers.py``. ``--wrong`` lists every miss.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.corpus.real import score  # noqa: E402
from tests.other_publishers import PATTERNS  # noqa: E402
from workbench.pipeline import parse_file  # noqa: E402


def report(name: str, figures: dict, totals: dict) -> None:
    for key in ("parsed", "true", "found", "fields", "field_total"):
        totals[key] = totals.get(key, 0) + figures[key]
    share = figures["fields"] / figures["field_total"] if figures["field_total"] else 1.0
    print(f"{name[:52]:52} {figures['parsed']:6d} {figures['true']:4d} {figures['found']:5d} {share:7.1%} "
          f"{figures['toc']:4d}")
    if "--wrong" in sys.argv:
        for miss in figures["wrong"]:
            print("     ", miss)


def total(name: str, totals: dict) -> None:
    found = totals["found"] / totals["true"] if totals["true"] else 1.0
    fields = totals["fields"] / totals["field_total"] if totals["field_total"] else 1.0
    print(f"{'= ' + name:52} {totals['parsed']:6d} {totals['true']:4d} {totals['found']:5d} {fields:7.1%} "
          f"  documents found {found:.1%}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0] if args else os.environ.get("WORKBENCH_REAL", ROOT.parent / "shared" / "real"))
    print(f"{'file':52} {'parsed':>6} {'true':>4} {'found':>5} {'fields':>7} {'目录':>4}")
    manifest = folder / "manifest.json"
    if manifest.exists():
        totals: dict = {}
        for entry in json.loads(manifest.read_text(encoding="utf-8"))["files"]:
            result = parse_file(folder / entry["name"]).to_json()
            report(entry["name"], score(result, entry["documents"]), totals)
        total(str(folder), totals)
    totals = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, build in PATTERNS.items():
            text, gold = build()
            path = Path(scratch) / "pattern.txt"
            path.write_text(text, encoding="utf-8")
            report(name, score(parse_file(path).to_json(), gold), totals)
    total("composed patterns", totals)


if __name__ == "__main__":
    main()
