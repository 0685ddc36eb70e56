"""Import files and folders (one transaction per file); the result is the ``ImportReport``.

Each file is read in a worker process (``read_in_worker``), so a hostile file can exhaust only that
worker's memory budget, never the window's.
"""
from __future__ import annotations

from workbench.import_command import import_paths as import_from
from workbench.ingest.isolated import read_in_worker


def import_paths(paths: list[str]):
    return lambda store, ctx: import_from(store, paths, progress=ctx.progress, cancelled=ctx.cancelled,
                                          reader=read_in_worker)
