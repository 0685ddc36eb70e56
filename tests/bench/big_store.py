"""Stores of archive size made from the corpus text, for the window and search benchmarks.

``big_store(n_documents, corpus)`` returns the path of a fresh copy of a store holding at
least ``n_documents`` documents: the corpus seeds' text files parsed once, then saved again
and again as issues of other years and numbers (each copy its own source, with its own
SHA-256 and file name), as a bulletin office's store looks after ten years. The first build
of each size is kept under ``$TMPDIR/workbench-bench`` and copied for every run.
"""
from __future__ import annotations

import dataclasses
import hashlib
import shutil
import tempfile
from pathlib import Path

from tests.bench.scratch import scratch_folder
from tests.corpus.truth import STEMS
from workbench.pipeline import parse_file
from workbench.store import Store

CACHE = Path(tempfile.gettempdir()) / "workbench-bench"


def _copies(corpus: Path):
    """Endless (copy number, ParseResult) pairs: every seed's text, as issue after issue."""
    parsed = [parse_file(corpus / f"{stem}.txt") for stem in STEMS]
    copy = 0
    while True:
        for result in parsed:
            source = result.sources[0]
            year = 2015 + copy % 10
            renamed = dataclasses.replace(source, sha256=hashlib.sha256(f"{source.sha256}-{copy}".encode()).hexdigest(),
                                          path=str(Path(source.path).with_name(f"{year}-{copy:05d}-{Path(source.path).name}")))
            issue = result.issue and dataclasses.replace(result.issue, year=year, number=1 + copy % 12)
            yield copy, dataclasses.replace(result, sources=[renamed], issue=issue)
            copy += 1


def big_store(n_documents: int, corpus: Path) -> Path:
    """A fresh copy (to edit freely) of a store holding at least ``n_documents`` documents."""
    built = CACHE / f"store-{n_documents}.db"
    if not built.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = built.with_suffix(".part")
        partial.unlink(missing_ok=True)
        store = Store(partial)
        count = 0
        for _, result in _copies(corpus):
            store.save(result)
            count += len(result.documents)
            if count >= n_documents:
                break
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        partial.rename(built)
    run = scratch_folder("workbench-run-") / "store.db"
    shutil.copy(built, run)
    return run
