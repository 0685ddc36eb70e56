"""Read the corpus ground truth (``*.truth.json``) into what the tests compare."""
from __future__ import annotations

import json
import re
from pathlib import Path

STEMS = ["000_983109a600a64859", "001_39b8cc04802ef187", "002_4d4b2807dcec1cae", "003_63a411c4bd2a61c6"]


def norm(text: str) -> str:
    """Text with all whitespace removed (how the corpus README compares)."""
    return re.sub(r"\s+", "", text)


def load_truth(corpus: Path, stem: str) -> dict:
    return json.loads((corpus / f"{stem}.truth.json").read_text(encoding="utf-8"))


def reading_order_recall(page_text: str, truth_page: dict) -> float:
    """Share of the page's body lines found one after another in ``page_text``."""
    haystack, position, found = norm(page_text), 0, 0
    body = [norm(line["text"]) for line in truth_page["lines"] if line["role"] == "body"]
    for line in body:
        index = haystack.find(line, position)
        if index >= 0:
            found += 1
            position = index + len(line)
    return found / len(body) if body else 1.0


def logical_tables(truth: dict) -> list[dict[tuple[int, int], tuple[str, int, int]]]:
    """Truth tables joined across pages: ``{(row, col): (text, rowspan, colspan)}``, repeated headers left out."""
    tables: list[dict] = []
    for page in truth["pages"]:
        for table in page["tables"]:
            if not table["continued_from_previous_page"]:
                tables.append({})
            for cell in table["cells"]:
                if not cell.get("repeated_header"):
                    tables[-1][(cell["row"], cell["col"])] = (norm(cell["text"]), cell["rowspan"], cell["colspan"])
    return tables
