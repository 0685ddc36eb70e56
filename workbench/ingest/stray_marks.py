"""Punctuation marks the line detector passed over: a lone ``。`` wrapped onto a line of its own.

The detector finds lines of characters; a single small mark standing alone — a cell's or a paragraph's full
stop wrapped onto the next line — is often not found, and a table cell then reads one character short (the
whole cell wrong to anyone comparing it). In: the page image the lines were found on (gray, straightened) and
the boxes found. Out: the ink blobs the size of a mark that no box covers and that stand where a wrapped mark
stands (the next line's place, at the left edge of the line above), each as a square crop one line high for
the recogniser to read; what it reads as a single mark is kept as a line of its own.
"""
from __future__ import annotations

import cv2
import numpy as np

from workbench.ingest.blobs import blob_boxes

MARKS = frozenset("。，、；：！？）”’》」』")
_SMALLEST, _LARGEST = 0.12, 0.6  # a mark's ink, in line heights


def candidates(gray: np.ndarray, boxes: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(square crop around a lone mark-sized blob, its box as a quad) for each place a wrapped mark may stand."""
    if not boxes:
        return []
    spans = np.array([(q[:, 0].min(), q[:, 1].min(), q[:, 0].max(), q[:, 1].max()) for q in boxes])
    height = float(np.median(spans[:, 3] - spans[:, 1]))
    if height < 8:
        return []
    ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    found = []
    for x, y, w, h in blob_boxes(ink):
        if not (_SMALLEST * height <= max(w, h) <= _LARGEST * height) or _covered(spans, x, y, w, h, height):
            continue
        if not _wrapped_below_a_line(spans, x, y + h, height):
            continue
        top = int(max(0, y + h + 0.15 * height - height))
        left = int(max(0, x - 0.1 * height))
        right, bottom = int(min(gray.shape[1], left + height)), int(min(gray.shape[0], top + height))
        crop = gray[top:bottom, left:right]
        quad = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], dtype=np.float64)
        found.append((cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR) if crop.ndim == 2 else crop, quad))
    return found


def _covered(spans: np.ndarray, x: int, y: int, w: int, h: int, height: float) -> bool:
    """Whether a found box (widened by a fifth of a line) holds the blob's centre."""
    cx, cy, margin = x + w / 2, y + h / 2, 0.2 * height
    return bool(np.any((spans[:, 0] - margin <= cx) & (cx <= spans[:, 2] + margin)
                       & (spans[:, 1] - margin <= cy) & (cy <= spans[:, 3] + margin)))


def _wrapped_below_a_line(spans: np.ndarray, x: int, bottom: int, height: float) -> bool:
    """Whether the blob stands in a found line's next line's place (its foot from half a line to a line spaced at
    2.2 below that line's foot), at that line's left edge."""
    drops = bottom - spans[:, 3]
    return bool(np.any((drops >= 0.4 * height) & (drops <= 2.2 * height) & (np.abs(spans[:, 0] - x) <= 0.6 * height)))
