"""Proofread what a store holds: each source as corrected, 文号 checked against the whole store.

``proofread_source(store, source_id)`` → ``(doc_key, Finding)`` pairs for one source;
``proofread_stored(store, source_id)`` runs it and keeps them (``Store.replace_findings``: each finding's
number and what a person made of it kept) → the ``Changes``.
Scanned pages get their recognised lines back from the store's OCR cache, so the
``ocr`` rule sees each character's confidence.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbench.changes import Changes
from workbench.finding import Finding
from workbench.model import ParseResult, normalise_doc_number
from workbench.proof.rules import proofread

if TYPE_CHECKING:
    from workbench.store import Store


def proofread_stored(store: Store, source_id: int) -> Changes:
    """Run the rules over one stored source as corrected and keep the findings; one transaction."""
    return store.replace_findings(source_id, proofread_source(store, source_id))


def proofread_source(store: Store, source_id: int) -> list[tuple[str, Finding]]:
    """Every finding of one stored source, with the key of the document it is in."""
    keyed = store.keyed_documents(source_id)
    loaded = store.load([source_id])
    for page in loaded.sources[0].pages if loaded.sources else []:
        recognised = store.ocr_page(source_id, page.number)
        if recognised is not None:
            page.lines = recognised.lines
    result = ParseResult(sources=loaded.sources, issue=loaded.issue, documents=[doc for _, doc in keyed])
    keys = [key for key, _ in keyed]
    accepted = store.accepted_words()  # 不再提示此词
    titles = {normalise_doc_number(row.doc_number): "".join(row.issuer) + (row.title or "")
              for row in store.library_rows() if row.doc_number and row.title}
    return [(keys[f.doc] if f.doc is not None else "", f)
            for f in proofread(result, _numbers_elsewhere(store, source_id), titles)
            if (f.text, f.category) not in accepted]


def _numbers_elsewhere(store: Store, source_id: int) -> dict[str, str]:
    """Every 文号 of the store's other sources → the file it is in."""
    names = {source.id: Path(source.path).name for source in store.source_rows()}
    numbers: dict[str, str] = {}
    for row in store.library_rows():
        if row.doc_number and row.source_id != source_id:
            numbers.setdefault(normalise_doc_number(row.doc_number), f"《{names[row.source_id]}》中的公文")
    return numbers
