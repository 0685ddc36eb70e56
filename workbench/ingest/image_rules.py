"""Ruled lines of a scanned page, from its image (OpenCV, loaded only when a page is recognised).

In: a grayscale page image (numpy array) and its scale (PDF points per pixel). Out: horizontal and
vertical rules as thin boxes ``(x0, y0, x1, y1)`` in PDF points, as ``rules.rules_from_drawings`` gives.
"""
from __future__ import annotations

import cv2
import numpy as np

from workbench.ingest.blobs import blob_boxes
from workbench.model import BBox


def rules_from_image(gray: np.ndarray, points_per_pixel: float) -> list[BBox]:
    """Long straight dark lines of a scanned page, by morphological opening."""
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    height, width = binary.shape
    rules: list[BBox] = []
    for kernel_size, horizontal in (((max(width // 25, 20), 1), True), ((1, max(height // 40, 20)), False)):
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, kernel_size)
        lines = cv2.morphologyEx(binary, cv2.MORPH_OPEN, kernel)
        lines = cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        for x, y, w, h in blob_boxes(lines):
            long_side, short_side = (w, h) if horizontal else (h, w)
            if long_side < 3 * short_side:
                continue
            box = (x * points_per_pixel, y * points_per_pixel, (x + w) * points_per_pixel, (y + h) * points_per_pixel)
            if horizontal:
                middle = (box[1] + box[3]) / 2
                rules.append((box[0], middle - 0.5, box[2], middle + 0.5))
            else:
                middle = (box[0] + box[2]) / 2
                rules.append((middle - 0.5, box[1], middle + 0.5, box[3]))
    return [(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)) for x0, y0, x1, y1 in rules]
