"""Recognising a source's scanned pages in the OCR worker processes, with a cache of pages already read.

In: a ``Source`` whose pages need OCR and an ``OcrCache`` (the store's). Out: the pages filled in place
with recognised lines (``ocr.OcrPage``); progress per page, cancel between pages. Sits above ``ocr`` (the
engine) and ``ocr_workers`` (the processes), which do not know it.
"""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from workbench import limits
from workbench.errors import Cancelled, OcrFailed
from workbench.ingest import ocr_workers
from workbench.ingest.ocr import CORES, OcrPage
from workbench.ingest.punctuation import tidy_marks
from workbench.model import Page, Source


class OcrCache(Protocol):
    """Where recognised pages are kept, keyed by the page image's SHA-256."""

    def get(self, image_sha256: str) -> dict | None: ...

    def put(self, image_sha256: str, data: dict) -> None: ...


def recognise_pages(source: Source, cache: OcrCache | None = None,
                    on_page: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> None:
    """Fill every page of ``source`` that needs OCR with recognised lines (in place), then give each
    punctuation mark the width the source mostly prints it in and each bracket closed in kind
    (``punctuation.tidy_marks``).

    The work runs in worker processes (``ocr_workers``), pages side by side, a
    core each (a lone page gets every core). A page whose image is in ``cache``
    is not recognised again. ``on_page(done, total)`` reports progress;
    ``cancelled()`` returning True stops with ``Cancelled`` at once (a page a
    worker already started finishes there and is dropped). A worker that dies
    gives ``OcrFailed``.
    """
    numbers = source.pages_needing_ocr()
    if not numbers:
        return
    pool = ocr_workers.executor()
    threads = CORES if len(numbers) == 1 else 1
    budget = limits.current().render_megapixels  # the workers are other processes: they are told it
    if on_page:
        on_page(0, len(numbers))
    pending = {pool.submit(ocr_workers.fingerprint, source.path, n, budget): ("print", n) for n in numbers} if cache else \
        {pool.submit(ocr_workers.recognise, source.path, n, threads, budget): ("page", n) for n in numbers}
    try:
        _collect(source, pending, pool, cache, threads, on_page, cancelled, len(numbers))
        tidy_marks(source)
    except BrokenProcessPool as err:
        ocr_workers.reset()
        raise OcrFailed(source.path) from err
    finally:
        for future in pending:
            future.cancel()


def _collect(source: Source, pending: dict, pool, cache: OcrCache | None, threads: int,
             on_page: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
             total: int) -> None:
    """Take finished work as it comes: a fingerprint found in the cache fills its page, one
    not found goes on to recognition; a recognised page fills its page and the cache."""
    budget = limits.current().render_megapixels
    done = 0
    while pending:
        finished, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in finished:
            kind, number = pending.pop(future)
            if kind == "print":
                digest = future.result()
                data = cache.get(digest) if cache else None
                if data is None:
                    pending[pool.submit(ocr_workers.recognise, source.path, number, threads, budget)] = ("page", number)
                    continue
            else:
                digest, data = future.result()  # a worker that died raises BrokenProcessPool
                if cache:
                    cache.put(digest, data)
            fill_page(source.pages[number - 1], digest, data)
            done += 1
            if on_page:
                on_page(done, total)
        if pending and cancelled and cancelled():
            raise Cancelled(source.path)


def fill_page(page: Page, digest: str, data: dict) -> None:
    """A scanned page filled with what OCR read on it (``OcrPage`` JSON, its image's SHA-256)."""
    read = OcrPage.from_json(data, digest)
    page.lines, page.rules, page.skew = read.lines, read.rules, read.skew
    page.image_sha256, page.ocr, page.needs_ocr = digest, True, False
