"""OCR on another publisher's documents in another typeface and layout: the real 公文 texts typeset and scanned.

Usage: python tests/bench/ocr_other_print.py [REAL]   (REAL: ../shared/real, plain texts of gov.cn pages)
Each text is set on A4 in one column inside GB/T 9704's text area (title lines at 22 pt, the rest at 16 pt,
paragraphs indented two characters) in PyMuPDF's built-in CJK font — a sans face no corpus scan is printed in —
and printed twice as a scanner would leave it: 200 dpi (turned ≤ 0.5°, light blur and grain, JPEG 85) and 150 dpi
harsh (≤ 1.5°, more blur and grain, JPEG 50). Each printing is read as ``workbench text`` reads a file (the OCR
workers, pages side by side) and compared with the source text, whitespace removed: CER per file and in all,
and seconds per page. Targets (issue 31): ≤ 2% on the 200-dpi printing, ≤ 3% on the harsh one.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from tests.corpus.cer import norm  # noqa: E402
from workbench.ingest import ocr_workers  # noqa: E402
from workbench.mupdf import pymupdf  # noqa: E402
from workbench.parse.tables import place_ruled_tables  # noqa: E402
from workbench.pipeline import read_laid_out  # noqa: E402
from workbench.reading.render import render_text  # noqa: E402

MM = 72 / 25.4
PRINTINGS = {  # name: (dpi, largest turn in degrees, blur sigma, grain sigma, JPEG quality)
    "200 dpi": (200, 0.5, 0.6, 3.0, 85),
    "150 dpi harsh": (150, 1.5, 0.8, 8.0, 50),
}


def typeset(text: str, path: Path) -> Path:
    """``text`` (a line per paragraph; its first short lines a title) set on A4 pages at ``path``."""
    font = pymupdf.Font("china-s")
    left, top, width, bottom = 28 * MM, 37 * MM, 156 * MM, (297 - 35) * MM
    doc = pymupdf.open()
    page, y = doc.new_page(width=595, height=842), top
    for number, paragraph in enumerate(line.replace("\t", "　") for line in text.splitlines()):
        if not paragraph.strip():
            continue
        title = number < 3 and len(paragraph) < 30
        size = 22 if title else 16
        rows, row = [], "" if title or number < 4 else "　　"
        for char in paragraph:
            if font.text_length(row + char, size) > width:
                rows.append(row)
                row = ""
            row += char
        rows.append(row)
        for row in rows:
            if y + size * 1.75 > bottom:
                page, y = doc.new_page(width=595, height=842), top
            x = left + (width - font.text_length(row, size)) / 2 if title else left
            writer = pymupdf.TextWriter(page.rect)
            writer.append((x, y + size), row, font=font, fontsize=size)
            writer.write_text(page)
            y += size * 1.75
    doc.save(path)
    return path


def printed(source: Path, path: Path, dpi: int, turn: float, blur: float, grain: float, quality: int,
            seed: int = 5) -> Path:
    """``source``'s pages as an image-only PDF at ``path``, scanned at ``dpi`` and worn as the arguments say."""
    rng = np.random.default_rng(seed)
    scan = pymupdf.open()
    with pymupdf.open(source) as doc:
        for page in doc:
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            gray = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).astype(np.float32)
            matrix = cv2.getRotationMatrix2D((pix.width / 2, pix.height / 2), rng.uniform(-turn, turn), 1.0)
            gray = cv2.GaussianBlur(cv2.warpAffine(gray, matrix, (pix.width, pix.height), borderValue=255), (0, 0), blur)
            gray = np.clip(gray + rng.normal(0, grain, gray.shape), 0, 255).astype(np.uint8)
            image = cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, quality])[1].tobytes()
            new = scan.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, stream=image)
    scan.save(path)
    return path


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    real = Path(args[0] if args else os.environ.get("WORKBENCH_REAL", ROOT.parent / "shared" / "real"))
    texts = sorted(real.glob("*.txt"))
    if not texts:
        sys.exit(f"no texts in {real}")
    ocr_workers.warm_up()
    with tempfile.TemporaryDirectory() as folder:
        for name, wear in PRINTINGS.items():
            errors = chars = pages = 0
            seconds = 0.0
            print(f"{name:54} {'pages':>5} {'CER':>6}")
            for path in texts:
                truth = norm(path.read_text(encoding="utf-8"))
                scan = printed(typeset(path.read_text(encoding="utf-8"), Path(folder) / "set.pdf"),
                               Path(folder) / f"{path.stem}.pdf", *wear)
                start = time.perf_counter()
                text = render_text(place_ruled_tables(read_laid_out(str(scan))))
                seconds += time.perf_counter() - start
                count = pymupdf.open(scan).page_count
                error = Levenshtein.distance(norm(text.replace("\f", "")), truth)
                errors, chars, pages = errors + error, chars + len(truth), pages + count
                print(f"  {path.stem[:52]:52} {count:5} {error / len(truth):6.2%}")
            print(f"  all: CER {errors / chars:.2%} over {pages} pages, {seconds / pages:.2f} s/page")


if __name__ == "__main__":
    main()
