"""Table extraction against the corpus truth, with pdfplumber and camelot as peers.

Usage: python tests/bench/tables.py [CORPUS] [--no-scans]
Prints, for every seed whose truth holds tables: cell accuracy (truth cells whose
row, column and whitespace-free text match, logical tables joined across pages)
and seconds per page on the text PDF, the same on the scan (OCR included) over
the pages it covers, and, when installed, pdfplumber's and camelot's (lattice)
accuracy and s/page on the same text PDFs. The peers are benchmark peers only,
not dependencies; they do not join tables across pages.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pymupdf  # noqa: E402

from tests.corpus.cells import cell_accuracy, truth_tables  # noqa: E402
from tests.corpus.truth import STEMS, load_truth  # noqa: E402
from workbench.pipeline import parse_file  # noqa: E402


def ours(path: Path) -> tuple[list[dict], float, int]:
    start = time.perf_counter()
    result = parse_file(path).to_json()
    seconds = time.perf_counter() - start
    tables = [table for doc in result["documents"] for table in doc["tables"]]
    return tables, seconds, result["sources"][0]["pages"]


def _grid_to_json(page_number: int, bbox, rows: list[list]) -> dict:
    cells = [{"row": r, "col": c, "text": text or ""} for r, row in enumerate(rows) for c, text in enumerate(row)
             if text is not None]
    return {"page": page_number, "bbox": list(bbox), "cells": cells}


def pdfplumber_tables(path: Path) -> tuple[list[dict], float, int] | None:
    try:
        import pdfplumber
    except ImportError:
        return None
    start = time.perf_counter()
    tables = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for found in page.find_tables():
                tables.append(_grid_to_json(page.page_number, found.bbox, found.extract()))
        pages = len(pdf.pages)
    return tables, time.perf_counter() - start, pages


def camelot_tables(path: Path) -> tuple[list[dict], float, int] | None:
    try:
        import camelot
    except ImportError:
        return None
    start = time.perf_counter()
    found = camelot.read_pdf(str(path), pages="all", flavor="lattice")
    tables = []
    for table in found:
        page = int(table.page)
        height = pymupdf.open(path)[page - 1].rect.height
        x0, y0, x1, y1 = table._bbox  # PDF coordinates, origin bottom-left
        rows = table.df.values.tolist()
        tables.append(_grid_to_json(page, (x0, height - y1, x1, height - y0), rows))
    with pymupdf.open(path) as doc:
        pages = doc.page_count
    return tables, time.perf_counter() - start, pages


def line(name: str, truth: list[dict], measured) -> str:
    if measured is None:
        return f"  {name:22} not installed"
    tables, seconds, pages = measured
    counted, total, found = cell_accuracy(truth, tables)
    return (f"  {name:22} cells {counted:4d}/{total:4d} = {counted / max(total, 1):6.1%}   "
            f"tables matched {found}/{len(truth)}   {seconds / max(pages, 1):.3f} s/page")


def text_tables_line(path: Path) -> str:
    """How many tables the text source gives, by how sure the reading is (no truth to score them)."""
    tables = [t for doc in parse_file(path).documents for t in doc.tables]
    counts = {level: sum(1 for t in tables if t.confidence == level) for level in ("high", "medium", "low")}
    return f"  text source            tables {len(tables)} (high {counts['high']}, medium {counts['medium']}, low {counts['low']})"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0] if args else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    for stem in STEMS:
        truth = load_truth(corpus, stem)
        expected = truth_tables(truth)
        if not expected:
            print(f"{stem}: no drawn tables in the truth")
            print(text_tables_line(corpus / f"{stem}.txt"))
            continue
        pdf = corpus / f"{stem}.pdf"
        print(f"{stem}: {len(expected)} logical tables, {sum(len(t['cells']) for t in expected)} cells with text")
        print(text_tables_line(corpus / f"{stem}.txt"))
        print(line("workbench (text PDF)", expected, ours(pdf)))
        print(line("pdfplumber", expected, pdfplumber_tables(pdf)))
        print(line("camelot lattice", expected, camelot_tables(pdf)))
        if "--no-scans" not in sys.argv:
            scanned = truth_tables(truth, truth["scan"]["pages"])
            print(line("workbench (scan, OCR)", scanned, ours(corpus / f"{stem}.scan.pdf")))


if __name__ == "__main__":
    main()
