"""OCR accuracy and speed on every corpus scan, with Tesseract beside it in the same run.

Usage: python tests/bench/ocr.py [CORPUS] [--pages N] [--param KEY=VALUE ...] [--width-scale F]
(``--param`` tries an engine setting, e.g. ``Rec.rec_batch_num=6``, and ``--width-scale`` the width the
recogniser reads line crops at (``ocr_engine.WIDTH_SCALE``, 1 = full width).)

Per scan (each seed's, then the harsher ``STEM.harsh.scan.pdf``), whitespace removed throughout:
- **CER whole**: what ``workbench text`` prints for each page against the truth page's body lines, the text of
  every truth table cell taken out of our page where it stands exactly (a misread cell stays in and counts, as
  do a misplaced line and a lost one). Floor: a one-character cell (a 序号) is taken out wherever it first occurs.
- **CER text pages**: the same on the pages with no table, beside Tesseract's on those pages.
- **s/page**: the scan's pages recognised two at a time, one core each, as an import reads them (rendering
  included); Tesseract 5 (Debian tesseract-ocr + chi_sim, ``--psm 3``, ``OMP_THREAD_LIMIT=1``) on the same page
  images, two at a time, in the same run; and the ratio of the two times.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import pymupdf  # noqa: E402

from tests.corpus.cer import norm, page_errors, truth_body  # noqa: E402
from tests.corpus.truth import STEMS, load_truth  # noqa: E402
from workbench import limits  # noqa: E402
from workbench.ingest import ocr, ocr_engine, ocr_workers, read_source  # noqa: E402
from workbench.ingest.ocr import engine_version  # noqa: E402
from workbench.ingest.raster import page_image  # noqa: E402
from workbench.ingest.recognition import recognise_pages  # noqa: E402
from workbench.parse.layout import lay_out  # noqa: E402
from workbench.parse.tables import place_ruled_tables  # noqa: E402
from workbench.reading.render import render_page  # noqa: E402


def tesseract_version() -> str | None:
    if not shutil.which("tesseract"):
        return None
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    if "chi_sim" not in out.stdout:
        return None
    return subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0]


def tesseract_page(image: Path) -> str:
    out = subprocess.run(["tesseract", str(image), "stdout", "-l", "chi_sim", "--psm", "3"],
                         capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    return out.stdout


def without_cells(ours: str, truth_page: dict) -> str:
    """Our page text, whitespace removed, with each truth cell's text taken out where it stands exactly."""
    text = norm(ours)
    cells = [norm(cell["text"]) for table in truth_page["tables"] for cell in table["cells"] if cell.get("text")]
    for cell in sorted(cells, key=len, reverse=True):
        at = text.find(cell)
        if at >= 0:
            text = text[:at] + text[at + len(cell):]
    return text


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
        ocr._PARAMS[key] = type(ocr._PARAMS[key])(value) if key in ocr._PARAMS else _number_or_text(value)
        print("trying:", key, "=", ocr._PARAMS[key])
    if tried or "--width-scale" in sys.argv:  # the reading workers are other processes: they start with the same
        ocr_workers._budget = limits.current().memory_mb
        ocr_workers._executor = ProcessPoolExecutor(
            max_workers=ocr.CORES, mp_context=multiprocessing.get_context("spawn"), initializer=_tried_worker,
            initargs=(dict(ocr._PARAMS), ocr_engine.WIDTH_SCALE, ocr_workers._budget))
    return args, limit


def _number_or_text(value: str) -> int | float | str:
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def _tried_worker(params: dict, width_scale: float, budget_mb: float) -> None:
    """A reading worker with the settings tried (``--param``, ``--width-scale``)."""
    ocr._PARAMS.update(params)
    ocr_engine.WIDTH_SCALE = width_scale
    ocr_workers._prepare_worker(budget_mb)


def main() -> None:
    args, limit = _apply_settings()
    corpus = Path(args[0] if args else os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    tesseract = tesseract_version()
    print("engine:", engine_version())
    print("peer:  ", tesseract or "tesseract with chi_sim not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)")
    ocr_workers.warm_up()  # the workers' models loaded before timing
    print(f"{'scan':28} {'pages':>5} {'CER whole':>9} {'CER text pages':>14} {'tess CER text pages':>19} "
          f"{'s/page':>7} {'tess s/page':>11} {'time ÷ tess':>11}")
    totals = {"ours": 0.0, "tess": 0.0, "errors": 0, "chars": 0, "plain": 0, "plain_chars": 0, "tess_plain": 0}
    scans = [(stem, stem, "scan") for stem in STEMS]
    scans += [(f"{stem}.harsh", stem, "harsh.scan") for stem in STEMS if (corpus / f"{stem}.harsh.scan.pdf").exists()]
    for label, stem, kind in scans:
        path = corpus / f"{stem}.{kind}.pdf"
        truth = load_truth(corpus, label)
        truth_pages = [truth["pages"][n - 1] for n in truth["scan"]["pages"]]
        source = read_source(path)
        count = min(limit or len(source.pages), len(source.pages))
        for page in source.pages[count:]:
            page.needs_ocr = False
        began = time.perf_counter()
        recognise_pages(source)
        ours = time.perf_counter() - began
        laid = place_ruled_tables(lay_out(source))
        tess_texts, tess = _tesseract(path, count) if tesseract else ([], 0.0)
        errors = chars = plain = plain_chars = tess_plain = 0
        for index, (page, truth_page) in enumerate(zip(laid.pages[:count], truth_pages)):
            expected = norm(truth_body(truth_page))
            e, n = page_errors(without_cells(render_page(page), truth_page), expected)
            errors, chars = errors + e, chars + n
            if not truth_page["tables"]:
                plain, plain_chars = plain + e, plain_chars + n
                if tesseract:
                    tess_plain += page_errors(tess_texts[index], expected)[0]
        for key, value in (("ours", ours), ("tess", tess), ("errors", errors), ("chars", chars), ("plain", plain),
                           ("plain_chars", plain_chars), ("tess_plain", tess_plain)):
            totals[key] += value
        row = (f"{label:28} {count:5d} {errors / max(chars, 1):9.2%} {plain / max(plain_chars, 1):14.2%} "
               f"{(f'{tess_plain / max(plain_chars, 1):.2%}' if tesseract else '—'):>19} {ours / count:7.2f}")
        if tesseract:
            row += f" {tess / count:11.2f} {ours / tess:10.2f}×"
        print(row, flush=True)
    print(f"all scans: CER whole {totals['errors'] / max(totals['chars'], 1):.2%}, text pages "
          f"{totals['plain'] / max(totals['plain_chars'], 1):.2%}", end="")
    if tesseract:
        print(f" (Tesseract {totals['tess_plain'] / max(totals['plain_chars'], 1):.2%}); "
              f"time ÷ Tesseract's {totals['ours'] / totals['tess']:.2f}×")
    else:
        print()


def _tesseract(path: Path, count: int) -> tuple[list[str], float]:
    """Tesseract's text of the first ``count`` page images (the images our reading renders), two pages at a
    time, and the seconds it took."""
    with tempfile.TemporaryDirectory() as folder, pymupdf.open(path) as doc:
        images = []
        for index in range(count):
            image = Path(folder) / f"{index}.png"
            cv2.imwrite(str(image), page_image(doc[index])[0])
            images.append(image)
        began = time.perf_counter()
        with ThreadPoolExecutor(2) as pool:
            texts = list(pool.map(tesseract_page, images))
        return texts, time.perf_counter() - began


if __name__ == "__main__":
    main()
