"""Ruled lines of a page: from a PDF's vector drawings, or from a page image.

In: a PyMuPDF page, or a grayscale page image (numpy array) and its scale.
Out: horizontal and vertical rules as thin boxes ``(x0, y0, x1, y1)`` in PDF
points, the raw material for finding table regions and cell grids.
"""
from __future__ import annotations

import cv2
import numpy as np
from workbench.mupdf import pymupdf

from workbench.model import BBox

THIN = 2.5  # points: a box thinner than this is a rule


def rules_from_drawings(page: pymupdf.Page) -> list[BBox]:
    """Straight horizontal/vertical rules drawn on the page (lines and rectangle edges)."""
    rules: list[BBox] = []
    for drawing in page.get_drawings():
        for item in drawing["items"]:
            if item[0] == "l":
                a, b = item[1], item[2]
                rules.append(_thin_box(a.x, a.y, b.x, b.y))
            elif item[0] == "re":
                rect = item[1]
                if rect.width <= THIN or rect.height <= THIN:
                    rules.append((rect.x0, rect.y0, rect.x1, rect.y1))
                else:
                    rules += [
                        _thin_box(rect.x0, rect.y0, rect.x1, rect.y0), _thin_box(rect.x0, rect.y1, rect.x1, rect.y1),
                        _thin_box(rect.x0, rect.y0, rect.x0, rect.y1), _thin_box(rect.x1, rect.y0, rect.x1, rect.y1),
                    ]
    return [rule for rule in rules if _is_straight(rule)]


def _thin_box(x0: float, y0: float, x1: float, y1: float) -> BBox:
    return (round(min(x0, x1), 2), round(min(y0, y1), 2), round(max(x0, x1), 2), round(max(y0, y1), 2))


def _is_straight(box: BBox) -> bool:
    width, height = box[2] - box[0], box[3] - box[1]
    return (width <= THIN and height >= 4) or (height <= THIN and width >= 4)


def rules_from_image(gray: np.ndarray, points_per_pixel: float) -> list[BBox]:
    """Long straight dark lines of a scanned page, by morphological opening."""
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    height, width = binary.shape
    rules: list[BBox] = []
    for kernel_size, horizontal in (((max(width // 25, 20), 1), True), ((1, max(height // 40, 20)), False)):
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, kernel_size)
        lines = cv2.morphologyEx(binary, cv2.MORPH_OPEN, kernel)
        lines = cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        count, _, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
        for x, y, w, h, _area in stats[1:count]:
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
