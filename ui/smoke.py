"""``workbench --smoke``: what a build check and a support person run to see that the program works here.

The window opens on ``$WORKBENCH_DB`` (else a temporary store), imports the sample bulletin, shows
it (its page and its structure), prints one line saying what it showed and how long that took, and
ends with 0 — or with 1 and the reason, if any step failed or two minutes passed.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from ui.app import SAMPLE, open_window, start_app

TIMEOUT_S = 120


def run_smoke() -> int:
    """On ``$WORKBENCH_DB`` (else a temporary store): import the sample, show it, end with 0 (or 1 and why)."""
    app = start_app()
    began = time.perf_counter()
    if not SAMPLE.exists():
        print(f"smoke: 失败：示例公报不在安装中（{SAMPLE}）", file=sys.stderr)
        return 1
    folder = tempfile.TemporaryDirectory(prefix="workbench-smoke-")
    store = Path(os.environ.get("WORKBENCH_DB") or Path(folder.name) / "smoke.db")
    settings = QSettings(str(Path(folder.name) / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(store, settings)
    window.show()
    if not window.runner.running(write_only=True):  # a new store is importing it already
        window.import_paths([str(SAMPLE)])
    outcome: dict[str, str] = {}

    def check() -> None:
        source = window.current_source
        if not window.busy() and source is not None and Path(source.path).name == SAMPLE.name \
                and window.documents and window.source_pane.isVisible():
            outcome["ok"] = (f"smoke: 正常：{store} 中的示例公报已显示（{len(window.documents)} 篇公文，"
                             f"{time.perf_counter() - began:.1f} 秒）")
            app.quit()
        elif time.perf_counter() - began > TIMEOUT_S:
            outcome["failed"] = f"smoke: 失败：{TIMEOUT_S} 秒内未能显示示例公报（{store}）"
            app.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(100)
    app.exec()
    timer.stop()
    window.close()
    settings.sync()  # written now, into the folder, not later at exit into a folder made again
    folder.cleanup()
    if "ok" in outcome:
        print(outcome["ok"])
        return 0
    print(outcome.get("failed", "smoke: 失败：窗口提前关闭"), file=sys.stderr)
    return 1
