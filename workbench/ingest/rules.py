"""Ruled lines of a page from a PDF's vector drawings (a scanned page's: ``image_rules``).

In: a PyMuPDF page. Out: horizontal and vertical rules as thin boxes ``(x0, y0, x1, y1)``
in PDF points, the raw material for finding table regions and cell grids.
"""
from __future__ import annotations

from workbench.model import BBox
from workbench.mupdf import pymupdf

THIN = 2.5  # points: a box thinner than this is a rule


def rules_from_drawings(page: pymupdf.Page) -> list[BBox]:
    """Straight horizontal/vertical rules drawn on the page (lines and rectangle edges)."""
    rules: list[BBox] = []
    for drawing in page.get_cdrawings():  # the paths as plain tuples (get_drawings wraps each point in an object)
        for item in drawing["items"]:
            if item[0] == "l":
                (ax, ay), (bx, by) = item[1], item[2]
                rules.append(_thin_box(ax, ay, bx, by))
            elif item[0] == "re":
                x0, y0, x1, y1 = item[1]
                if x1 - x0 <= THIN or y1 - y0 <= THIN:
                    rules.append((x0, y0, x1, y1))
                else:
                    rules += [_thin_box(x0, y0, x1, y0), _thin_box(x0, y1, x1, y1),
                              _thin_box(x0, y0, x0, y1), _thin_box(x1, y0, x1, y1)]
    return [rule for rule in rules if _is_straight(rule)]


def _thin_box(x0: float, y0: float, x1: float, y1: float) -> BBox:
    return (round(min(x0, x1), 2), round(min(y0, y1), 2), round(max(x0, x1), 2), round(max(y0, y1), 2))


def _is_straight(box: BBox) -> bool:
    width, height = box[2] - box[0], box[3] - box[1]
    return (width <= THIN and height >= 4) or (height <= THIN and width >= 4)
