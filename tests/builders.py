"""Bulletin-like test files composed in code (no corpus text).

``write_pdf(path, pages)`` typesets lines at given positions, storing them in a
shuffled order (as real PDFs do) so that reading order must come from geometry.
``two_column_pages(n)`` makes pages of a two-column bulletin with a running
header and a ``·· N`` footer. ``write_docx`` makes a Word file with a merged table.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import docx
import pymupdf

FONT = pymupdf.Font("china-s")


@dataclass
class Placed:
    x: float
    y: float  # baseline
    text: str
    size: float = 10.0
    color: tuple = (0, 0, 0)


def write_pdf(path: Path, pages: list[list[Placed]], width=524.0, height=737.0, seed=7,
              images: dict[int, bytes] | None = None) -> Path:
    """A PDF whose text objects are stored in shuffled order; ``images`` puts a PNG on page i."""
    doc = pymupdf.open()
    rng = random.Random(seed)
    for index, lines in enumerate(pages):
        page = doc.new_page(width=width, height=height)
        page.insert_font(fontname="cjk", fontbuffer=FONT.buffer)
        shuffled = list(lines)
        rng.shuffle(shuffled)
        for line in shuffled:
            page.insert_text((line.x, line.y), line.text, fontname="cjk", fontsize=line.size, color=line.color)
        if images and index in images:
            page.insert_image(page.rect, stream=images[index])
    doc.save(path)
    return path


LEFT_COLUMN = [
    "清河市人民政府", "关于加强城市绿化管理的通知", "清河府发〔2025〕3号",
    "各区人民政府，市级各部门：", "为进一步提升城市绿化水平，", "现就有关事项通知如下。",
    "一、明确管理责任", "各区要落实绿地养护责任，", "建立巡查制度。", "二、加强资金保障",
]
RIGHT_COLUMN = [
    "市财政要统筹安排绿化资金，", "确保养护经费足额到位。", "三、严格督查考核",
    "市住房城乡建设局要定期通报", "各区绿化工作进展情况。", "清河市人民政府",
    "2025年2月8日", "（此件公开发布）",
]


def two_column_page(number: int, left: list[str], right: list[str]) -> list[Placed]:
    """One 16K page: header, two columns of 10pt lines, footer ``·· N``."""
    placed = [Placed(220, 40, "清河市人民政府公报", 9), Placed(255, 706, f"·· {number}", 9)]
    placed += [Placed(46, 62 + 14 * i, text) for i, text in enumerate(left)]
    placed += [Placed(271, 62 + 14 * i, text) for i, text in enumerate(right)]
    return placed


def two_column_pages(count: int) -> list[list[Placed]]:
    return [
        two_column_page(n + 1, [f"{n + 1}-{text}" for text in LEFT_COLUMN], [f"{n + 1}-{text}" for text in RIGHT_COLUMN])
        for n in range(count)
    ]


def page_image_png(width=400, height=560) -> bytes:
    """A grey 'scan' (an image with no text layer)."""
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, width, height), False)
    pix.set_rect(pix.irect, (230,))
    return pix.tobytes("png")


def write_scan(path: Path, pages: list[list[Placed]], dpi: int = 200, rotate: float = 0.0,
               width=595.0, height=842.0) -> Path:
    """An image-only PDF: each page typeset, rendered to a grey image (optionally turned
    by ``rotate`` degrees), and placed as the page's only content, as a scanner would."""
    import cv2
    import numpy as np

    text_pdf = write_pdf(path.with_suffix(".text.pdf"), pages, width=width, height=height)
    scan = pymupdf.open()
    with pymupdf.open(text_pdf) as source:
        for page in source:
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
            if rotate:
                matrix = cv2.getRotationMatrix2D((pix.width / 2, pix.height / 2), rotate, 1.0)
                gray = cv2.warpAffine(gray, matrix, (pix.width, pix.height), borderValue=255)
            png = cv2.imencode(".png", gray)[1].tobytes()
            new = scan.new_page(width=width, height=height)
            new.insert_image(new.rect, stream=png)
    text_pdf.unlink()
    scan.save(path)
    return path


def write_docx(path: Path) -> Path:
    """A Word file: two paragraphs, a 4×4 table (header row, a vertical and a horizontal merge), a paragraph."""
    document = docx.Document()
    document.add_paragraph("清河市人民政府办公室")
    document.add_paragraph("关于印发重点任务分工的通知")
    table = document.add_table(rows=4, cols=4)
    for col, text in enumerate(["序号", "任务", "牵头单位", "完成时限"]):
        table.cell(0, col).text = text
    table.cell(1, 0).text = "1"
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 1).text = "改造管网"
    table.cell(2, 1).text = "整治线缆"
    table.cell(1, 2).text = "市住建局"
    table.cell(2, 2).text = "市工信局"
    table.cell(1, 3).text = "2025年12月"
    table.cell(2, 3).text = "2026年6月"
    table.cell(3, 0).text = "2"
    merged = table.cell(3, 1).merge(table.cell(3, 3))
    merged.text = "其他任务由各区自行确定"
    document.add_paragraph("清河市人民政府办公室 2025年3月7日印发")
    document.save(path)
    return path


def two_column_printing(text_lines: list[str], path: Path, header: str = "公报", size: float = 10.0) -> Path:
    """Typeset any bulletin text as a two-column 16K issue: every text line printed in a column and wrapped at
    its width; a tab-separated table row printed as text at tab stops across the column, each cell wrapped in
    its own stop (so a row's cells are separate pieces of text at several left edges); a running ``header`` on
    top and ``·· N`` at the foot of each page. Returns ``path``."""
    width, height, margin, gutter, top, bottom = 524.0, 737.0, 40.0, 18.0, 62.0, 690.0
    column = (width - 2 * margin - gutter) / 2
    leading = size * 1.45
    printed: list[list[tuple[float, str]]] = []  # each printed line: (x offset in the column, text) pieces
    for raw in text_lines:
        if "\t" in raw:
            cells = raw.split("\t")
            stop = column / len(cells)
            chars = max(1, int((stop - 3) // size))
            wrapped = [[cell[at:at + chars] for at in range(0, len(cell), chars)] or [""] for cell in cells]
            for row in range(max(len(parts) for parts in wrapped)):
                printed.append([(stop * col, parts[row]) for col, parts in enumerate(wrapped)
                                if row < len(parts) and parts[row]])
        elif raw.strip():
            chars = max(1, int(column // size))
            printed += [[(0.0, raw.strip()[at:at + chars])] for at in range(0, len(raw.strip()), chars)]
    rows = int((bottom - top) // leading)
    pages: list[list[Placed]] = []
    for start in range(0, len(printed), 2 * rows):
        number = len(pages) + 1
        placed = [Placed(width / 2 - 2 * len(header), 40, header, 9), Placed(width / 2 - 10, 706, f"·· {number}", 9)]
        for index, pieces in enumerate(printed[start:start + 2 * rows]):
            x = margin if index < rows else margin + column + gutter
            placed += [Placed(x + offset, top + leading * (index % rows), text, size) for offset, text in pieces]
        pages.append(placed)
    return write_pdf(path, pages, width=width, height=height)
