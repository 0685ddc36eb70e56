"""Proofreading against the corpus: recall of the errors put in, false findings, findings on clean seeds, speed.

Usage: python tests/bench/proof.py [CORPUS]
For each ``STEM.defects.{txt,pdf}`` it prints how many of the errors listed in
``STEM.defects.json`` are reported in the right category at the right line (text) or
page (PDF), and the findings that are new against the clean file (``STEM.txt`` /
``STEM.pdf``) and match no error put in. For every clean seed it prints findings per
document. Then proofreading time per page beside parse time per page (median of 5 runs).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.corpus.proof import CATEGORY_OF, defect_hit, new_findings  # noqa: E402
from workbench.pipeline import parse_file  # noqa: E402
from workbench.proof.rules import proofread  # noqa: E402


def timed_proof(path: Path, runs: int = 1):
    """Parse and proofread ``path``; the times are the median of ``runs`` runs (the machine is shared)."""
    parse_times, proof_times = [], []
    for _ in range(runs):
        began = time.perf_counter()
        result = parse_file(path)
        parse_times.append(time.perf_counter() - began)
        began = time.perf_counter()
        findings = proofread(result)
        proof_times.append(time.perf_counter() - began)
    pages = max(1, sum(len(source.pages) for source in result.sources))
    return result, findings, statistics.median(parse_times), statistics.median(proof_times), pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus")))
    corpus = parser.parse_args().corpus
    proofread(parse_file(next(corpus.glob("*.txt"))))  # jieba's dictionary, loaded once per process
    print(f"{'variant':<44} {'recall':>8} {'false':>6}  missed")
    totals = Counter()
    for listing in sorted(corpus.glob("*.defects.json")):
        stem = listing.name[: -len(".defects.json")]
        defects = json.loads(listing.read_text(encoding="utf-8"))
        for suffix in (".txt", ".pdf"):
            _, clean, *_ = timed_proof(corpus / f"{stem}{suffix}")
            _, found, *_ = timed_proof(corpus / f"{stem}.defects{suffix}")
            paged = suffix == ".pdf"
            hits = [defect for defect in defects if defect_hit(defect, found, paged)]
            false = new_findings(found, clean, defects, paged)
            missed = [f"{d['kind']}@{d['seed_line']}" for d in defects if d not in hits]
            totals["errors"] += len(defects)
            totals["hits"] += len(hits)
            print(f"{stem + '.defects' + suffix:<44} {len(hits):>3}/{len(defects):<4} {len(false):>6}  "
                  f"{', '.join(missed) or '—'}")
            for finding in false:
                print(f"    new: {finding.rule} p{finding.page} l{finding.line} {finding.text!r}")
    print(f"{'all variants':<44} {totals['hits'] / max(1, totals['errors']):>8.0%}")
    print(f"\n{'clean file':<44} {'docs':>5} {'findings':>9} {'per doc':>8} {'parse s/p':>10} {'proof s/p':>10} {'ratio':>6}")
    for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.pdf")):
        if ".defects." in path.name or ".gb18030." in path.name or ".scan." in path.name:
            continue
        result, found, parsed, proofed, pages = timed_proof(path, runs=5)
        docs = max(1, len(result.documents))
        print(f"{path.name:<44} {len(result.documents):>5} {len(found):>9} {len(found) / docs:>8.1f} "
              f"{parsed / pages:>10.4f} {proofed / pages:>10.4f} {proofed / max(parsed, 1e-9):>6.2f}")
    print(f"\nCATEGORY_OF: {CATEGORY_OF}")
    families(corpus)


FAMILY_CATEGORY = {"typo": ("wording", "typo"), "de": ("de",), "placeholder": ("placeholder",),
                   "privacy": ("privacy",), "division": ("division",), "repeat_sentence": ("sentence",),
                   "name_variant": ("name",), "traditional": ("traditional",), "redundancy": ("redundancy",),
                   "fullwidth_digits": ("width",)}
CATEGORIES = {category for categories in FAMILY_CATEGORY.values() for category in categories} | {"variant"}


def _on_the_injection(finding, error: dict) -> bool:
    """The corpus README's PDF rule: within a page of the error, the flagged text overlapping what was put in."""
    put_in = error["injected"].replace(" ", "") or error["expected"]
    text = (finding.text or "").replace(" ", "")
    return (finding.page is not None and any(abs(finding.page - page) <= 1 for page in error["pages"]) and bool(text)
            and (text in put_in or put_in in text or any(put_in[i:i + 2] in text for i in range(len(put_in) - 1))))


def families(corpus: Path) -> None:
    """Recall per family of the wording errors put into ``STEM.typos.txt`` (a finding of its category on its
    line) and ``STEM.typos.pdf`` (the corpus README's rule: a finding new against the clean PDF on the error's
    page, its text overlapping what was put in), and the findings of those categories, error or warning, per document on clean text (the seeds and
    ``shared/real``), with the time of an issue of 40 documents."""
    hits: Counter = Counter()
    pdf_hits: Counter = Counter()
    totals: Counter = Counter()
    pdf_false = 0
    for listing in sorted(corpus.glob("*.typos.json")):
        stem = listing.name[: -len(".typos.json")]
        errors = json.loads(listing.read_text(encoding="utf-8"))
        found = proofread(parse_file(corpus / f"{stem}.typos.txt"))
        for error in errors:
            totals[error["family"]] += 1
            hits[error["family"]] += any(f.category in FAMILY_CATEGORY[error["family"]] and f.line == error["line"]
                                         for f in found)
        flagged_clean = {(f.rule, f.text) for f in proofread(parse_file(corpus / f"{stem}.pdf"))}
        new = [f for f in proofread(parse_file(corpus / f"{stem}.typos.pdf")) if (f.rule, f.text) not in flagged_clean]
        matched = set()
        for error in errors:
            on_it = [f for f in new if _on_the_injection(f, error)]
            pdf_hits[error["family"]] += bool(on_it)
            matched.update(id(f) for f in on_it)
        pdf_false += sum(id(f) not in matched for f in new)
    print(f"\n{'family (typos files)':<24} {'text':>8} {'PDF':>8}")
    for family in sorted(totals):
        print(f"{family:<24} {hits[family]:>3}/{totals[family]:<4} {pdf_hits[family]:>3}/{totals[family]:<4}")
    print(f"new findings on the typos PDFs that match no error put in: {pdf_false}")
    clean = [p for p in sorted(corpus.glob("0*_????????????????.txt"))] + sorted((corpus.parent / "real").glob("*.txt"))
    documents, false, notes = 0, Counter(), Counter()
    for path in clean:
        result = parse_file(path)
        documents += len(result.documents)
        for finding in proofread(result):
            if finding.category in CATEGORIES:
                (notes if finding.severity.value == "info" else false)[finding.category] += 1
    print(f"clean text: {documents} documents, errors and warnings of these families { {str(k): v for k, v in false.items()} }, "
          f"{sum(false.values()) / max(1, documents):.2f} per document; notes (提示) { {str(k): v for k, v in notes.items()} }, "
          f"{sum(notes.values()) / max(1, documents):.2f} per document")
    text = "\n".join((corpus / "003_63a411c4bd2a61c6.txt").read_text(encoding="utf-8").splitlines() * 5)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "issue.txt"
        path.write_text(text, encoding="utf-8")
        result = parse_file(path)
        began = time.perf_counter()
        proofread(result)
        print(f"an issue of {len(result.documents)} documents proofread in {time.perf_counter() - began:.2f} s")


if __name__ == "__main__":
    main()
