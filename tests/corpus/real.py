"""Score parsed documents against gold of other publishers' files (``shared/real/manifest.json``,
``tests/other_publishers.py``): documents found by 文号 (else title) and the five fields an office files by."""
from __future__ import annotations

import re

FIELDS = ("doc_number", "title", "issuer", "sign_date", "recipients")
_WIDTH = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "[": "〔", "]": "〕"})


def flat(value) -> str:
    if isinstance(value, list):
        value = "".join(value)
    return re.sub(r"\s+", "", value or "").translate(_WIDTH).rstrip("：")


def right(field: str, ours: dict, gold: dict) -> bool:
    if field == "title":
        return flat(ours.get("title")) in (flat(gold["title"]), flat(gold["issuer"]) + flat(gold["title"]))
    return flat(ours.get(field)) == flat(gold.get(field))


def match(gold: dict, documents: list[dict]) -> dict | None:
    """The parsed document that stands for a gold one: same 文号, else same title."""
    for doc in documents:
        if gold.get("doc_number") and flat(doc.get("doc_number")) == flat(gold["doc_number"]):
            return doc
    for doc in documents:
        if right("title", doc, gold):
            return doc
    return None


def score(result: dict, gold: list[dict]) -> dict:
    documents = result["documents"]
    found = right_fields = 0
    wrong = []
    for wanted in gold:
        ours = match(wanted, documents)
        found += ours is not None
        for field in FIELDS:
            if ours is not None and right(field, ours, wanted):
                right_fields += 1
            else:
                wrong.append((wanted.get("doc_number") or wanted["title"], field,
                              None if ours is None else ours.get(field), wanted.get(field)))
    toc = len((result.get("issue") or {}).get("toc") or [])
    return {"parsed": len(documents), "true": len(gold), "found": found, "fields": right_fields,
            "field_total": len(gold) * len(FIELDS), "toc": toc, "wrong": wrong}
