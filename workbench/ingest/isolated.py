"""Read a file in a worker process, so a hostile input can exhaust only the worker's memory budget.

The window's own process must never meet a failed allocation (Qt does not survive one), so an
import started there reads each file in the OCR worker pool (``ocr_workers``: started once, memory
capped, lower priority) and gets back the ``Source`` or the error that says why not. In: a path.
Out: what ``read_source`` gives.
"""
from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from workbench import limits, memory
from workbench.errors import TooLarge
from workbench.ingest import read_source
from workbench.model import Source


def read_in_worker(path: str | Path) -> Source:
    """``read_source(path)`` run in a worker process under the limits in force here."""
    from workbench.ingest import ocr_workers

    future = ocr_workers.executor().submit(_read, str(path), limits.current())
    try:
        return future.result()
    except BrokenProcessPool as err:  # the worker died: the system ended it, most likely for memory
        ocr_workers.reset()
        raise TooLarge(str(path), f"读取进程意外退出，可能是所需内存超过上限 {limits.current().memory_mb:g} MB"
                                  "（可放宽：memory_mb）") from err


def _read(path: str, in_force: limits.Limits) -> Source:
    """In the worker: read ``path`` under the caller's limits; a failed allocation comes back as the error
    that names the file."""
    limits.use(in_force)
    with memory.reported(path):
        return read_source(path)
