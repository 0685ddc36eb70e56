"""Layout: reading order, columns, running headers and page-number footers.

In: a ``Source`` straight from a reader. Out: the same Source with every page's
lines in reading order, each line's ``role`` set (body, header, footer), the
printed page label read (``·· 6``, ``— 6 —``, ``6``, ``第6页``) and, for sources
with boxes, ``line_no`` numbered through the whole source in reading order.

Reading order comes from geometry only, never from the order the PDF stores its
text: a page is cut into horizontal bands at lines that span the column gutter;
inside a band the left column is read before the right one.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from workbench.model import BBox, Line, Page, Source
from workbench.parse.pairs import repair_paragraphs
from workbench.parse.regions import inside, table_regions
from workbench.vocabulary import LineRole

PAGE_NUMBER = re.compile(  # 一 among the dashes: OCR reads a page label's — so
    r"^[\s·•.\-—–_~一]*(?:第\s*)?(\d{1,4})(?:\s*页)?(?:\s*/\s*\d{1,4})?[\s·•.\-—–_~一]*$"
)
_DIGITS = re.compile(r"\d+")
TOP_ZONE = 0.12
BOTTOM_ZONE = 0.12
Gutter = tuple[float, float]  # the empty strip between two columns: (x0, x1)


def page_number_of(text: str) -> int | None:
    """The number a printed page label stands for (``— 6 —`` → 6), else None."""
    match = PAGE_NUMBER.match(text)
    return int(match.group(1)) if match else None


def lay_out(source: Source) -> Source:
    """Return ``source`` with lines in reading order and roles and labels set."""
    pages = [replace(page, lines=[replace(line) for line in page.lines]) for page in source.pages]
    if any(line.bbox for page in pages for line in page.lines):
        on_scan = [_level(page) for page in pages]  # a skewed scan's boxes, levelled as OCR read them
        running = _running_texts(pages)
        gutters = [_lay_out_positioned_page(page, running) for page in pages]
        usual = _usual_gutter(gutters)
        for page, gutter in zip(pages, gutters):
            if gutter is None and usual is not None:  # e.g. a last page whose right column holds a line or two
                _lay_out_positioned_page(page, running, usual)
        for page, boxes in zip(pages, on_scan):
            if page.ocr:  # recognised: a quotation or bracket pair read wrong across a paragraph's lines
                repair_paragraphs(page.lines)
            _back_on_scan(page, boxes)
        _number_lines(pages)
    else:
        for page in pages:
            _mark_text_footers(page)
    return replace(source, pages=pages)


def _level(page: Page) -> tuple[dict[int, BBox], list[BBox]] | None:
    """Replace the boxes of a page scanned askew (``page.skew``) by the boxes its lines and rules have on the
    levelled image, so columns and rows stand straight for the layout; returns what to put back."""
    if not page.skew:
        return None
    angle = math.radians(page.skew)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = (page.width or 0) / 2, (page.height or 0) / 2

    def levelled(box: BBox) -> BBox:
        x, y = (box[0] + box[2]) / 2 - cx, (box[1] + box[3]) / 2 - cy
        mx, my = cx + cos * x + sin * y, cy - sin * x + cos * y  # the centre turned as the image was
        wide, high = box[2] - box[0], box[3] - box[1]
        c, s, across = abs(cos), abs(sin), math.cos(2 * angle)  # the upright box whose turned bounds these are
        width = max(1.0, (wide * c - high * s) / across)
        height = max(1.0, (high * c - wide * s) / across)
        return (mx - width / 2, my - height / 2, mx + width / 2, my + height / 2)

    boxes = {id(line): line.bbox for line in page.lines if line.bbox}
    for line in page.lines:
        if line.bbox:
            line.bbox = levelled(line.bbox)
    rules, page.rules = page.rules, [levelled(rule) for rule in page.rules]
    return boxes, rules


def _back_on_scan(page: Page, saved: tuple[dict[int, BBox], list[BBox]] | None) -> None:
    """Put back the boxes ``_level`` replaced (in the new reading order); the levelled gutter does not
    hold on the scan's boxes, so none is kept."""
    if saved is None:
        return
    boxes, page.rules = saved
    for line in page.lines:
        line.bbox = boxes.get(id(line), line.bbox)
    page.gutter = None


def _signature(line: Line) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", line.text))


def _running_texts(pages: list[Page]) -> set[tuple[str, int]]:
    """Texts printed at the same height in a margin zone of several pages."""
    if len(pages) < 3:
        return set()
    seen: Counter[tuple[str, int]] = Counter()
    for page in pages:
        height = page.height or 1.0
        keys = set()
        for line in page.lines:
            y_center = (line.box[1] + line.box[3]) / 2
            if y_center < height * TOP_ZONE or y_center > height * (1 - BOTTOM_ZONE):
                keys.add((_signature(line), round(y_center / 4)))
        seen.update(keys)
    needed = max(3, len(pages) // 4)
    return {key for key, count in seen.items() if count >= needed}


def _is_margin_candidate(line: Line, running: set[tuple[str, int]]) -> bool:
    key = (_signature(line), round((line.box[1] + line.box[3]) / 8))
    return key in running or page_number_of(line.text) is not None


def _outer_block(lines: list[Line], from_top: bool) -> list[Line]:
    """The lines at the top (or bottom) of the page up to the first clear vertical gap."""
    ordered = sorted(lines, key=lambda line: line.box[1] if from_top else -line.box[3])
    block: list[Line] = []
    for line in ordered:
        if block:
            height = min(line.box[3] - line.box[1], block[-1].box[3] - block[-1].box[1])
            edge = max(b.box[3] for b in block) if from_top else min(b.box[1] for b in block)
            gap = line.box[1] - edge if from_top else edge - line.box[3]
            if gap >= 0.5 * height:
                break
        block.append(line)
    return block


def _margins(page: Page, running: set[tuple[str, int]], from_top: bool) -> list[Line]:
    """Running headers (or footers) and page numbers standing apart at the page's edge.

    The block of lines before the first clear gap counts only if it lies in the
    margin zone and every line of it is a running text or a page number: a lone
    number inside a table or the first lines of the body never qualify.
    """
    height = page.height or 1.0
    boxed = [line for line in page.lines if line.bbox]
    block = _outer_block(boxed, from_top)
    if len(block) == len(boxed):
        return []
    for line in block:
        center = (line.box[1] + line.box[3]) / 2
        inside = center < height * TOP_ZONE if from_top else center > height * (1 - BOTTOM_ZONE)
        if not inside or not _is_margin_candidate(line, running):
            return []
    return block


def _usual_gutter(gutters: list[Gutter | None]) -> Gutter | None:
    """The gutter most pages of a source share, as a narrow strip at the middle of their gutters (a page's
    gutter is the widest empty strip its own lines leave, so pages differ in its edges); None unless at
    least 3 pages, and a third of them, have a gutter within 10 pt of that middle."""
    middles = sorted((a + b) / 2 for a, b in (gutter for gutter in gutters if gutter is not None))
    if not middles:
        return None
    middle = middles[len(middles) // 2]
    agreeing = sum(1 for value in middles if abs(value - middle) <= 10)
    if agreeing < max(3, len(gutters) / 3):
        return None
    return (middle - 1, middle + 1)


def _lay_out_positioned_page(page: Page, running: set[tuple[str, int]], usual: Gutter | None = None) -> Gutter | None:
    """Set the page's roles and reading order; the column gutter it was read with (``usual``: the source's,
    used when the page's own lines do not show one but no line crosses it)."""
    headers = _margins(page, running, from_top=True)
    footers = _margins(page, running, from_top=False)
    margin_ids = {id(line) for line in headers + footers}
    for line in headers:
        line.role = LineRole.HEADER
    for line in footers:
        line.role = LineRole.FOOTER
    body = [line for line in page.lines if id(line) not in margin_ids]
    for line in footers + headers:
        if page.label is None and page_number_of(line.text) is not None:
            page.label = line.text
    regions = table_regions(page.rules)
    for line in body:
        if any(inside(line.bbox, region) for region in regions):
            line.role = LineRole.TABLE
    ordered, gutter = reading_order(body, page.width, regions, usual)
    page.lines = _by_rows(headers) + ordered + _by_rows(footers)
    page.gutter = gutter
    return gutter


def reading_order(lines: list[Line], page_width: float | None, regions: list | tuple = (),
                  usual: Gutter | None = None) -> tuple[list[Line], Gutter | None]:
    """Order body lines: bands cut at gutter-spanning lines, left column first; and the gutter used.

    The lines inside each table region move as one block, read row by row. ``usual``: a gutter to
    use when the lines show none of their own but have lines on both sides of it and few across.
    """
    blocks: dict[int, list[Line]] = {}
    items: list[Line] = []
    for region in regions:
        proxy = Line(text="", bbox=region, role=LineRole.TABLE)
        blocks[id(proxy)] = []
        items.append(proxy)
    proxies = items[:]
    for line in lines:
        home = next((p for p in proxies if inside(line.bbox, p.bbox)), None) if line.bbox else None
        if home is None:
            items.append(line)
        else:
            blocks[id(home)].append(line)
    ordered, gutter = _column_order(items, page_width, usual)
    return ([member for item in ordered for member in (_by_rows(blocks[id(item)]) if id(item) in blocks else [item])],
            gutter)


def _column_order(lines: list[Line], page_width: float | None, usual: Gutter | None) -> tuple[list[Line], Gutter | None]:
    gutter = find_gutter(lines, page_width)
    if gutter is None and usual is not None and _fits(usual, lines):
        gutter = usual
    if gutter is None:
        return _by_rows(lines), None
    ordered: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in sorted(lines, key=lambda item: (item.box[1], item.box[0])):
        assert line.bbox is not None  # lines without a box never reach the column order
        x0, _, x1, _ = line.bbox
        if x1 <= gutter[1] + 1:
            left.append(line)
        elif x0 >= gutter[0] - 1:
            right.append(line)
        else:
            ordered += _by_rows(left) + _by_rows(right) + [line]
            left, right = [], []
    return ordered + _by_rows(left) + _by_rows(right), gutter


def _fits(gutter: Gutter, lines: list[Line]) -> bool:
    """Lines stand on both sides of ``gutter`` and few cross it."""
    a, b = gutter
    boxed = [line.bbox for line in lines if line.bbox]
    left = sum(1 for box in boxed if box[2] <= a + 0.5)
    right = sum(1 for box in boxed if box[0] >= b - 0.5)
    crossing = len(boxed) - left - right
    return left > 0 and right > 0 and crossing <= 0.15 * (left + right)


def find_gutter(lines: list[Line], page_width: float | None) -> Gutter | None:
    """The empty vertical strip between two text columns, as (x0, x1), or None.

    A gutter is an x-interval near the middle of the text area with a column of
    text on each side (several lines filling it, not a table's narrow cells);
    of those, the one fewest lines cross, then the widest.
    """
    boxed = [line.bbox for line in lines if line.bbox]
    if len(boxed) < 6:
        return None
    left_edge = min(box[0] for box in boxed)
    right_edge = max(box[2] for box in boxed)
    width = right_edge - left_edge
    if width <= 0:
        return None
    edges = sorted({round(box[0], 1) for box in boxed} | {round(box[2], 1) for box in boxed})
    best = None
    for a, b in zip(edges, edges[1:]):
        mid = (a + b) / 2
        if not (left_edge + width * 0.3 < mid < left_edge + width * 0.7) or b - a < 6:
            continue
        crossing = sum(1 for box in boxed if box[0] < a + 0.5 and box[2] > b - 0.5)
        left = [box for box in boxed if box[2] <= a + 0.5]
        right = [box for box in boxed if box[0] >= b - 0.5]
        if (crossing <= 0.15 * (len(left) + len(right))
                and ((_column_like(left, width) and _column_like(right, width))
                     or _two_even_columns(left, right, left_edge, right_edge))):
            score = (crossing, a - b)
            if best is None or score < best[0]:
                best = (score, (a, b))
    return best[1] if best else None


def _two_even_columns(left: list, right: list, left_edge: float, right_edge: float) -> bool:
    """The two halves of a page printed in two equal columns, though a column holds a table printed as text
    (its cells start at several edges): the columns are as wide as each other (within a tenth), so the
    strip stands in the middle of the text area, and each has lines filling it from edge to edge, as wrapped
    paragraphs do. (A column of nothing but such a table is read with the source's usual gutter.)"""
    if len(left) < 3 or len(right) < 3:
        return False
    left_end, right_start = max(box[2] for box in left), min(box[0] for box in right)
    left_width, right_width = left_end - left_edge, right_edge - right_start
    if abs(left_width - right_width) > 0.1 * max(left_width, right_width):
        return False
    return _filled(left, left_edge, left_end) >= 2 and _filled(right, right_start, right_edge) >= 2


def _filled(boxes: list, x0: float, x1: float) -> int:
    """How many boxes run from ``x0`` to ``x1`` (within a character's width)."""
    return sum(1 for box in boxes if box[0] <= x0 + (box[3] - box[1]) and box[2] >= x1 - (box[3] - box[1]))


def _column_like(boxes: list, text_width: float) -> bool:
    """Several lines that start at one left edge (a paragraph indent allowed), as a column
    of text does; a table's side of the page starts its cells at several edges."""
    if len(boxes) < 3:
        return False
    heights = sorted(box[3] - box[1] for box in boxes)
    indent = 2.5 * heights[len(heights) // 2]
    edge = min(box[0] for box in boxes)
    return sum(1 for box in boxes if box[0] <= edge + indent) >= 0.7 * len(boxes)


def _by_rows(lines: list[Line]) -> list[Line]:
    """Top to bottom; lines sharing a row (vertical overlap) left to right."""
    ordered = sorted(lines, key=lambda item: (item.bbox[1], item.bbox[0]) if item.bbox else (0, 0))
    rows: list[list[Line]] = []
    for line in ordered:
        if rows and line.bbox and _same_row(rows[-1][-1], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda item: item.bbox[0] if item.bbox else 0)]


def _same_row(a: Line, b: Line) -> bool:
    if a.bbox is None or b.bbox is None:
        return False
    overlap = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    return overlap > 0.5 * min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])


def _number_lines(pages: list[Page]) -> None:
    number = 0
    for page in pages:
        for line in page.lines:
            number += 1
            line.line_no = number


def _mark_text_footers(page: Page) -> None:
    """In text sources, a line that is only a printed page number is a footer."""
    for line in page.lines:
        if page_number_of(line.text.strip()) is not None and not line.text.strip().isdigit():
            line.role = LineRole.FOOTER
