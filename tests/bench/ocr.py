"""OCR accuracy and speed on every corpus scan, with Tesseract as a benchmark peer.

Usage: python tests/bench/ocr.py [CORPUS] [--pages N] [--param KEY=VALUE ...] [--width-scale F]
(``--param`` tries an engine setting, e.g. ``Det.limit_side_len=960``, and ``--width-scale`` the width the
recogniser reads line crops at (``ocr_engine.WIDTH_SCALE``, 1 = full width), for the pages read one at a time
here; the side-by-side column still uses the workbench's settings.)
Prints the engine and model versions; per scan (each seed's, then the harsher scans
``STEM.harsh.scan.pdf`` against ``STEM.harsh.truth.json``) the character error rate (CER,
whitespace removed, table cells and running headers/footers left out of both
sides, as the corpus README says), the median seconds per page recognised one at
a time (both cores on the page), and the seconds per page of the whole scan as an
import reads it (pages side by side, a core each); then the
same for Tesseract (Debian tesseract-ocr + chi_sim) on the same page images,
when it is installed. Tesseract has no notion of table cells, so its CER is
given on the pages without tables, beside ours on the same pages.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import pymupdf  # noqa: E402

from tests.corpus.cer import our_body, page_errors, truth_body  # noqa: E402
from tests.corpus.truth import STEMS, load_truth  # noqa: E402
from workbench.ingest import (  # noqa: E402
    ocr,
    ocr_engine,
    ocr_workers,
    read_source,
)
from workbench.ingest.ocr import engine_version, ocr_page, warm_up  # noqa: E402
from workbench.ingest.raster import page_image  # noqa: E402
from workbench.ingest.recognition import recognise_pages  # noqa: E402
from workbench.model import Page, Source  # noqa: E402
from workbench.parse.layout import lay_out  # noqa: E402


def tesseract_version() -> str | None:
    if not shutil.which("tesseract"):
        return None
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    if "chi_sim" not in out.stdout:
        return None
    return subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0]


def tesseract_page(gray) -> tuple[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        image = Path(folder) / "page.png"
        cv2.imwrite(str(image), gray)
        start = time.perf_counter()
        out = subprocess.run(["tesseract", str(image), "stdout", "-l", "chi_sim", "--psm", "3"],
                             capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "2"})
        return out.stdout, time.perf_counter() - start


def _apply_settings() -> tuple[list[str], int | None]:
    """The positional arguments and ``--pages`` limit; ``--param KEY=VALUE`` and ``--width-scale`` applied."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    limit = int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else None
    if limit is not None:
        args = [a for a in args if a != str(limit)]
    tried = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == "--param"]
    args = [a for a in args if a not in tried]
    if "--width-scale" in sys.argv:
        scale = sys.argv[sys.argv.index("--width-scale") + 1]
        args.remove(scale)
        ocr_engine.WIDTH_SCALE = float(scale)
        print("trying: width scale =", ocr_engine.WIDTH_SCALE)
    for setting in tried:
        key, _, value = setting.partition("=")
        ocr._PARAMS[key] = type(ocr._PARAMS.get(key, value))(value) if key in ocr._PARAMS else float(value)
        print("trying:", key, "=", ocr._PARAMS[key])
    return args, limit


def main() -> None:
    args, limit = _apply_settings()
    corpus = Path(args[0] if args else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    tesseract = tesseract_version()
    print("engine:", engine_version())
    print("peer:  ", tesseract or "tesseract with chi_sim not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)")
    warm_up()  # load the models before timing, here (pages one at a time) and in the workers (side by side)
    ocr_workers.warm_up()
    header = (f"{'scan':30} {'pages':>5} {'CER':>7} {'s/page':>7} {'s/page 2-up':>11} {'CER text-only':>14}")
    if tesseract:
        header += f" {'tess CER text-only':>19} {'tess s/page':>11} {'time ÷ tess':>11}"
    print(header)
    all_times: list[float] = []
    all_tess: list[float] = []
    all_side_by_side: list[tuple[float, int]] = []
    scans = [(stem, stem, "scan") for stem in STEMS]
    scans += [(f"{stem}.harsh", stem, "harsh.scan") for stem in STEMS if (corpus / f"{stem}.harsh.scan.pdf").exists()]
    for label, stem, kind in scans:
        truth = load_truth(corpus, label)
        truth_pages = [truth["pages"][n - 1] for n in truth["scan"]["pages"]]
        doc = pymupdf.open(corpus / f"{stem}.{kind}.pdf")
        count = min(limit or doc.page_count, doc.page_count)
        pages, times, tess_text, tess_times = [], [], [], []
        for index in range(count):
            start = time.perf_counter()
            result = ocr_page(doc[index])
            times.append(time.perf_counter() - start)
            rect = doc[index].rect
            pages.append(Page(number=index + 1, lines=result.lines, rules=result.rules, width=rect.width,
                              height=rect.height, ocr=True, skew=result.skew))
            if tesseract:
                text, seconds = tesseract_page(page_image(doc[index])[0])
                tess_text.append(text)
                tess_times.append(seconds)
        laid = lay_out(Source(path=str(corpus / f"{stem}.{kind}.pdf"), sha256="", kind="pdf", pages=pages))
        whole = read_source(corpus / f"{stem}.{kind}.pdf")
        for page in whole.pages[count:]:
            page.needs_ocr = False
        start = time.perf_counter()
        recognise_pages(whole)
        side_by_side = (time.perf_counter() - start) / count
        all_side_by_side.append((side_by_side, count))
        errors = total = plain_errors = plain_total = tess_errors = 0
        for page, truth_page, index in zip(laid.pages, truth_pages, range(count)):
            e, n = page_errors(our_body(page), truth_body(truth_page))
            errors, total = errors + e, total + n
            if not truth_page["tables"]:
                plain_errors, plain_total = plain_errors + e, plain_total + n
                if tesseract:
                    tess_errors += page_errors(tess_text[index], truth_body(truth_page))[0]
        all_times += times
        row = (f"{label:30} {count:5d} {errors / total:7.2%} {statistics.median(times):7.2f} {side_by_side:11.2f} "
               f"{plain_errors / max(plain_total, 1):14.2%}")
        if tesseract:
            all_tess += tess_times
            row += (f" {tess_errors / max(plain_total, 1):19.2%} {statistics.median(tess_times):11.2f}"
                    f" {sum(times) / sum(tess_times):10.2f}×")
        print(row)
    print(f"median s/page over all pages, one page at a time on both cores: {statistics.median(all_times):.2f}")
    if all_tess:
        print(f"time ÷ Tesseract's over all pages, same images, same run: {sum(all_times) / sum(all_tess):.2f}×")
    per_page = [seconds for seconds, count in all_side_by_side for _ in range(count)]
    print(f"median s/page over all pages, a whole scan with pages side by side (one core each): "
          f"{statistics.median(per_page):.2f}")


if __name__ == "__main__":
    main()
