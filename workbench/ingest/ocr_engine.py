"""The RapidOCR engine as the workbench runs it: each line recognised from a narrower crop.

In: RapidOCR's settings and ``WIDTH_SCALE``. Out: a ``NarrowLineOCR``, called like
``RapidOCR``. Recognition is most of the time of a page and grows with the width of
the line images; Chinese characters are square and keep their shape at two thirds of
the width, so each detected line's crop is narrowed before the recogniser reads it.
Quotation marks do not: squeezed, “ and ” are confused, so a line whose quotation
marks come out not alternating (or straight) is read again at full width. Character
positions come back as fractions of the line, so they still land on the full-width line.
Measured on every corpus scan (tests/bench/ocr.py): 0.93× Tesseract 5's time and CER
0.19–0.69%, against 1.36× and 0.24–0.76% at full width; narrowed to half, 0.74× but
more characters and punctuation widths misread.
Imported only when a page is recognised (RapidOCR loads slowly).
"""
from __future__ import annotations

import cv2
import numpy as np
from rapidocr import RapidOCR
from rapidocr.ch_ppocr_rec.typings import TextRecOutput

WIDTH_SCALE = 0.67  # of each line crop's width, for the recogniser
_QUOTES = set("“”‘’\"")


class NarrowLineOCR(RapidOCR):
    """``RapidOCR`` whose recogniser reads each line crop at ``width_scale`` of its width."""

    def __init__(self, params: dict, width_scale: float | None = None) -> None:
        super().__init__(params=params)
        self.width_scale = WIDTH_SCALE if width_scale is None else width_scale

    def recognize_txt(self, img: list[np.ndarray]) -> TextRecOutput:
        """Every crop read narrowed; a line whose quotation marks came out wrong read again at full width."""
        found = super().recognize_txt([narrowed(crop, self.width_scale) for crop in img])
        if self.width_scale >= 1:
            return found
        again = [index for index, text in enumerate(found.txts or ()) if _second_look(text)]
        if not again:
            return found
        full = super().recognize_txt([img[index] for index in again])
        txts, scores, words = list(found.txts or ()), list(found.scores), list(found.word_results)
        for index, text, score, word in zip(again, full.txts or (), full.scores, full.word_results):
            txts[index], scores[index], words[index] = text, score, word
        # rapidocr annotates these as one-element tuples (Tuple[str]); they hold one entry per line
        found.txts, found.scores, found.word_results = tuple(txts), scores, tuple(words)  # type: ignore[assignment]
        return found


def _second_look(text: str) -> bool:
    """Whether a line read narrowed is worth reading again at full width: its quotation marks do not
    alternate, or one is straight (squeezing blurs which way a quotation mark faces)."""
    facing = [char for char in text if char in _QUOTES]
    return '"' in facing or any(a == b for a, b in zip(facing, facing[1:]))


def narrowed(crop: np.ndarray, scale: float) -> np.ndarray:
    """``crop`` resized to ``scale`` of its width (at least its height: a line is never narrower than one character)."""
    height, width = crop.shape[:2]
    target = max(min(width, height), round(width * scale))
    if scale >= 1 or target >= width:
        return crop
    return cv2.resize(crop, (target, height), interpolation=cv2.INTER_AREA)
