"""The one way through: file → Source → layout → ParseResult → store.

``read_laid_out(path)`` reads and lays out one file; ``parse_file(path)`` parses
it; ``import_files(store, paths, …)`` does both for many files and saves each in
its own transaction, reporting progress and stopping when asked. The CLI, the
UI workers and the tests all go through here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import memory
from workbench.changes import Changes
from workbench.errors import Cancelled, StoreError, WorkbenchError
from workbench.ingest import SUPPORTED_SUFFIXES, read_source
from workbench.model import ParseResult, Source
from workbench.parse.layout import lay_out
from workbench.parse.structure import parse_source

if TYPE_CHECKING:
    from workbench.ingest.recognition import OcrCache
    from workbench.store import Store

Progress = Callable[[int, int, str], None]
PageProgress = Callable[[int, int], None]
Reader = Callable[[str | Path], Source]  # read_source, or ingest.isolated.read_in_worker


def read_laid_out(path: str | Path, cache: OcrCache | None = None, on_page: PageProgress | None = None,
                  cancelled: Callable[[], bool] | None = None, reader: Reader = read_source) -> Source:
    """Read ``path`` with ``reader`` (recognising scanned pages) and put its lines in reading order with
    roles set."""
    with memory.reported(path):
        source = reader(path)
        if source.pages_needing_ocr():
            from workbench.ingest.recognition import recognise_pages  # the OCR engine, OpenCV and numpy: only for scans

            recognise_pages(source, cache, on_page, cancelled)
        return lay_out(source)


def parse_file(path: str | Path, cache: OcrCache | None = None, on_page: PageProgress | None = None,
               cancelled: Callable[[], bool] | None = None, reader: Reader = read_source) -> ParseResult:
    """Read, lay out and parse one file (no store involved unless ``cache`` is one's OCR cache)."""
    source = read_laid_out(path, cache, on_page, cancelled, reader)
    with memory.reported(path):
        return parse_source(source)


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus the supported files inside folders named (sorted, recursive)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(
                child for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES - {""}
                and not child.name.startswith(".")
            )
        else:
            files.append(path)
    return files


@dataclass
class ImportReport:
    """What an import did: new sources, updated ones, failures with their messages."""

    imported: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # sources of an archive package the store already held
    empty: list[str] = field(default_factory=list)  # read and stored, but no document found in them
    cancelled: bool = False
    store_failed: bool = False  # the store refused a write (disk full, read-only, locked): the import stopped
    duplicates: list[str] = field(default_factory=list)  # documents another source already held (both kept)
    source_ids: list[int] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """The sources this import wrote."""
        return Changes.of_sources(self.source_ids)


def _files_of(paths: Iterable[str | Path], report: ImportReport) -> list[Path]:
    """The files to import, each folder walked once; a folder with none is a failure in ``report``."""
    files: list[Path] = []
    for path in paths:
        found = expand_inputs([path])
        if not found and Path(path).is_dir():
            kinds = "、".join(sorted(suffix for suffix in SUPPORTED_SUFFIXES if suffix))
            report.failed.append((str(path), f"未找到可导入的文件：{path}（可导入：{kinds}）"))
        files += found
    return files


def import_files(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, reader: Reader = read_source) -> ImportReport:
    """Parse and save every file; one transaction per file; a bad file changes nothing.

    Each file is read with ``reader`` (the window reads in a worker process, whose memory is capped);
    scanned pages are recognised with the store's OCR cache; ``progress`` hears
    of each file and of each page being recognised; a cancelled file is not saved.
    """
    report = ImportReport()
    files = _files_of(paths, report)
    cache = store.ocr_cache()
    for index, path in enumerate(files):
        if cancelled and cancelled():
            report.cancelled = True
            break
        if progress:
            progress(index, len(files), str(path))

        def on_page(done: int, total: int, index=index, path=path) -> None:
            if progress and total:
                progress(index, len(files), f"{path} · OCR {done}/{total}")

        try:
            result = parse_file(path, cache, on_page, cancelled, reader)
        except Cancelled:
            report.cancelled = True
            break
        except WorkbenchError as err:
            report.failed.append((str(path), str(err)))
            continue
        try:
            known = store.source_id(result.sources[0].sha256) is not None
            report.source_ids.append(store.save(result))
        except StoreError as err:  # the store cannot take more: say what did get in, and stop
            report.failed.append((str(path), str(err)))
            report.store_failed = True
            break
        (report.updated if known else report.imported).append(str(path))
        report.duplicates += [f"{path}：{number or '（无文号）'}《{title}》库中已有（{Path(other).name}），两份都已保留"
                              for number, title, other in store.held_elsewhere(report.source_ids[-1])]
        if not result.documents:
            report.empty.append(str(path))
    if progress and not report.cancelled:
        progress(len(files), len(files), "")
    return report
