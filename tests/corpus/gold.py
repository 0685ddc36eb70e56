"""Score parsed documents against ``gold/*.docs.json`` as the corpus README says."""
from __future__ import annotations

import json
import re
from pathlib import Path

FIELDS = ("issuer", "title", "doc_type", "sign_date", "recipients", "signatory")
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "（": "〔", "）": "〕", "(": "〔", ")": "〕"})
_WIDTH = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"})


def load_gold(corpus: Path, stem: str) -> list[dict]:
    return json.loads((corpus / "gold" / f"{stem}.docs.json").read_text(encoding="utf-8"))["documents"]


def number_key(doc_number: str | None) -> str:
    return re.sub(r"\s+", "", doc_number or "").translate(_BRACKETS)


def _flat(text) -> str:
    if isinstance(text, list):
        text = "".join(text)
    return re.sub(r"\s+", "", text or "").translate(_WIDTH)


def field_right(field: str, ours: dict, gold: dict) -> bool:
    if field == "title":
        title = _flat(ours.get("title"))
        return title in (_flat(gold["title"]), _flat(gold["issuer"]) + _flat(gold["title"]))
    if field == "recipients":
        return _flat(ours.get("recipients")).rstrip("：") == _flat(gold.get("recipients")).rstrip("：")
    return _flat(ours.get(field)) == _flat(gold.get(field))


def score(documents: list[dict], gold: list[dict]) -> dict:
    """Precision, recall, F1 of documents by 文号; field accuracy over matched gold documents."""
    ours = {number_key(doc["doc_number"]): doc for doc in documents if doc.get("doc_number")}
    wanted = {number_key(doc["doc_number"]): doc for doc in gold}
    matched = [key for key in wanted if key in ours]
    precision = len(matched) / len(documents) if documents else 0.0
    recall = len(matched) / len(wanted) if wanted else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    right = total = 0
    wrong: list[tuple[str, str, object, object]] = []
    for key in wanted:
        for field in FIELDS:
            total += 1
            if key in ours and field_right(field, ours[key], wanted[key]):
                right += 1
            else:
                wrong.append((key, field, ours.get(key, {}).get(field), wanted[key].get(field)))
    return {"precision": precision, "recall": recall, "f1": f1, "fields": right / total if total else 1.0,
            "found": len(documents), "gold": len(wanted), "wrong": wrong}
