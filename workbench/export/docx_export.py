"""Documents as Word files laid out in the manner of GB/T 9704-2012 (python-docx).

In: documents as corrected (one, or an issue's with its table of contents) and a path. Out: the
.docx — A4 with the standard's margins; the issuer line (发文机关标志) in red 小标宋, the 文号 under it
above a red rule; the title in 小标宋 二号, centred; recipients; the body in 仿宋 三号 with a first-line
indent of two characters, headings by level (一、黑体 · （一）楷体 · 1. and (1) 仿宋); tables with
their merged cells; signature and date to the right; 附件说明 and the rest as paragraphs.
"""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from workbench.export.blocks import Block, blocks
from workbench.model import Document
from workbench.vocabulary import ElementKind

RED = RGBColor(0xE6, 0x00, 0x12)
TITLE_FONT, BODY_FONT, HEADING_FONTS = "方正小标宋简体", "仿宋_GB2312", {1: "黑体", 2: "楷体_GB2312"}
SIZE_TITLE, SIZE_BODY, SIZE_MARK = Pt(22), Pt(16), Pt(26)  # 二号, 三号, the issuer line
RIGHT_KINDS = (ElementKind.SIGNATORY, ElementKind.DATE)
CENTRED_KINDS = (ElementKind.TITLE, ElementKind.DOC_NUMBER, ElementKind.MARK, ElementKind.ISSUER, ElementKind.ENCLOSURE_TITLE)


def _font(run, name: str, size, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)  # Chinese text takes it
    if color is not None:
        run.font.color.rgb = color


def _red_rule(paragraph) -> None:
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "4"), ("w:color", "E60012")):
        bottom.set(qn(name), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def _page(document) -> None:
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def _head(document, doc: Document) -> None:
    """The 版头: issuer line in red, 文号 over a red rule (only what the document has)."""
    if doc.issuer:
        mark = document.add_paragraph()
        mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(mark.add_run("、".join(doc.issuer) + ("文件" if doc.doc_number else "")), TITLE_FONT, SIZE_MARK,
              color=RED)
    if doc.doc_number:
        number = document.add_paragraph()
        number.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(number.add_run(doc.doc_number), BODY_FONT, SIZE_BODY)
        _red_rule(number)
    if doc.title:
        title = document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(title.add_run(doc.title), TITLE_FONT, SIZE_TITLE)


def _block(document, block: Block) -> None:
    if block.kind == "table" and block.table is not None:
        _table(document, block)
        return
    if block.kind in (ElementKind.TITLE, ElementKind.DOC_NUMBER, ElementKind.MARK, ElementKind.ISSUER):
        return  # the head already says these
    paragraph = document.add_paragraph()
    font, bold = BODY_FONT, False
    if block.kind == ElementKind.HEADING:
        font = HEADING_FONTS.get(block.level or 1, BODY_FONT)
        bold = block.level == 3
    if block.kind in RIGHT_KINDS:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif block.kind in CENTRED_KINDS:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font = TITLE_FONT
    elif block.kind not in (ElementKind.RECIPIENTS,):
        paragraph.paragraph_format.first_line_indent = SIZE_BODY * 2
    if block.lead:
        _font(paragraph.add_run(block.lead), HEADING_FONTS.get(block.level or 1, BODY_FONT), SIZE_BODY,
              bold=block.level == 3)
    _font(paragraph.add_run(block.text), font, SIZE_BODY, bold=bold)


def _table(document, block: Block) -> None:
    table = block.table
    assert table is not None
    grid = document.add_table(rows=max(1, table.n_rows), cols=max(1, table.n_cols))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell in table.cells:
        target = grid.cell(cell.row, cell.col)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(grid.cell(cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1))
        target.text = ""
        _font(target.paragraphs[0].add_run(cell.text), BODY_FONT, Pt(12))


def _document(document, doc: Document) -> None:
    _head(document, doc)
    for block in blocks(doc):
        _block(document, block)


def write_docx(documents: list[Document], path: str | Path, contents_title: str | None = None) -> None:
    """One document, or several one after another (each on a new page) after a table of contents
    headed ``contents_title`` (an issue)."""
    document = docx.Document()
    _page(document)
    if contents_title is not None:
        heading = document.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(heading.add_run(contents_title), TITLE_FONT, SIZE_TITLE)
        for doc in documents:
            line = document.add_paragraph()
            _font(line.add_run(" ".join(part for part in (doc.title, doc.doc_number and f"（{doc.doc_number}）")
                                        if part)), BODY_FONT, Pt(14))
    for index, doc in enumerate(documents):
        if index or contents_title is not None:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _document(document, doc)
    document.save(str(path))
