"""Cell accuracy of parsed tables against the corpus truth, as the corpus README defines it."""
from __future__ import annotations

from tests.corpus.truth import norm

Grid = dict[tuple[int, int], str]


def truth_tables(truth: dict, pages: list[int] | None = None) -> list[dict]:
    """Logical truth tables: ``{"page", "bbox", "cells": {(row, col): text}}``, parts joined.

    With ``pages`` (e.g. the pages a scan covers) only the parts on those pages count,
    and ``page`` is the position of the first part's page in that list (1-based).
    """
    tables: list[dict] = []
    for page in truth["pages"]:
        for table in page["tables"]:
            covered = pages is None or page["number"] in pages
            if not table["continued_from_previous_page"]:
                tables.append({"page": None, "bbox": None, "cells": {}})
            if not covered:
                continue
            current = tables[-1]
            if current["page"] is None:
                current["page"] = pages.index(page["number"]) + 1 if pages else page["number"]
                current["bbox"] = table["bbox"]
            for cell in table["cells"]:
                if not cell.get("repeated_header") and norm(cell["text"]):
                    current["cells"][(cell["row"], cell["col"])] = norm(cell["text"])
    return [table for table in tables if table["page"] is not None]


def _overlap(a, b) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(width, 0) * max(height, 0)


def cell_accuracy(truth: list[dict], parsed: list[dict]) -> tuple[int, int, int]:
    """(truth cells matched, truth cells, truth tables with a parsed table) for JSON-shaped tables."""
    counted = total = found = 0
    for table in truth:
        candidates = [p for p in parsed if p["page"] == table["page"] and p.get("bbox")]
        best = max(candidates, key=lambda p: _overlap(p["bbox"], table["bbox"]), default=None)
        total += len(table["cells"])
        if best is None or _overlap(best["bbox"], table["bbox"]) == 0:
            continue
        found += 1
        ours = {(c["row"], c["col"]): norm(c["text"]) for c in best["cells"]}
        counted += sum(1 for key, text in table["cells"].items() if ours.get(key) == text)
    return counted, total, found
