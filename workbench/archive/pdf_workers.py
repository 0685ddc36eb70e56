"""The 件's PDFs written side by side: in worker processes (a core each) for a year of many documents.

In: jobs ``(key, write_document_pdf's arguments)``. ``PdfWriters(workers)`` runs them in this process when
``workers`` is 1, else in a pool of spawned processes with at most ``IN_FLIGHT`` jobs a worker queued (memory
stays flat however large the year); ``submit`` returns the jobs finished meanwhile and ``drain`` the rest, each
as ``(key, page count)``. A worker that dies raises ``BrokenProcessPool``; ``close`` stops the pool.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Hashable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from workbench.archive.pages import write_document_pdf

IN_FLIGHT = 4  # jobs queued per worker
POOL_FROM = 40  # documents a year needs before a pool pays for its start (a second or so)


class PdfWriters:
    def __init__(self, workers: int):
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) \
            if workers > 1 else None
        self.pending: dict[Future, Hashable] = {}
        self.limit = IN_FLIGHT * workers

    def submit(self, key: Hashable, *job) -> list[tuple[Hashable, int]]:
        if self.pool is None:
            return [(key, write_document_pdf(*job))]
        self.pending[self.pool.submit(write_document_pdf, *job)] = key
        return self._finished(wait_for_one=len(self.pending) >= self.limit)

    def drain(self) -> list[tuple[Hashable, int]]:
        done = []
        while self.pending:
            done += self._finished(wait_for_one=True)
        return done

    def _finished(self, wait_for_one: bool) -> list[tuple[Hashable, int]]:
        ready = wait(self.pending, return_when=FIRST_COMPLETED)[0] if wait_for_one else \
            [future for future in self.pending if future.done()]
        return [(self.pending.pop(future), future.result()) for future in list(ready)]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
