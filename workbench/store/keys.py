"""Stable keys that tie a person's work to a document across re-parses.

In: a parsed ``Document``. Out: a key that stays the same when the same file is
parsed again: the normalised 文号 when there is one, else the title, else the order.
"""
from __future__ import annotations

import re

from workbench.model import Document, normalise_doc_number


def document_keys(documents: list[Document]) -> list[str]:
    """One key per document, unique within the list."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    for doc in documents:
        if doc.doc_number:
            key = "no:" + normalise_doc_number(doc.doc_number)
        elif doc.title:
            key = "title:" + re.sub(r"\s+", "", doc.title)
        else:
            key = f"order:{doc.order}"
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys
