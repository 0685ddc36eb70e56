"""When the window meets an error it did not expect: log it, say where the log is, keep the window.

``install_crash_handler()`` (called by ``run_app`` only, never in tests) makes an unexpected
exception write its traceback to the log and show a dialog naming the log file, instead of the
program vanishing; a hard crash (a signal inside Qt or a library) has its stack written by
``faulthandler`` to ``crash.log`` beside the log.
"""
from __future__ import annotations

import faulthandler
import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.logs import log_path

_crash_file = None  # kept open for faulthandler as long as the program runs
_showing = False


def install_crash_handler() -> None:
    global _crash_file
    sys.excepthook = _report
    try:
        log_path().parent.mkdir(parents=True, exist_ok=True)
        _crash_file = open(log_path().with_name("crash.log"), "a", encoding="utf-8")  # noqa: SIM115 (open for the run)
        faulthandler.enable(file=_crash_file)
    except OSError:
        faulthandler.enable()


def _report(kind, error, trace) -> None:
    global _showing
    logging.getLogger("ui").critical("unexpected error", exc_info=(kind, error, trace))
    if _showing or QApplication.instance() is None:
        return
    _showing = True  # one dialog at a time, even if the same error repeats on every paint
    try:
        QMessageBox.critical(
            QApplication.activeWindow(), QCoreApplication.translate("crash", "Unexpected error"),
            QCoreApplication.translate(
                "crash", "The workbench met an error it did not expect: {0}\n\nYour saved work is safe: every change "
                "is written to the store when it is made. The details are in the log:\n{1}").format(error, log_path()))
    finally:
        _showing = False
