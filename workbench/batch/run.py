"""A batch import on a Dask cluster: files read by the workers, saved by this process in file order.

In: a store, the files and folders, a ``distributed.Client``. ``batch_import`` expands the folders, skips with
``resume`` the files whose SHA-256 the store already holds, and submits each file (its bytes with it) to the
workers, at most ``IN_FLIGHT`` tasks a worker at a time so memory stays flat — a file of more than
``pages_a_task`` scanned pages has its text layer read here and its scanned pages sent out in parts, put back
together and parsed here; each result is saved as soon as every
file before it is — one transaction a file, the OCR cache entries the worker made with it. A worker that dies has
its files read again elsewhere (the scheduler does it, ``retries`` more if the task itself fails); a bad file is
one line of the report. ``cancelled()`` (Ctrl+C) stops submitting and waits for nothing: what was saved stays,
the rest is for ``resume``. ``progress(files done, files, pages, pages a second)`` after each file. Out: the
``ImportReport`` of a desk import.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench import limits
from workbench.batch.tasks import read_file, read_pages
from workbench.errors import StoreError, WorkbenchError
from workbench.ingest import read_source
from workbench.ingest.punctuation import tidy_marks
from workbench.ingest.readers import IMAGE_SUFFIXES
from workbench.ingest.recognition import fill_page
from workbench.ingest.sniff import sha256_of
from workbench.model import ParseResult, Source
from workbench.parse.layout import lay_out
from workbench.parse.structure import parse_source
from workbench.pipeline import ImportReport, expand_inputs
from workbench.store import Store

IN_FLIGHT = 3  # tasks queued a worker
PAGES_A_TASK = 6  # a file with more scanned pages than this is read as several tasks (none runs long)
PAGED_SUFFIXES = (".pdf", ".ofd", *IMAGE_SUFFIXES)
RETRIES = 1  # a task that raised something other than a bad file's error is tried once more

Progress = Callable[[int, int, int, float], None]


def batch_import(store: Store, paths: list[str], client, resume: bool = False, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, pages_a_task: int = PAGES_A_TASK) -> ImportReport:
    from distributed import as_completed

    report = ImportReport()
    files = expand_inputs(paths)
    digests = {path: sha256_of(path) for path in files}
    if resume:
        held = [path for path in files if store.source_id(digests[path]) is not None]
        report.unchanged += [str(path) for path in held]
        files = [path for path in files if path not in held]
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    queue, jobs, done, began = list(enumerate(files)), {}, {}, time.monotonic()
    running = as_completed()
    owner: dict = {}  # future in flight → its file's index
    counted = {"saved": 0, "pages": 0}

    def submit_more() -> None:
        while queue and len(owner) < IN_FLIGHT * workers:
            index, path = queue.pop(0)
            jobs[index] = _submit(client, path, pages_a_task)
            if not jobs[index].futures:  # refused here: nothing to wait for
                done[index] = jobs.pop(index)
            for future in jobs.get(index, _Job([])).futures:
                owner[future] = index
                running.add(future)

    def save_ready() -> None:
        """Save the finished files that every file before them already is (file order)."""
        while counted["saved"] in done and not report.store_failed:
            saved = counted["saved"]
            counted["pages"] += _save(store, files[saved], done.pop(saved), report)
            counted["saved"] = saved + 1
            if progress:
                progress(saved + 1, len(files), counted["pages"],
                         counted["pages"] / max(1e-6, time.monotonic() - began))

    submit_more()
    save_ready()
    for future in running:  # a part's result is taken when the whole file is saved (a lost one is read again)
        index = owner.pop(future)
        jobs[index].waiting -= 1
        if not jobs[index].waiting:
            done[index] = jobs.pop(index)
        save_ready()
        if _stop(report, cancelled):
            return _stopped(report, owner)
        submit_more()
        save_ready()
    return report


def _stop(report: ImportReport, cancelled: Callable[[], bool] | None) -> bool:
    """Whether to stop: the store refused a write, or the person asked (then the report says cancelled)."""
    if not report.store_failed and cancelled and cancelled():
        report.cancelled = True
    return report.store_failed or report.cancelled


@dataclass
class _Job:
    """A file's tasks: one (the whole file), or the scanned pages in parts with the file read here."""

    futures: list
    source: Source | None = None  # read here when its scanned pages went out in parts
    error: str = ""
    waiting: int = 0  # its tasks not yet finished

    def __post_init__(self) -> None:
        self.waiting = len(self.futures)


def _submit(client, path: Path, pages_a_task: int) -> _Job:
    """The file as one task, or — many scanned pages — its text layer read here and the pages in parts."""
    data = path.read_bytes()
    if path.suffix.lower() in PAGED_SUFFIXES:
        try:
            source = read_source(path)
        except WorkbenchError as err:
            return _Job([], error=str(err))
        numbers = source.pages_needing_ocr()
        if len(numbers) > pages_a_task:
            shared = client.scatter(data, hash=False)
            parts = [numbers[i:i + pages_a_task] for i in range(0, len(numbers), pages_a_task)]
            return _Job([client.submit(read_pages, str(path), shared, part, limits.current(), pure=False,
                                       retries=RETRIES) for part in parts], source)
    return _Job([client.submit(read_file, str(path), data, limits.current(), pure=False, retries=RETRIES)])


def _result(job: _Job) -> tuple[ParseResult | None, dict, str]:
    """(the parse, OCR cache entries, why not) of a finished job."""
    if job.error:
        return None, {}, job.error
    if job.source is None:
        return job.futures[0].result()
    entries = {}
    for future in job.futures:
        for number, (digest, data) in future.result().items():
            fill_page(job.source.pages[number - 1], digest, data)
            entries[digest] = data
    tidy_marks(job.source)
    return parse_source(lay_out(job.source)), entries, ""


def _save(store: Store, path: Path, job: _Job, report: ImportReport) -> int:
    """Save one file's result (or report why there is none); its page count."""
    try:
        result, ocr_entries, why = _result(job)
    except WorkbenchError as err:
        result, ocr_entries, why = None, {}, str(err)
    except Exception as err:  # the workers that read it kept dying (KilledWorker): this file's line
        result, ocr_entries, why = None, {}, f"读取此文件的工作进程多次退出（可能内存不足）：{type(err).__name__}"
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
