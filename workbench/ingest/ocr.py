"""OCR of scanned pages with RapidOCR and the PP-OCR ONNX models inside its wheel.

In: a PyMuPDF page with no usable text layer. Out: an ``OcrPage``: the page's
lines (text, box in PDF points on the page as scanned, line confidence and one
confidence per character), the ruled lines seen in the image, the skew that was
corrected and the page image's SHA-256 (the cache key). Nothing is downloaded:
the models are the ones the ``rapidocr`` package installs, the line detector
and the recogniser quantised to 8 bits from them
(``resources/models``, made by ``packaging/quantise_models.py``).
"""
from __future__ import annotations

import functools
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

import numpy as np

from workbench.ingest import number_stops, stray_marks
from workbench.ingest.deskew import is_sideways, straighten
from workbench.ingest.image_rules import rules_from_image
from workbench.ingest.raster import page_image
from workbench.ingest.sharpness import edge_sharpness
from workbench.model import DOUBTFUL, BBox, Line
from workbench.mupdf import pymupdf
from workbench.parse.regions import table_regions

MODELS = Path(__file__).resolve().parents[2] / "resources" / "models"
DETECTION_SIDE = 960  # pixels on the longer side of the image the detector sees (scans of 180 dpi and more)
_PARAMS = {
    "Global.log_level": "error",
    # the line detector quantised to 8 bits (packaging/quantise_models.py): half its time, the same lines found
    "Det.model_path": str(MODELS / "PP-OCRv6_det_small.int8.onnx"),
    "Global.use_cls": False,  # whole-page orientation is handled before recognition
    # no arena for the wheel's recogniser (lines of every width: its arena kept growing); the detector and the 8-bit
    # recogniser have theirs (ocr_engine)
    "EngineConfig.onnxruntime.enable_cpu_mem_arena": False,
    # detect lines on a reduced image (10 pt text stays about 11 px tall at 150-200 dpi); recognise from the full one
    "Det.limit_type": "max",
    # 960 px: 1.28× Tesseract 5's time against 1.56× at 1280 (full-width line crops), CER the same or lower
    "Det.limit_side_len": DETECTION_SIDE,
    # lines are read narrowed to two thirds of their width (ocr_engine); a batch of short ones is padded to 160 px, not 320
    "Rec.rec_img_shape": [3, 48, 160],
    # one line at a time: no padding to the widest of a batch — 0.87–0.91× Tesseract's time against 0.96–1.00× in
    # batches of six, and the padding no longer shifts what is read (CER 0.22% against 0.24%, tests/bench/ocr.py)
    "Rec.rec_batch_num": 1,
}
# lines read by the recogniser quantised to 8 bits (packaging/quantise_models.py), a low-resolution scan's short ones
# by the wheel's (page_reading). At first long lines only:
# 0.82× → 0.71× Tesseract's time, CER the same (tests/bench/ocr.py); its convolutions alone quantised, GELUs fused,
# from eight line heights: 0.74× → 0.62×; every line of a scan of 180 dpi and more: 0.59× → 0.52×; its classifier
# quantised too (dynamically) and its memory arena on: 0.55× → 0.48×, CER the same
FAST_RECOGNISER: str | None = str(MODELS / "PP-OCRv6_rec_small.int8.onnx")
# what a page's reading holds, by the workbench's own steps (models, narrowing, second looks, marks): raised whenever
# they change it, so that the OCR cache reads a page again rather than give what an earlier program read
READING = 2
_Read = tuple[str, np.ndarray, float, tuple[float, ...]]  # a line: text, quad on the image, confidence, per character
_LOW_CONFIDENCE = 0.75
LOW_RESOLUTION_DPI, BLURRED_BELOW = 180, 0.21  # a poor scan: below this resolution, or its ink's edges this soft
POOR_SCAN_SIDE = 1280  # a poor scan is detected at this size
POOR_SCAN_MARGIN = 0.15  # and its short lines read with this much blank paper each side, in line heights
_MARK_CONFIDENCE = 0.6  # a lone mark the detector missed, read alone
CORES = max(1, os.cpu_count() or 1)


@dataclass
class OcrPage:
    lines: list[Line]
    rules: list[BBox] = field(default_factory=list)
    image_sha256: str = ""
    skew: float = 0.0

    def to_json(self) -> dict:
        return {
            "lines": [
                {"text": l.text, "bbox": list(l.bbox or ()), "confidence": l.confidence,
                 "char_confidence": list(l.char_confidence or ())}
                for l in self.lines
            ],
            "rules": [list(rule) for rule in self.rules],
            "skew": self.skew,
        }

    @classmethod
    def from_json(cls, data: dict, image_sha256: str) -> OcrPage:
        lines = [
            Line(text=l["text"], bbox=tuple(l["bbox"]), confidence=l["confidence"],
                 char_confidence=tuple(l["char_confidence"]) or None)
            for l in data["lines"]
        ]
        return cls(lines=lines, rules=[tuple(r) for r in data["rules"]], image_sha256=image_sha256, skew=data["skew"])


def doubtful_characters(page: OcrPage, threshold: float = DOUBTFUL) -> list[tuple[str, float, BBox]]:
    """(character, confidence, box) of every recognised character below ``threshold``.

    The engine gives a confidence per character but a box per line; a character's
    box is its share of the line's width (CJK text is set on an even pitch).
    """
    found = []
    for line in page.lines:
        scores = line.char_confidence or ()
        if not scores or len(scores) != len(line.text) or line.bbox is None:
            continue
        x0, y0, x1, y1 = line.bbox
        pitch = (x1 - x0) / len(line.text)
        for index, (char, score) in enumerate(zip(line.text, scores)):
            if score < threshold and not char.isspace():
                found.append((char, score, (x0 + index * pitch, y0, x0 + (index + 1) * pitch, y1)))
    return found


class _EnginePool:
    """RapidOCR instances by thread count, each used by one page at a time.

    Loading the models takes a moment, so instances are kept for the process.
    """

    def __init__(self):
        self._free: dict[int, list] = {}
        self._lock = threading.Lock()

    @contextmanager
    def take(self, threads: int):
        with self._lock:
            free = self._free.setdefault(threads, [])
            instance = free.pop() if free else None
        if instance is None:
            from workbench.ingest.ocr_engine import NarrowLineOCR

            instance = NarrowLineOCR({**_PARAMS, "EngineConfig.onnxruntime.intra_op_num_threads": threads,
                                      "EngineConfig.onnxruntime.inter_op_num_threads": 1}, fast_model=FAST_RECOGNISER)
        try:
            yield instance
        finally:
            with self._lock:
                self._free[threads].append(instance)


_POOL = _EnginePool()


def warm_up() -> None:
    """Load the models for one page at a time and for pages side by side (before timing)."""
    blank = np.full((64, 64), 255, dtype=np.uint8)
    with _POOL.take(CORES) as instance:
        instance(blank)
    with _POOL.take(1) as first, _POOL.take(1) as second:
        first(blank)
        second(blank)


@functools.cache
def engine_version() -> str:
    """``rapidocr X (PP-OCRv6 small …), onnxruntime Y, workbench reading N``: for reports, and what the OCR cache
    keeps beside each page it holds (a page read by another is read again)."""
    return (f"rapidocr {metadata.version('rapidocr')} (PP-OCRv6 small from the wheel; det and rec quantised "
            f"to int8 by the workbench), onnxruntime {metadata.version('onnxruntime')}, workbench reading {READING}")


class Reading(NamedTuple):
    """How a page is read: the longest side the detector sees it at, the margin a short line is read with, and
    whether it is a poor scan: its ruled tables' short lines read by the floating-point recogniser and its other
    short lines checked (read by the 8-bit one, and again by the floating-point one where it was in doubt) — a
    sharp scan's tables' short lines are checked, its others read by the 8-bit recogniser alone."""
    side: int
    margin: float
    poor: bool


@contextmanager
def _engine(threads: int, reading: Reading, image: np.ndarray, rules: list[BBox]):
    """An engine of the pool set to read ``image`` as ``reading`` says, the tables being those its ``rules``
    (pixels) make."""
    height, width = image.shape[:2]
    tables, whole = table_regions(rules), [(0.0, 0.0, float(width), float(height))]
    precise, checked = (tables, whole) if reading.poor else ([], tables)
    with _POOL.take(threads) as instance:
        instance.read_pages(reading.side, reading.margin, precise, checked)
        yield instance


def _recognise(image: np.ndarray, threads: int, reading: Reading) -> tuple[list[_Read], list[BBox]]:
    """The lines read on ``image`` and the rules seen on it (pixels)."""
    rules = rules_from_image(image, 1.0)
    with _engine(threads, reading, image, rules) as instance:
        result = instance(image, return_word_box=True, return_single_char_box=True)
    if result.txts is None:
        return [], rules
    lines: list[list[number_stops.Char]] = []
    for index, (text, score) in enumerate(zip(result.txts, result.scores)):
        words = result.word_results[index] if index < len(result.word_results) else ()
        read = [(char, float(confidence), column) for char, confidence, column in words or () if char]
        lines.append(read if len(read) == len(text) else [(char, float(score), None) for char in text])
    found = []
    for chars, quad, score in zip(number_stops.in_printed_width(lines), result.boxes, result.scores):
        found.append(("".join(char for char, _, _ in chars), np.asarray(quad, dtype=np.float64), float(score),
                      tuple(confidence for _, confidence, _ in chars)))
    return found, rules


def page_reading(points_per_pixel: float, image: np.ndarray) -> Reading:
    """How a page image of this scale is read. A poor scan — below ``LOW_RESOLUTION_DPI``, or blurred (its ink's
    ``edge_sharpness`` below ``BLURRED_BELOW``: sharp 200-dpi scans measure 0.25–0.32, the same pages printed
    blurred 0.14–0.19, and read like a 150-dpi one: 7.9/5.1% → 2.6/3.4% on two such printings of 003) — is
    detected on more pixels,
    whose small marks otherwise vanish (a table cell's 、 and ）: 13.6% → 6.5% on 150-dpi table pages, while
    200-dpi pages read worse at 1280), and its short lines read with a margin of blank paper, without which the
    recogniser drops a mark at a crop's edge (a cell line's leading ）, a final “: the table cells misread on
    three 150-dpi printings of 003's table pages 17 → 5, whole-command CER 6.6–16.1% → 1.4–11.9%; at 200 dpi the
    margin broke a cell of the shared 003 scan), those of its ruled tables by the floating-point recogniser (the
    8-bit one misread 7 cells there), its others by the 8-bit one and again where in doubt (all by the
    floating-point one: the same CER on every poor printing, the harsh 000 scan 0.55× → 0.50× Tesseract's time).
    Others: ``DETECTION_SIDE``, no margin, every line by the 8-bit recogniser, a ruled table's short lines read
    again by the floating-point one where a character came out in doubt (tests/bench/ocr.py)."""
    dpi = 72 / points_per_pixel
    if dpi < LOW_RESOLUTION_DPI or edge_sharpness(image, dpi) < BLURRED_BELOW:
        return Reading(POOR_SCAN_SIDE, POOR_SCAN_MARGIN, True)
    return Reading(DETECTION_SIDE, 0.0, False)


def _stray_marks(image: np.ndarray, found: list[_Read], threads: int, reading: Reading,
                 rules: list[BBox]) -> list[_Read]:
    """Lone punctuation marks the detector passed over (``stray_marks``), read by the recogniser one by one:
    kept where it reads one mark with some confidence."""
    places = stray_marks.candidates(image, [quad for _text, quad, _score, _chars in found])
    if not places:
        return []
    with _engine(threads, reading, image, rules) as instance:
        read = instance.read_crops([crop for crop, _quad in places], [quad for _crop, quad in places])
    kept: list[_Read] = []
    for (_crop, quad), text, score in zip(places, read.txts or (), read.scores):
        if len(text) == 1 and text in stray_marks.MARKS and score >= _MARK_CONFIDENCE:
            kept.append((text, quad, float(score), (float(score),)))
    return kept


def _mean_confidence(found) -> float:
    total = sum(len(text) for text, *_ in found)
    return sum(score * len(text) for text, _, score, _ in found) / total if total else 0.0


def ocr_page(page: pymupdf.Page) -> OcrPage:
    """Recognise one page; boxes come back in PDF points of the page as scanned."""
    return ocr_image(*page_image(page))


def ocr_image(gray: np.ndarray, points_per_pixel: float, digest: str, threads: int | None = None) -> OcrPage:
    """Recognise a page image; ``points_per_pixel`` maps its pixels to page points."""
    threads = threads or CORES
    turns = 1 if is_sideways(gray) else 0
    image, back, skew = straighten(gray, turns)
    reading = page_reading(points_per_pixel, gray)  # as scanned: levelling resamples, softening the edges
    found, rules = _recognise(image, threads, reading)
    if _mean_confidence(found) < _LOW_CONFIDENCE:
        flipped, flipped_back, flipped_skew = straighten(gray, turns + 2)
        retry, retry_rules = _recognise(flipped, threads, reading)
        if _mean_confidence(retry) > _mean_confidence(found):
            image, back, skew, found, rules = flipped, flipped_back, flipped_skew, retry, retry_rules
    found += _stray_marks(image, found, threads, reading, rules)
    lines = [
        Line(text=text, bbox=_to_points(quad, back, points_per_pixel), confidence=round(score, 4),
             char_confidence=tuple(round(c, 4) for c in chars))
        for text, quad, score, chars in found if text.strip()
    ]
    return OcrPage(lines=lines, rules=[_rule_to_points(rule, back, points_per_pixel) for rule in rules],
                   image_sha256=digest, skew=skew)


def _to_points(quad: np.ndarray, back: np.ndarray, points_per_pixel: float) -> BBox:
    """Map a box on the straightened image to an upright box in page points."""
    corners = np.hstack([quad, np.ones((len(quad), 1))]) @ back.T
    x0, y0 = corners.min(axis=0) * points_per_pixel
    x1, y1 = corners.max(axis=0) * points_per_pixel
    return (round(float(x0), 2), round(float(y0), 2), round(float(x1), 2), round(float(y1), 2))


def _rule_to_points(rule: BBox, back: np.ndarray, points_per_pixel: float) -> BBox:
    """Map a rule's centre line back to the page and keep it a thin level/plumb box."""
    x0, y0, x1, y1 = rule
    horizontal = x1 - x0 >= y1 - y0
    ends = np.array([[x0, (y0 + y1) / 2, 1], [x1, (y0 + y1) / 2, 1]] if horizontal
                    else [[(x0 + x1) / 2, y0, 1], [(x0 + x1) / 2, y1, 1]]) @ back.T * points_per_pixel
    if horizontal:
        middle = float(ends[:, 1].mean())
        return (round(float(ends[:, 0].min()), 2), round(middle - 0.5, 2), round(float(ends[:, 0].max()), 2), round(middle + 0.5, 2))
    middle = float(ends[:, 0].mean())
    return (round(middle - 0.5, 2), round(float(ends[:, 1].min()), 2), round(middle + 0.5, 2), round(float(ends[:, 1].max()), 2))
