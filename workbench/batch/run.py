"""A batch import on a Dask cluster: files read by the workers, saved by this process in file order.

In: a store, the files and folders, a ``distributed.Client``. ``batch_import`` expands the folders, skips with
``resume`` the files whose SHA-256 the store already holds, and submits each file (its bytes with it) to the
workers, at most ``IN_FLIGHT`` a worker at a time so memory stays flat; each result is saved as soon as every
file before it is — one transaction a file, the OCR cache entries the worker made with it. A worker that dies has
its files read again elsewhere (the scheduler does it, ``retries`` more if the task itself fails); a bad file is
one line of the report. ``cancelled()`` (Ctrl+C) stops submitting and waits for nothing: what was saved stays,
the rest is for ``resume``. ``progress(files done, files, pages, pages a second)`` after each file. Out: the
``ImportReport`` of a desk import.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from workbench import limits
from workbench.batch.tasks import read_file
from workbench.errors import StoreError, WorkbenchError
from workbench.ingest.sniff import sha256_of
from workbench.pipeline import ImportReport, expand_inputs
from workbench.store import Store

IN_FLIGHT = 3  # files queued a worker
RETRIES = 1  # a task that raised something other than a bad file's error is tried once more

Progress = Callable[[int, int, int, float], None]


def batch_import(store: Store, paths: list[str], client, resume: bool = False, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    from distributed import as_completed

    report = ImportReport()
    files = expand_inputs(paths)
    digests = {path: sha256_of(path) for path in files}
    if resume:
        held = [path for path in files if store.source_id(digests[path]) is not None]
        report.unchanged += [str(path) for path in held]
        files = [path for path in files if path not in held]
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    queue, results, pages, began = list(enumerate(files)), {}, 0, time.monotonic()
    running = as_completed()
    futures: dict = {}  # in flight → its file's index

    def submit_more() -> None:
        while queue and len(futures) < IN_FLIGHT * workers:
            index, path = queue.pop(0)
            future = client.submit(read_file, str(path), path.read_bytes(), limits.current(), pure=False,
                                   retries=RETRIES, key=f"read-{digests[path][:16]}-{index}")
            futures[future] = index
            running.add(future)

    submit_more()
    saved = 0
    for future in running:
        index = futures.pop(future)
        results[index] = future
        while saved in results:
            pages += _save(store, files[saved], results.pop(saved), report)
            saved += 1
            if progress:
                progress(saved, len(files), pages, pages / max(1e-6, time.monotonic() - began))
            if report.store_failed:
                return _stopped(report, futures)
        if cancelled and cancelled():
            report.cancelled = True
            return _stopped(report, futures)
        submit_more()
    return report


def _save(store: Store, path: Path, future, report: ImportReport) -> int:
    """Save one file's result (or report why there is none); its page count."""
    try:
        result, ocr_entries, why = future.result()
    except WorkbenchError as err:
        result, ocr_entries, why = None, {}, str(err)
    if result is None:
        report.failed.append((str(path), why))
        return 0
    try:
        known = store.source_id(result.sources[0].sha256) is not None
        cache = store.ocr_cache()
        for digest, data in ocr_entries.items():
            cache.put(digest, data)
        report.source_ids.append(store.save(result))
    except StoreError as err:
        report.failed.append((str(path), str(err)))
        report.store_failed = True
        return 0
    (report.updated if known else report.imported).append(str(path))
    if not result.documents:
        report.empty.append(str(path))
    return len(result.sources[0].pages)


def _stopped(report: ImportReport, futures: dict) -> ImportReport:
    for future in futures:
        future.cancel()
    return report
