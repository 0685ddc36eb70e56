"""Table regions from ruled lines.

In: a page's rules (thin boxes in points). Out: the boxes of ruled tables: each
group of crossing rules with at least two horizontal and two vertical ones.
"""
from __future__ import annotations

from functools import lru_cache

from workbench.model import BBox

TOLERANCE = 3.0


def _is_horizontal(rule: BBox) -> bool:
    return rule[2] - rule[0] >= rule[3] - rule[1]


def _cross(h: BBox, v: BBox) -> bool:
    x = (v[0] + v[2]) / 2
    y = (h[1] + h[3]) / 2
    return h[0] - TOLERANCE <= x <= h[2] + TOLERANCE and v[1] - TOLERANCE <= y <= v[3] + TOLERANCE


def table_regions(rules: list[BBox]) -> list[BBox]:
    """Boxes of the ruled grids among ``rules`` (top to bottom). Laying a page out and reading its tables
    both ask for a page's regions: the answer is kept for the pages of the file being read."""
    return list(_regions(tuple(rules)))


@lru_cache(maxsize=1024)
def _regions(rules: tuple[BBox, ...]) -> tuple[BBox, ...]:
    horizontal = [rule for rule in rules if _is_horizontal(rule)]
    vertical = [rule for rule in rules if not _is_horizontal(rule)]
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if _cross(h, v):
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, list[int]] = {}
    for index in range(len(parent)):
        groups.setdefault(find(index), []).append(index)
    regions = []
    for members in groups.values():
        hs = [horizontal[i] for i in members if i < len(horizontal)]
        vs = [vertical[i - len(horizontal)] for i in members if i >= len(horizontal)]
        if len(hs) >= 2 and len(vs) >= 2:
            boxes = hs + vs
            regions.append((min(b[0] for b in boxes), min(b[1] for b in boxes),
                            max(b[2] for b in boxes), max(b[3] for b in boxes)))
    return tuple(sorted(regions, key=lambda box: (box[1], box[0])))


def inside(bbox: BBox | None, region: BBox | None, tolerance: float = 2.0) -> bool:
    """True when the centre of ``bbox`` lies in ``region`` (False when either has no box)."""
    if bbox is None or region is None:
        return False
    x = (bbox[0] + bbox[2]) / 2
    y = (bbox[1] + bbox[3]) / 2
    return region[0] - tolerance <= x <= region[2] + tolerance and region[1] - tolerance <= y <= region[3] + tolerance
