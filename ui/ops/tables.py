"""Re-read one part of a table from its page with the separators a person set; the result is the new table."""
from __future__ import annotations

from workbench.edit.reextract import reextract_part
from workbench.model import Table
from workbench.pipeline import read_laid_out


def reextract(path: str, table: Table, part: int, region, rows, cols):
    def work(store, ctx):
        # the pages as the stored tables were read from them (never read again here)
        source = read_laid_out(path, cache=store.ocr_cache(any_reader=True), cancelled=ctx.cancelled)
        return reextract_part(table, part, source.pages[table.parts[part].page - 1], region, rows, cols)
    return work
