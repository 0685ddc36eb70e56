"""Long work off the UI thread, with progress, cancel and one place for errors.

``Operation(work)`` runs ``work(ctx)`` on Qt's thread pool. ``ctx.progress(done,
total, label)`` reports progress (delivered to the UI thread as ``progressed``);
``ctx.cancelled()`` tells the work a person pressed Cancel. The result arrives
as ``succeeded(result)``; a ``WorkbenchError`` (or anything unexpected) as
``failed(message)`` in the user's language. Views refresh from the result.

While any operation runs, the cyclic garbage collector waits: a full
collection holds the interpreter lock for tens of milliseconds over the
objects a long import builds, which would stall the window. Reference counting
still frees almost everything; the collector resumes when the last operation ends.
"""
from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from workbench.errors import WorkbenchError


class OperationContext:
    """What the work function sees: progress reporting and the cancel flag."""

    def __init__(self, operation: "Operation"):
        self._operation = operation

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._operation.progressed.emit(done, total, label)

    def cancelled(self) -> bool:
        return self._operation._cancel.is_set()


_running = 0  # operations under way; touched on the UI thread only (start and _done)


def _hold_collector(started: bool) -> None:
    """Count running operations; the collector is off while any runs."""
    global _running
    _running += 1 if started else -1
    if _running == 1 and started:
        gc.disable()
    elif _running == 0:
        gc.enable()


class Operation(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Callable[[OperationContext], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.running = False  # True from start until the result has been delivered on the UI thread
        self.finished.connect(self._done)

    def start(self) -> None:
        self.running = True
        _hold_collector(True)
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self) -> None:
        try:
            result = self._work(OperationContext(self))
        except WorkbenchError as err:
            self.failed.emit(str(err))
        except Exception as err:  # noqa: BLE001 - shown to the person, never swallowed
            traceback.print_exc()
            self.failed.emit(QCoreApplication.translate("Operation", "Unexpected error: {0}").format(err))
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()

    def _done(self) -> None:
        """On the UI thread, after ``succeeded`` or ``failed`` was handled."""
        _hold_collector(False)
        self.running = False


class _Runner(QRunnable):
    def __init__(self, operation: Operation):
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()
