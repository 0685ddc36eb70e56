"""What a Dask worker runs for one file: read it, recognise its scanned pages, parse it.

In: the file's name, its bytes, the input limits the client uses. Out: ``(ParseResult, OCR cache entries, "")`` —
the source's path is the client's own (the worker read a copy in a temporary folder), and each recognised page's
JSON goes back under its image's SHA-256 so the client's store can keep it (a later import at a desk does not
recognise the page again). Scanned pages are recognised in the worker's own process, one after another (a Dask
worker is one core: it starts no pool of its own). A bad file gives ``(None, {}, the message a desk import
reports)``.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from workbench import limits, memory
from workbench.model import ParseResult


class _Kept(dict):
    """An OCR cache that keeps what it is given (for the client to store)."""

    def put(self, image_sha256: str, data: dict) -> None:
        self[image_sha256] = data


def read_file(path: str, data: bytes, input_limits: limits.Limits) -> tuple[ParseResult | None, dict, str]:
    """(the parse, the OCR cache entries, "") — or (None, {}, why) for a file that cannot be read (the message
    names the client's path; the error itself may hold what cannot travel back)."""
    from workbench.errors import WorkbenchError
    from workbench.ingest import read_source
    from workbench.parse.layout import lay_out
    from workbench.parse.structure import parse_source

    limits.use(input_limits)
    kept = _Kept()
    with tempfile.TemporaryDirectory(prefix="workbench-batch-") as folder:
        copy = Path(folder) / Path(path).name
        copy.write_bytes(data)
        try:
            with memory.reported(path):  # past the worker's memory budget: this file's one line, not the worker's end
                source = read_source(copy)
                _recognise(source, kept, input_limits.render_megapixels)
                result = parse_source(lay_out(source))
        except WorkbenchError as err:
            return None, {}, str(err).replace(str(copy), path)
    for read in result.sources:
        read.path = path
    return result, dict(kept), ""


def read_pages(path: str, data: bytes, numbers: list[int], input_limits: limits.Limits) -> dict[int, tuple[str, dict]]:
    """Some scanned pages of a large file: {page number: (image SHA-256, recognised page as JSON)} — a file of many
    scanned pages is read as several such tasks, so that none runs for long."""
    from workbench.ingest.ocr_workers import recognise

    limits.use(input_limits)
    with tempfile.TemporaryDirectory(prefix="workbench-batch-") as folder:
        copy = Path(folder) / Path(path).name
        copy.write_bytes(data)
        return {number: recognise(str(copy), number, 1, input_limits.render_megapixels) for number in numbers}


def _recognise(source, kept: _Kept, megapixels: float) -> None:
    """Fill the source's scanned pages in this process, keeping each page's JSON by its image's digest."""
    numbers = source.pages_needing_ocr()
    if not numbers:
        return
    from workbench.ingest.ocr_workers import recognise
    from workbench.ingest.punctuation import tidy_marks
    from workbench.ingest.recognition import fill_page

    for number in numbers:
        digest, data = recognise(source.path, number, 1, megapixels)
        kept.put(digest, data)
        fill_page(source.pages[number - 1], digest, data)
    tidy_marks(source)
