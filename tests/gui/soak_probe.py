"""A long session in the real window, as a clerk works, printing None's reference count as JSON.

Run as its own program (``python -m tests.gui.soak_probe STORE [--import FILE] [--keystrokes N]
[--edits N]``) so the window lives in a fresh interpreter. It opens the window on ``STORE``
(importing ``FILE`` first if given), then types into the library filter one key at a time,
corrects document fields, changes proofreading statuses, undoes and redoes, edits table cells in
the table editor, turns pages, and proofreads (F7, F8, Enter, undo). Prints ``{"none_start", "none_end", "keystrokes", "edits",
"seconds", "documents"}``. On a Qt build that loses references to None the process aborts
(``Fatal Python error: none_dealloc``) or the count falls; on Python 3.12+ None is immortal.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.app import create_app, open_window

FILTER_WORDS = ["2025", "通知", "人民政府", "办公室", "方案", "第3期", "任免", "已校对", "府发", "zz"]


def wait(app, window) -> None:
    """Until no operation of the window is running (its results handled)."""
    while window.busy():
        app.processEvents()
        time.sleep(0.001)


def type_filter(window, keystrokes: int) -> int:
    """Type words into the library filter one key at a time, clearing between words."""
    box = window.library_filter
    typed = 0
    for word in itertools.cycle(FILTER_WORDS):
        box.clear()
        for char in word:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
            typed += 1
            if typed >= keystrokes:
                box.clear()
                return typed
    return typed


def documents(window) -> list:
    """Structure indexes of every document of the source shown."""
    model = window.structure_model
    return [model.find(i, "document") for i in range(len(window.documents))]


def edit_fields(app, window, edits: int) -> int:
    """Correct titles and statuses of documents in turn, undoing and redoing every third edit."""
    done = 0
    statuses = ["doing", "done", "todo"]
    for step in range(edits):
        targets = documents(window)
        if not targets:
            break
        window.structure.setCurrentIndex(targets[step % len(targets)])
        if step % 2:
            combo = window.form.status
            index = combo.findData(statuses[step % 3])
            combo.setCurrentIndex(index)
            combo.activated.emit(index)
        else:
            editor = window.form.editors["title"]
            editor.setText(f"{editor.text().rstrip('0123456789')}{step}")
            editor.editingFinished.emit()
        done += 1
        if step % 3 == 2:
            window.undo_stack.undo()
            window.undo_stack.redo()
        app.processEvents()
    return done


def edit_cells(app, window, edits: int) -> int:
    """Open the first table in the table editor and edit its cells; undo each second edit."""
    model = window.structure_model
    for doc in range(len(window.documents)):
        index = model.find(doc, "table", 0)
        if index.isValid():
            break
    else:
        return 0
    window.structure.setCurrentIndex(index)
    editor = window.edit_table()
    done = 0
    for step in range(edits):
        grid = editor.grid
        item = grid.item(1 + step % max(1, grid.rowCount() - 1), step % grid.columnCount())
        if item is None:
            continue
        item.setText(f"{item.text()}·")
        done += 1
        if step % 2:
            window.undo_stack.undo()
        app.processEvents()
    editor.close()
    return done


def proofread(app, window, steps: int) -> int:
    """Run the rules (F7), then walk the findings (F8), accepting every fourth suggestion and undoing every
    second accept; the rules re-run after each text change."""
    window.tabs.setCurrentWidget(window.proof_pane)
    window.actions_["proof"].trigger()
    wait(app, window)
    walked = 0
    for step in range(steps):
        window.proofreading.step(1 if step % 7 else -1)
        walked += 1
        current = window.proof_pane.current()
        if step % 4 == 3 and current is not None and current.finding.suggestion is not None:
            window.proofreading.accept()
            wait(app, window)
            if step % 8 == 7:
                window.undo_stack.undo()
                wait(app, window)
        app.processEvents()
    return walked


def turn_pages(app, window, turns: int) -> None:
    for step in range(turns):
        window.go_to_page(1 + step % max(1, window.actions_.page_spin.maximum()))
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--import", dest="source", type=Path)
    parser.add_argument("--keystrokes", type=int, default=3000)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    start = time.perf_counter()
    app = create_app()
    settings = QSettings(str(args.store.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = open_window(args.store, settings)
    window.show()
    wait(app, window)
    if args.source:
        window.import_paths([str(args.source)])
        wait(app, window)
    window.library_pane.select_source(max(window.library_model.source_ids()))
    wait(app, window)
    none_start = sys.getrefcount(None)
    typed = type_filter(window, args.keystrokes)
    edited = edit_fields(app, window, args.edits)
    cells = edit_cells(app, window, max(1, args.edits // 4))
    turn_pages(app, window, args.edits)
    walked = proofread(app, window, args.edits)
    typed += type_filter(window, args.keystrokes // 10)
    app.processEvents()
    none_end = sys.getrefcount(None)
    print(json.dumps({"none_start": none_start, "none_end": none_end, "keystrokes": typed,
                      "edits": edited, "cell_edits": cells, "findings_walked": walked, "documents": len(window.documents),
                      "seconds": round(time.perf_counter() - start, 1)}))
    window.close()


if __name__ == "__main__":
    main()
