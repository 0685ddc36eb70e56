"""The RapidOCR engine as the workbench runs it: each line recognised from a narrower crop.

In: RapidOCR's settings and ``WIDTH_SCALE``. Out: a ``NarrowLineOCR``, called like
``RapidOCR``. Recognition is most of the time of a page and grows with the width of
the line images; Chinese characters are square and keep their shape at two thirds of
the width, so each detected line's crop is narrowed before the recogniser reads it.
Character positions come back as fractions of the line, so they still land on the
full-width line. Measured on every corpus scan (tests/bench/ocr.py): at 0.67 the time
is 0.96× Tesseract 5's and the CER 0.23–0.73%, below full-width crops' on three seeds
of four; at 0.5 it is 0.74×, but punctuation read from the squeezed crops loses its
width more often (”→", ，→,), which the proofreading rules would then flag.
Imported only when a page is recognised (RapidOCR loads slowly).
"""
from __future__ import annotations

import cv2
import numpy as np
from rapidocr import RapidOCR
from rapidocr.ch_ppocr_rec.typings import TextRecOutput

WIDTH_SCALE = 0.67  # of each line crop's width, for the recogniser


class NarrowLineOCR(RapidOCR):
    """``RapidOCR`` whose recogniser reads each line crop at ``width_scale`` of its width."""

    def __init__(self, params: dict, width_scale: float | None = None) -> None:
        super().__init__(params=params)
        self.width_scale = WIDTH_SCALE if width_scale is None else width_scale

    def recognize_txt(self, img: list[np.ndarray]) -> TextRecOutput:
        return super().recognize_txt([narrowed(crop, self.width_scale) for crop in img])


def narrowed(crop: np.ndarray, scale: float) -> np.ndarray:
    """``crop`` resized to ``scale`` of its width (at least its height: a line is never narrower than one character)."""
    height, width = crop.shape[:2]
    target = max(min(width, height), round(width * scale))
    if scale >= 1 or target >= width:
        return crop
    return cv2.resize(crop, (target, height), interpolation=cv2.INTER_AREA)
