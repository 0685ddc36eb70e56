"""Long work off the UI thread, with progress, cancel and one place for errors.

``OperationRunner(store_path)`` owns the window's store: ``runner.store`` for the short
writes the UI thread makes (one correction), and for each operation a Store opened on
the worker thread. ``runner.read(work, on_success, label)`` and ``runner.write(...)``
run ``work(store, ctx)`` on Qt's thread pool: ``ctx.progress(done, total, label)`` reports
progress (``Operation.progressed`` on the UI thread), ``ctx.cancelled()`` says a person
pressed Cancel. The result arrives as ``on_success(result)``; a ``WorkbenchError`` as
``runner.failed(message)`` in the user's language, anything else as ``failed`` with the
log's location (and the traceback in the log). The runner keeps every operation under way
(``running()``), so each keeps its own progress and Cancel, and closing waits for them.

While any operation runs, the cyclic garbage collector waits: a full collection holds
the interpreter lock for tens of milliseconds over the objects a long import builds,
which would stall the window. Reference counting still frees almost everything.
"""
from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ui.logs import log_path
from workbench.errors import WorkbenchError
from workbench.store import Store

log = logging.getLogger(__name__)
UI_LOCK_WAIT_MS = 1000  # how long an edit on the UI thread waits for another program's write to end

Work = Callable[[Store, "OperationContext"], Any]


class OperationContext:
    """What the work function sees: progress reporting and the cancel flag."""

    def __init__(self, operation: Operation):
        self._operation = operation

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._operation.progressed.emit(done, total, label)

    def cancelled(self) -> bool:
        return self._operation.cancel_requested()


class Operation(QObject):
    """One piece of work on a worker thread with its own Store. ``label`` names it in the status bar."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Work, store_path: Path, label: str, write: bool, parent: QObject | None = None):
        super().__init__(parent)
        self._work, self.store_path, self.label, self.write = work, store_path, label, write
        self._cancel = threading.Event()
        self.running = False  # True from start until the result has been handled on the UI thread
        self.progress_state: tuple[int, int, str] = (0, 0, "")
        self.progressed.connect(lambda done, total, text: setattr(self, "progress_state", (done, total, text)))

    def cancel(self) -> None:
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            with Store(self.store_path) as store:
                result = self._work(store, OperationContext(self))
        except WorkbenchError as err:
            self.failed.emit(str(err))
        except Exception as err:
            log.exception("operation %s failed", self.label)
            self.failed.emit(QCoreApplication.translate(
                "Operation", "Unexpected error: {0}\nDetails are in the log: {1}").format(err, log_path()))
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, operation: Operation):
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()


class OperationRunner(QObject):
    """Every operation of one window on one store. ``started``/``ended`` tell the status widget."""

    started = Signal(object)
    ended = Signal(object)
    failed = Signal(str)

    def __init__(self, store_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.store = Store(self.store_path)  # the UI thread's own connection, for one-transaction edits
        self.store.db.execute(f"PRAGMA busy_timeout = {UI_LOCK_WAIT_MS}")  # an edit never holds the window long
        self._running: list[Operation] = []
        self.closed = False  # results arriving after close are dropped

    def read(self, work: Work, on_success: Callable[[Any], None], label: str = "") -> Operation:
        return self._start(Operation(work, self.store_path, label, False, self), on_success)

    def write(self, work: Work, on_success: Callable[[Any], None], label: str = "") -> Operation:
        return self._start(Operation(work, self.store_path, label, True, self), on_success)

    def _start(self, operation: Operation, on_success: Callable[[Any], None]) -> Operation:
        operation.succeeded.connect(lambda result: None if self.closed else on_success(result))
        operation.failed.connect(lambda message: None if self.closed else self.failed.emit(message))
        operation.finished.connect(lambda: self._ended(operation))
        operation.running = True
        self._running.append(operation)
        if len(self._running) == 1:
            gc.disable()
        self.started.emit(operation)
        QThreadPool.globalInstance().start(_Runnable(operation))
        return operation

    def _ended(self, operation: Operation) -> None:
        """On the UI thread, after ``succeeded`` or ``failed`` was handled."""
        operation.running = False
        if operation in self._running:
            self._running.remove(operation)
        if not self._running:
            gc.enable()
        self.ended.emit(operation)
        operation.deleteLater()

    def running(self, write_only: bool = False) -> list[Operation]:
        """Operations under way (their results not yet handled), oldest first."""
        return [op for op in self._running if op.write or not write_only]

    def close(self, wait_ms: int = 30000) -> None:
        """Cancel everything under way, wait for the workers, close the store."""
        for operation in list(self._running):
            operation.cancel()
        QThreadPool.globalInstance().waitForDone(wait_ms)
        self.closed = True
        self.store.close()
