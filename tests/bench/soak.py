"""A long session on an archive-size store: does the window survive, does None keep its references?

Usage: python tests/bench/soak.py [CORPUS] [--documents 2400] [--keystrokes 500] [--edits 200]
Builds (once) a store of ``--documents`` documents from the corpus text, then runs
tests/gui/soak_probe.py on it in a fresh interpreter: ``--keystrokes`` characters typed
into the library filter, ``--edits`` field and status edits with undo/redo, table cell edits,
page turns and as many steps of proofreading (F7, F8, accepts and undos). Prints how the process ended, None's reference count at start and end, and
the time taken.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.big_store import big_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--documents", type=int, default=2400)
    parser.add_argument("--keystrokes", type=int, default=500)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    start = time.perf_counter()
    store = big_store(args.documents, args.corpus)
    print(f"store of {args.documents}+ documents ready in {time.perf_counter() - start:.1f} s: {store}")
    import PySide6

    print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}")
    run = subprocess.run([sys.executable, "-m", "tests.gui.soak_probe", str(store), "--keystrokes",
                          str(args.keystrokes), "--edits", str(args.edits)], cwd=ROOT, capture_output=True,
                         text=True, env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    if run.returncode != 0:
        fatal = [line for line in run.stderr.splitlines() if "Fatal" in line or "Error" in line]
        print(f"window ended abnormally: exit {run.returncode}; {fatal[:1]}")
        sys.exit(1)
    measured = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"ended normally after {measured['seconds']} s: {measured['keystrokes']} keystrokes, "
          f"{measured['edits']} field/status edits, {measured['cell_edits']} cell edits, "
          f"{measured['findings_walked']} proofreading steps")
    print(f"None refcount at start {measured['none_start']}, at end {measured['none_end']} "
          f"(change {measured['none_end'] - measured['none_start']:+d})")


if __name__ == "__main__":
    main()
