"""OCR in worker processes, so recognition never holds the caller's interpreter.

Rendering a page (PyMuPDF) and loading the models (onnxruntime) keep Python's
global lock for a tenth of a second at a time; in a thread that stalls the
window. Here they run in a small pool of processes (one per core, started once
and reused, at a lower priority than the window). In: a file path and page numbers. Out: page fingerprints and
recognised pages as JSON (``OcrPage.to_json``).
"""
from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from workbench import limits, memory
from workbench.ingest.ocr import CORES, ocr_image
from workbench.ingest.ocr import warm_up as ocr_warm_up
from workbench.ingest.pages import open_pages
from workbench.ingest.raster import page_image

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None
_budget: float | None = None  # the memory budget (MB) the running workers were started with


def executor() -> ProcessPoolExecutor:
    """The process pool (started on first use, again when the memory budget changed; shut down when the
    program ends)."""
    global _executor, _budget
    with _lock:
        if _executor is not None and _budget != limits.current().memory_mb:
            _executor.shutdown(wait=False, cancel_futures=True)
            _executor = None
        if _executor is None:
            _budget = limits.current().memory_mb
            _executor = ProcessPoolExecutor(max_workers=CORES, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_prepare_worker, initargs=(_budget,))
            atexit.register(_executor.shutdown, cancel_futures=True)
        return _executor


def _prepare_worker(budget_mb: float) -> None:
    """In each worker: a lower priority, so the window and the person's other programs stay quick; memory
    capped at ``budget_mb`` beyond what it holds at start (an allocation past it fails with an error the
    caller reports, instead of the system running out); and an end of its own when the program that
    started it is gone (even if that one crashed)."""
    memory.cap(budget_mb)
    with contextlib.suppress(AttributeError, OSError):  # not on this platform, or not allowed: normal priority
        os.nice(10)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def reset() -> None:
    """Drop a pool whose worker died; the next use starts a fresh one."""
    global _executor
    with _lock:
        if _executor is not None:
            _executor.shutdown(wait=False, cancel_futures=True)
        _executor = None


def warm_up() -> None:
    """Start the workers and load the models in each (before timing them)."""
    pool = executor()
    for future in [pool.submit(ocr_warm_up) for _ in range(CORES)]:  # each takes seconds: one per worker
        future.result()


def fingerprint(path: str, number: int, megapixels: float) -> str:
    """SHA-256 of page ``number``'s image (the OCR cache key), rendered within ``megapixels``."""
    with open_pages(path) as doc:
        return page_image(doc[number - 1], megapixels)[2]


def recognise(path: str, number: int, threads: int, megapixels: float) -> tuple[str, dict]:
    """(image SHA-256, recognised page as JSON) for page ``number`` of ``path``."""
    with open_pages(path) as doc:
        gray, points_per_pixel, digest = page_image(doc[number - 1], megapixels)
    return digest, ocr_image(gray, points_per_pixel, digest, threads).to_json()
