"""Ruled lines of a page from a PDF's vector drawings (a scanned page's: ``image_rules``).

In: a PyMuPDF page. Out: horizontal and vertical rules as thin boxes ``(x0, y0, x1, y1)``
in PDF points, the raw material for finding table regions and cell grids.
"""
from __future__ import annotations

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
