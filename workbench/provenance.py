"""Where something was read: a box on a page (``BBox``, ``Boxed``) or lines of a text, as one ``Provenance``."""
from __future__ import annotations

from dataclasses import dataclass

BBox = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, origin at the page's top left


@dataclass(frozen=True)
class Provenance:
    """Where something was read: a page and its box (PDF points, origin top left, on the page as printed or
    scanned), or the lines of a text source; and, for a finding, the characters of its element or cell."""

    page: int | None = None
    box: BBox | None = None
    lines: tuple[int, int] | None = None  # first and last line (1-based) of a text source
    span: tuple[int, int] | None = None  # start and end offset in the element's or cell's text

    def said(self) -> str:
        """``第3页`` or ``第12行`` (a text source's line), or "" when nothing is known."""
        if self.page is not None:
            return f"第{self.page}页"
        return f"第{self.lines[0]}行" if self.lines and self.lines[0] else ""


class Boxed:
    """Something printed on a page, with its ``bbox`` (None when read from a text source)."""

    bbox: BBox | None

    @property
    def box(self) -> BBox:
        """The box, for what is known to stand on a page (a paged source's lines, cells, elements)."""
        if self.bbox is None:
            raise ValueError(f"{type(self).__name__} has no box: it was read from a text source")
        return self.bbox
