"""The corpus scans parsed, and their text PDFs cut to the same pages, for comparison."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pymupdf

from tests.corpus.gold import number_key
from tests.corpus.truth import load_truth
from workbench.pipeline import parse_file


class MemoryCache:
    """An OCR cache in a dict (tests and benchmarks recognise each page once per run)."""

    def __init__(self):
        self.entries: dict[str, dict] = {}

    def get(self, image_sha256: str) -> dict | None:
        return self.entries.get(image_sha256)

    def put(self, image_sha256: str, data: dict) -> None:
        self.entries[image_sha256] = data


def parse_scan(corpus: Path, stem: str, cache: MemoryCache | None = None) -> dict:
    return parse_file(corpus / f"{stem}.scan.pdf", cache=cache).to_json()


def parse_text_pages(corpus: Path, stem: str) -> dict:
    """The text PDF cut to the pages the scan covers, parsed."""
    pages = load_truth(corpus, stem)["scan"]["pages"]
    with pymupdf.open(corpus / f"{stem}.pdf") as doc, tempfile.TemporaryDirectory() as folder:
        doc.select([number - 1 for number in pages])
        path = Path(folder) / f"{stem}.pages.pdf"
        doc.save(path)
        return parse_file(path).to_json()


def gold_on_scan(corpus: Path, stem: str, gold: list[dict]) -> list[dict]:
    """Gold documents whose 文号 line is printed on a page the scan covers."""
    truth = load_truth(corpus, stem)
    covered = set(truth["scan"]["pages"])
    return [doc for doc in gold if set(truth["seed_line_pages"].get(str(doc["docno_line"]), [])) & covered]


def same_documents(scan: dict, text: dict) -> tuple[list[str], list[str]]:
    """文号 of the documents each side found (sorted), to compare."""
    return (sorted(number_key(d["doc_number"]) for d in scan["documents"]),
            sorted(number_key(d["doc_number"]) for d in text["documents"]))
