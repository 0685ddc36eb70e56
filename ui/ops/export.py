"""Export everything stored as JSON; the result is the number of documents written."""
from __future__ import annotations

from workbench.export.json import write_store_json


def export_json(path: str):
    return lambda store, ctx: write_store_json(store, path, progress=ctx.progress, cancelled=ctx.cancelled)
