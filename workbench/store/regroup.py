"""A person's splits and joins of documents, applied to the parsed document rows as they are read.

The parser's rows stay as parsed; what a person did is a list of steps kept as the
correction ``structure`` of the source (document key ""):
``{"op": "split", "key": K, "seq": N, "text": T}`` starts a new document at element N
(whose text is T) of document K; ``{"op": "join", "key": K}`` makes document K part
of the one before it. In: the source's document rows (ordered) and the steps. Out:
the rows a person sees, each with ``pieces`` — (document id, first element seq, end
seq) — saying which parsed elements it is made of. A split-off document's key
is ``split:`` + the text it starts with, so its own corrections survive re-parses.
"""
from __future__ import annotations

import re
from typing import Any

_CLEARED = {"doc_number": None, "doc_type": None, "recipients": None, "signatory": "[]", "sign_date": None}


def regroup(rows: list[dict[str, Any]], steps: list[dict], counts: dict[int, int], element_at) -> list[dict[str, Any]]:
    """The rows with ``steps`` applied in order; a step whose document or element is gone is skipped.

    ``counts`` gives each parsed document's number of elements; ``element_at(document_id, seq)``
    that element's row (text, page, line_start).
    """
    result = [{**row, "pieces": [(row["id"], 0, counts.get(row["id"], 0))]} for row in rows]
    for step in steps:
        index = next((i for i, row in enumerate(result) if row["key"] == step["key"]), None)
        if index is None:
            continue
        if step["op"] == "join" and index > 0:
            before, joined = result[index - 1], result.pop(index)
            before["pieces"] = before["pieces"] + joined["pieces"]
            before["page_end"], before["line_end"] = joined["page_end"], joined["line_end"]
        elif step["op"] == "split":
            cut = _cut(result[index], step, element_at)
            if cut is not None:
                result.insert(index + 1, cut)
    for order, row in enumerate(result, start=1):
        row["ord"] = order
    return result


def _cut(row: dict, step: dict, element_at) -> dict | None:
    """Cut ``row`` before the element of ``step``; return the new document's row (``row`` shortened)."""
    offset = step["seq"]
    for position, (document_id, first, end) in enumerate(row["pieces"]):
        count = end - first
        if offset < count:
            element = element_at(document_id, first + offset)
            if element["text"] != step["text"] or (position == 0 and offset == 0):
                return None
            tail = [(document_id, first + offset, end)] + row["pieces"][position + 1:]
            row["pieces"] = row["pieces"][:position] + ([(document_id, first, first + offset)] if offset else [])
            new = {**row, **_CLEARED, "key": split_key(step["text"]), "title": step["text"].strip(),
                   "pieces": tail, "page_start": element["page"], "line_start": element["line_start"],
                   "issuer": "[]"}
            row["page_end"], row["line_end"] = element["page"], element["line_start"]
            return new
        offset -= count
    return None


def split_key(text: str) -> str:
    return "split:" + re.sub(r"\s+", "", text)[:40]
