"""Import a 12-page scan through the real window and print the event loop's largest gap as JSON.

Run as its own program (``python -m tests.gui.stall_probe FOLDER``) so that the window
lives in a fresh interpreter, as it does for a person, not inside a test runner holding
every other test's objects. Prints ``{"largest_ms": …, "ticks": …, "sources": …}``.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from tests.builders import Placed, write_scan
from ui.app import create_app, open_window


def wait(app, window) -> None:
    while window.busy():
        app.processEvents()
        time.sleep(0.001)


def main(folder: Path) -> None:
    pages = [[Placed(79, 120 + 30 * i, f"第{n + 1}页第{i + 1}行：清河市人民政府关于加强城市绿化管理的通知", 14)
              for i in range(6)] for n in range(12)]
    path = write_scan(folder / "twelve.pdf", pages)
    app = create_app()
    window = open_window(folder / "store.db", QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    wait(app, window)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    window.import_paths([str(path)])
    wait(app, window)
    timer.stop()
    largest = max(b - a for a, b in zip(ticks, ticks[1:]))
    print(json.dumps({"largest_ms": round(largest * 1000, 1), "ticks": len(ticks),
                      "sources": len(window.library_model.source_ids())}))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
