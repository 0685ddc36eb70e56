"""Proofreading work for the operation runner: run the rules over a source, write a 校对单.

``proofread(source_id)`` → the ``Changes`` of the run (findings of that source rewritten,
statuses kept); ``proof_sheet(path, source_ids, title, documents)`` → the number of findings
written (only those of ``documents``, ``(source_id, doc_key)`` pairs, when given).
"""
from __future__ import annotations

from workbench.export.proof_sheet import change_rows, write_sheet
from workbench.proof.stored import proofread_stored


def proofread(source_id: int):
    def work(store, ctx):
        ctx.progress(0, 0, "")
        return proofread_stored(store, source_id)
    return work


def proof_sheet(path: str, source_ids: list[int], title: str, documents: set[tuple[int, str]] | None = None):
    def work(store, ctx):
        rows = [row for row in store.findings(source_ids)
                if documents is None or (row.source_id, row.doc_key) in documents]
        labels = {row.key: row.label for row in store.library_rows(source_ids)}
        revisions = [revision for source_id in source_ids for revision in store.revisions(source_id)
                     if documents is None or (source_id, revision.doc_key) in documents]
        write_sheet(path, [row.finding for row in rows], title, [row.reason for row in rows],
                    change_rows(revisions, labels))
        return len(rows)
    return work
