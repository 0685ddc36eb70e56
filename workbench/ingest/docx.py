"""Read a Word .docx through python-docx: paragraphs in order, tables with merged cells.

In: a path. Out: a ``Source`` of kind ``docx`` with one page: each non-empty
paragraph a ``Line`` (``line_no`` = its 1-based position among the body's
paragraphs), each table a ``Table`` standing between the paragraphs where it is,
its cells carrying row and column spans from Word's gridSpan and vMerge.
"""
from __future__ import annotations

import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from workbench import limits
from workbench.errors import CorruptFile, TooLarge
from workbench.limits import megabytes
from workbench.model import Cell, Line, Page, Source, Table
from workbench.vocabulary import SourceKind


def read_docx(path: str, sha256: str) -> Source:
    """Build a docx ``Source`` from the Word file at ``path``."""
    _check_sizes(path)
    try:
        document = docx.Document(path)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise CorruptFile(path, "不是有效的 Word (.docx) 文件") from err
    page = Page(number=1)
    paragraph_no = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph_no += 1
            text = Paragraph(child, document).text
            if text.strip():
                page.lines.append(Line(text=text.strip(), line_no=paragraph_no))
        elif tag == "tbl":
            table = read_table(DocxTable(child, document))
            table.after_line = len(page.lines)
            page.tables.append(table)
    return Source(path=path, sha256=sha256, kind=SourceKind.DOCX, pages=[page])


def read_table(table: DocxTable) -> Table:
    """A Word table as a ``Table``; a vertically merged cell becomes one cell with a rowspan."""
    cells: list[Cell] = []
    open_vertical: dict[int, Cell] = {}
    n_cols = 0
    for row_index, tr in enumerate(table._tbl.tr_lst):
        col = tr.grid_before
        for tc in tr.tc_lst:
            span = tc.grid_span
            if tc.vMerge == "continue" and col in open_vertical:
                open_vertical[col].rowspan += 1
            else:
                text = "\n".join(p.text for p in _cell_paragraphs(tc, table)).strip()
                cell = Cell(row=row_index, col=col, text=text, colspan=span, page=1)
                cells.append(cell)
                if tc.vMerge == "restart":
                    open_vertical[col] = cell
                else:
                    open_vertical.pop(col, None)
            col += span
        n_cols = max(n_cols, col)
    return Table(page=1, n_rows=len(table._tbl.tr_lst), n_cols=n_cols, cells=cells)


def _cell_paragraphs(tc, parent) -> list[Paragraph]:
    return [Paragraph(p, parent) for p in tc.p_lst]


def _check_sizes(path: str) -> None:
    """Refuse a .docx whose parts would inflate beyond the limits, from its zip directory (nothing inflated:
    a part never yields more than the size the directory gives it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            sizes = [info.file_size for info in archive.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise CorruptFile(path, "不是有效的 Word (.docx) 文件") from err
    bound = limits.current()
    if sizes and max(sizes) > bound.docx_member_mb * 1024**2:
        raise TooLarge(path, f"其中一部分解压后 {megabytes(max(sizes))}，上限 {bound.docx_member_mb:g} MB"
                             "（可放宽：docx_member_mb）")
    if sum(sizes) > bound.docx_total_mb * 1024**2:
        raise TooLarge(path, f"解压后共 {megabytes(sum(sizes))}，上限 {bound.docx_total_mb:g} MB（可放宽：docx_total_mb）")
