"""The window at archive size: time to open, UI-thread time of an edit, an undo and a filter keystroke, memory.

Usage: python tests/bench/library.py [CORPUS] [--sizes 2400,10000]
For each size, a store of that many documents made from the corpus text (tests/bench/big_store.py)
is opened in a fresh interpreter; it prints the time until the window is shown with the library
filled, resident memory then, and the UI-thread time of one field edit, one undo and one
filter keystroke (median of several). Targets: open ≤ 2 s / ≤ 4 s, edit and undo ≤ 100 ms,
keystroke ≤ 50 ms, memory ≤ 400 MB at 10,000 documents.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def probe(store: str) -> None:
    """In a fresh interpreter: open the window on ``store`` and time what a person does."""
    import resource
    import statistics
    import time

    from PySide6.QtCore import QSettings

    start = time.perf_counter()
    from ui.app import create_app, open_window

    app = create_app()
    window = open_window(Path(store), QSettings(store + ".ini", QSettings.Format.IniFormat))
    window.show()
    while window.busy() or not window.library_model.source_ids() or window.current_source is None:
        app.processEvents()
    opened = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def timed(action) -> float:
        began = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - began) * 1000

    window.structure_pane.select_document(0)
    editor = window.form.editors["title"]
    edits, undos, keys = [], [], []
    for step in range(5):
        editor.setText(f"{editor.text()}{step}")
        edits.append(timed(editor.editingFinished.emit))
        undos.append(timed(window.undo_stack.undo))
    for text in ["通", "通知", "通知 2", "通知 20", "通知 202", "通知 2021", "府", "府发", "人民"]:
        keys.append(timed(lambda text=text: window.library_filter.setText(text)))
    print(json.dumps({"open_s": round(opened, 2), "rss_mb": round(rss), "edit_ms": round(statistics.median(edits), 1),
                      "undo_ms": round(statistics.median(undos), 1), "key_ms": round(statistics.median(keys), 1),
                      "key_max_ms": round(max(keys), 1), "documents": window.store.document_count()}))
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--sizes", default="2400,10000")
    parser.add_argument("--probe")
    args = parser.parse_args()
    if args.probe:
        probe(args.probe)
        return
    from tests.bench.big_store import big_store
    from tests.bench.probe import ProbeFailed, run_probe

    print(f"{'documents':>9} {'open s':>7} {'RSS MB':>7} {'edit ms':>8} {'undo ms':>8} {'key ms':>7} {'key max':>8}")
    for size in [int(s) for s in args.sizes.split(",")]:
        store = big_store(size, args.corpus)
        try:
            m = run_probe(__file__, str(store))
        except ProbeFailed as failed:
            print(f"{size:>9} failed: {failed}")
            continue
        print(f"{m['documents']:>9} {m['open_s']:7.2f} {m['rss_mb']:7d} {m['edit_ms']:8.1f} {m['undo_ms']:8.1f} "
              f"{m['key_ms']:7.1f} {m['key_max_ms']:8.1f}")


if __name__ == "__main__":
    main()
