"""Import files and folders (one transaction per file); the result is the ``ImportReport``."""
from __future__ import annotations

from workbench.pipeline import import_files


def import_paths(paths: list[str]):
    return lambda store, ctx: import_files(store, paths, progress=ctx.progress, cancelled=ctx.cancelled)
