"""The boxes of the separate pieces of ink on a black-and-white page image.

In: a binary image (ink non-zero). Out: one ``(x, y, width, height)`` row per 8-connected piece, in pixels — the
boxes ``cv2.connectedComponentsWithStats`` gives, found by tracing each piece's outline instead of labelling
every pixel: on a page at 200 dpi 3 ms against 15 (a piece inside another's hole, a cell's text inside a table's
rules, is its own piece here too).
"""
from __future__ import annotations

import cv2
import numpy as np


def blob_boxes(binary: np.ndarray) -> np.ndarray:
    """``(x, y, width, height)`` of each 8-connected piece of ink in ``binary`` (an ``N × 4`` int array)."""
    outlines, hierarchy = cv2.findContours(binary, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return np.zeros((0, 4), dtype=np.int32)
    outer = [outline for outline, (_next, _previous, _child, parent) in zip(outlines, hierarchy[0]) if parent == -1]
    return np.array([cv2.boundingRect(outline) for outline in outer], dtype=np.int32).reshape(-1, 4)
