"""Hostile inputs at full size: for each case, the exit code, seconds, peak memory of the importing child
and the line it printed.

Usage: python tests/bench/bad_inputs.py   (the cases are made in a temporary folder: tests/bad_inputs.py)
Targets: every case within 60 s and 1 GB, one clear line, no traceback, the store unchanged when refused.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from tests.bad_inputs import OPTIONS, make, run_import
    from tests.bench.scratch import scratch_folder

    folder = scratch_folder("workbench-bad-")
    cases = make(folder / "cases")
    print(f"{'case':<40} {'exit':>4} {'s':>6} {'peak MB':>8}  line")
    for index, (case, path) in enumerate(cases.items()):
        outcome = run_import(path, folder / f"s{index}.db", *OPTIONS.get(case, []))
        lines = [line for line in outcome.stderr.splitlines() if line.strip() and not line.startswith("[")]
        shown = next((line for line in lines if line.startswith(("错误", "注意"))), lines[-1] if lines else "")
        flag = "  TRACEBACK!" if "Traceback" in outcome.stderr + outcome.stdout else ""
        print(f"{case:<40} {outcome.code:>4} {outcome.seconds:6.1f} {outcome.peak_mb:8.0f}  {shown[:90]}{flag}")


if __name__ == "__main__":
    main()
