"""Start the desktop application on a store.

``run_app(db_path)`` opens the window on ``db_path`` (default: the user's store).
On a store that has never held anything, the sample bulletin in ``data/`` is
imported once, so a first start shows a real bulletin. Returns the exit code.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.crash import install_crash_handler
from ui.fonts import register_cjk_font
from ui.i18n import install_translation, prefer_chinese_locale
from ui.logs import start_logging
from ui.main_window import MainWindow
from ui.memory import settle_memory
from ui.qt_check import warn_if_unsafe
from ui.settings import Settings
from workbench.errors import StoreError
from workbench.store import default_store_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample_bulletin.pdf"
ICONS = ROOT / "resources" / "icons"


prefer_chinese_locale()  # before any QApplication is made (the tests' too)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with name, translation and CJK font set up (reused if it exists)."""
    app = cast(QApplication, QApplication.instance() or QApplication(argv or sys.argv[:1]))
    app.setOrganizationName("BulletinWorkbench")
    app.setApplicationName("Bulletin Workbench")
    app.setDesktopFileName("bulletin-workbench")  # the taskbar finds the menu entry and its icon
    app.setWindowIcon(app_icon())
    install_translation(app)
    register_cjk_font(app)
    return app


def app_icon() -> QIcon:
    """The workbench's icon at every size it ships in (resources/icons, rendered from its SVG)."""
    icon = QIcon()
    for png in sorted(ICONS.glob("workbench-*.png")):
        icon.addFile(str(png))
    return icon


def open_window(db_path: Path | None = None, settings: QSettings | None = None) -> MainWindow:
    """A main window on the store; the sample is imported into a store never used before.

    Without ``db_path``: ``$WORKBENCH_DB``, else the store used last, else the platform's default.
    """
    settings = settings or QSettings()
    last = Settings(settings).get("store/last")
    if db_path:
        path = Path(db_path)
    elif not os.environ.get("WORKBENCH_DB") and last and Path(last).exists():
        path = Path(last)
    else:
        path = default_store_path()
    window = MainWindow(path, settings)
    window.store_requested.connect(lambda chosen: _switch_store(window, chosen))
    if not window.store.source_rows() and not window.settings.sample_offered(path) and SAMPLE.exists():
        window.settings.mark_sample_offered(path)
        window.import_paths([str(SAMPLE)])
    window.library_shown.connect(_after_shown, Qt.ConnectionType.SingleShotConnection)
    return window


def _after_shown() -> None:
    """Once the window shows its library: ``settle_memory`` (jieba's word list is built by the
    first operation that needs it, in its worker: ``workbench.words``)."""
    settle_memory()


_open_windows: list[MainWindow] = []


def _switch_store(window: MainWindow, chosen: str) -> None:
    """Close ``window`` and open one on the store at ``chosen`` (the new one is remembered as the last)."""
    try:
        fresh = open_window(Path(chosen), window.settings.qsettings)
    except StoreError as err:
        QMessageBox.warning(window, window.windowTitle(), str(err))
        return
    _open_windows.append(fresh)  # a top-level window lives as long as the program, not this function
    fresh.show()
    window.close()
    if window in _open_windows:
        _open_windows.remove(window)


def start_app() -> QApplication:
    """The application, with logging and the crash handler in place (what the window and ``--smoke`` run in)."""
    start_logging()
    install_crash_handler()
    return create_app()


def run_app(db_path: Path | None = None) -> int:
    """Open the window and run until it closes."""
    app = start_app()
    warn_if_unsafe()  # a Qt build known to crash is named before any work is done in it
    try:
        window = open_window(db_path)
    except StoreError as err:
        QMessageBox.critical(None, "Bulletin Workbench", str(err))
        return err.exit_code
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    return code
