"""Proofread what a store holds: each source as corrected, 文号 checked against the whole store.

In: an open ``Store`` and optionally one source id. Out: the findings, source by source.
"""
from __future__ import annotations

from pathlib import Path

from workbench.errors import UsageError
from workbench.model import normalise_doc_number
from workbench.proof import proofread
from workbench.proof.finding import Finding


def proofread_store(store, source_id: int | None = None) -> list[Finding]:
    sources = store.source_rows()
    names = {source.id: Path(source.path).name for source in sources}
    if source_id is not None and source_id not in names:
        raise UsageError(detail=f"数据库中没有编号为 {source_id} 的来源")
    numbers: dict[str, list[tuple[int, str]]] = {}
    for row in store.library_rows():
        if row.doc_number:
            numbers.setdefault(normalise_doc_number(row.doc_number), []).append((row.source_id, names[row.source_id]))
    found: list[Finding] = []
    for sid in [source_id] if source_id is not None else sorted(names):
        known = {number: f"《{others[0][1]}》中的公文" for number, places in numbers.items()
                 if (others := [place for place in places if place[0] != sid])}
        found += proofread(store.load([sid]), known)
    return found
