"""Typeset ``sample_bulletin.txt`` as an A4 PDF in the manner of GB/T 9704.

In: data/sample_bulletin.txt (written for this project). Out: data/sample_bulletin.pdf:
one column, issuer lines (``…文件``) in red with a red rule under the 文号, page
numbers ``— N —`` at the foot, tab-separated rows drawn as a ruled table, and
a new page before each document. Run: ``python data/make_sample.py``.
"""
from __future__ import annotations

import re
from pathlib import Path

import pymupdf

HERE = Path(__file__).parent
PAGE = pymupdf.paper_rect("a4")
LEFT, RIGHT, TOP, BOTTOM = 79.0, PAGE.width - 74.0, 100.0, PAGE.height - 90.0
SIZE, LEADING = 14.0, 26.0
RED = (0.85, 0.0, 0.0)
DOC_NUMBER = re.compile(r"〔\d{4}〕\d+号$")


class Typesetter:
    def __init__(self) -> None:
        self.doc = pymupdf.open()
        self.font = pymupdf.Font("china-s")
        self.page: pymupdf.Page | None = None
        self.y = TOP

    def new_page(self) -> None:
        self.page = self.doc.new_page(width=PAGE.width, height=PAGE.height)
        self.page.insert_font(fontname="cjk", fontbuffer=self.font.buffer)
        self.y = TOP
        label = f"— {self.doc.page_count} —"
        width = self.font.text_length(label, 12)
        self.page.insert_text(((PAGE.width - width) / 2, PAGE.height - 50), label, fontname="cjk", fontsize=12)

    def ensure(self, height: float) -> None:
        if self.page is None or self.y + height > BOTTOM:
            self.new_page()

    def paragraph(self, text: str, size: float = SIZE, color=(0, 0, 0), center: bool = False, indent: bool = True) -> None:
        first = 2 * size if indent and not center else 0.0
        for index, line in enumerate(self.wrap(text, size, RIGHT - LEFT - first)):
            self.ensure(LEADING)
            width = self.font.text_length(line, size)
            x = (PAGE.width - width) / 2 if center else LEFT + (first if index == 0 else 0)
            self.page.insert_text((x, self.y + size), line, fontname="cjk", fontsize=size, color=color)
            self.y += LEADING

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        lines, current = [], ""
        for char in text:
            if self.font.text_length(current + char, size) > width:
                lines.append(current)
                current = ""
            current += char
        return lines + [current] if current else lines

    def rule(self) -> None:
        self.page.draw_line((LEFT, self.y), (RIGHT, self.y), color=RED, width=1.5)
        self.y += 12

    def table(self, rows: list[list[str]]) -> None:
        size, pad = 10.5, 4.0
        widths = [0.08, 0.24, 0.2, 0.3, 0.18]
        xs = [LEFT]
        for share in widths:
            xs.append(xs[-1] + share * (RIGHT - LEFT))
        for row in rows:
            wrapped = [self.wrap(text, size, xs[i + 1] - xs[i] - 2 * pad) for i, text in enumerate(row)]
            height = max(len(cell) for cell in wrapped) * (size + 4) + 2 * pad
            self.ensure(height)
            top = self.y
            for i, cell in enumerate(wrapped):
                for k, line in enumerate(cell):
                    self.page.insert_text((xs[i] + pad, top + pad + size + k * (size + 4)), line,
                                          fontname="cjk", fontsize=size)
            for x in xs:
                self.page.draw_line((x, top), (x, top + height), width=0.8)
            self.page.draw_line((LEFT, top), (RIGHT, top), width=0.8)
            self.page.draw_line((LEFT, top + height), (RIGHT, top + height), width=0.8)
            self.y = top + height
        self.y += LEADING / 2


def typeset(text: str) -> pymupdf.Document:
    setter = Typesetter()
    rows: list[list[str]] = []
    for line in text.splitlines() + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            setter.table(rows)
            rows = []
        if not line.strip():
            continue
        if line.endswith("文件") and "人民政府" in line:
            setter.new_page()
            setter.y += 20
            setter.paragraph(line, size=26, color=RED, center=True)
            setter.y += 10
        elif DOC_NUMBER.search(line) and len(line) < 24:
            setter.paragraph(line, center=True)
            setter.rule()
        elif line.startswith("清河市人民政府公报"):
            setter.ensure(LEADING)
            setter.paragraph(line, size=24, color=RED, center=True)
        elif line.startswith("关于") or (line.startswith("清河市人民政府") and line.endswith("通知")):
            setter.paragraph(line, size=18, center=True)
        else:
            setter.paragraph(line)
    return setter.doc


if __name__ == "__main__":
    pdf = typeset((HERE / "sample_bulletin.txt").read_text(encoding="utf-8"))
    pdf.subset_fonts()
    pdf.save(HERE / "sample_bulletin.pdf", garbage=3, deflate=True)
    print(f"wrote {HERE / 'sample_bulletin.pdf'} ({pdf.page_count} pages)")
