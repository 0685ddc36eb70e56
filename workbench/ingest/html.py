"""Saved web pages (``.html``/``.htm``): the article's text in lines, its tables with their merged cells.

In: a path and its SHA-256. Out: a ``Source`` of one page: a line per block (paragraph, heading, list
item, ``<br>``-separated line) and a ``Table`` per ``<table>`` (rowspan and colspan kept, each cell
with its row and column in the full grid), standing where it stood among the lines. Only the article
is read, not the site around it: scripts, styles, navigation, headers, footers, forms and asides are
dropped, and where the page marks its article (``<article>``, ``#zoom``, ``.pages_content``,
``.TRS_Editor``, ``.article``, ``.content`` …) or one container plainly holds most of the text, only
that is read. The encoding is the page's own (``<meta charset>``), else UTF-8, else GB18030. lxml
parses it (no script is run, no link followed).
"""
from __future__ import annotations

import re

import lxml.html

from workbench.errors import CorruptFile
from workbench.model import Cell, Line, Page, Source, Table
from workbench.vocabulary import Confidence, SourceKind

_DROPPED = {"script", "style", "noscript", "nav", "header", "footer", "form", "aside", "iframe", "button",
            "select", "template", "svg", "object", "embed"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "section",
           "article", "tr", "center", "address", "figcaption", "caption", "title"}
_ARTICLE = ("//article", "//*[@id='zoom']", "//*[@id='UCAP-CONTENT']", "//*[contains(@class,'pages_content')]",
            "//*[contains(@class,'TRS_Editor')]", "//*[contains(@class,'article')]", "//*[@id='content']",
            "//*[contains(@class,'content')]")
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def read_html(path: str, sha256: str) -> Source:
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        root = lxml.html.document_fromstring(_decoded(data))
    except (ValueError, lxml.etree.ParserError) as err:
        raise CorruptFile(path, "网页无法解析") from err
    for element in root.iter(*_DROPPED):
        element.drop_tree()
    page = Page(number=1)
    walker = _Walker(page)
    walker.walk(_article(root))
    walker.end_line()
    return Source(path=path, sha256=sha256, kind=SourceKind.HTML, pages=[page])


def _decoded(data: bytes) -> str:
    match = _CHARSET.search(data[:4096])
    names = [match.group(1).decode("ascii", "replace").lower()] if match else []
    for name in [*names, "utf-8", "gb18030"]:
        try:
            return data.decode("gb18030" if name in ("gb2312", "gbk") else name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def _article(root):
    """The element holding the article: one the page marks, or the one with most of the text."""
    body = root.find("body") if root.find("body") is not None else root
    total = len(_text(body)) or 1
    for query in _ARTICLE:
        found = [element for element in root.xpath(query) if len(_text(element)) >= 0.3 * total]
        if found:
            return min(found, key=lambda element: len(_text(element)))  # the innermost that holds the article
    return body


def _text(element) -> str:
    return re.sub(r"\s+", "", element.text_content() or "")


class _Walker:
    """Lines and tables of an element tree, in reading order."""

    def __init__(self, page: Page):
        self.page = page
        self.parts: list[str] = []
        self.number = 0
        self.pre = 0  # inside <pre>: its line breaks are lines and its spaces are kept
        self.verbatim = False

    def add(self, text: str) -> None:
        self.verbatim = self.verbatim or bool(self.pre)
        pieces = text.split("\n") if self.pre else [text.replace("\n", " ")]
        for index, piece in enumerate(pieces):
            if index:
                self.end_line()
            self.parts.append(piece)

    def end_line(self) -> None:
        joined = "".join(self.parts)
        text = joined.strip() if self.verbatim else re.sub(
            r"[ \t\u3000\xa0]+", lambda m: m.group(0)[0] if m.group(0)[0] == "\u3000" else " ", joined).strip()
        self.parts, self.verbatim = [], False
        if text:
            self.number += 1
            self.page.lines.append(Line(text=text, line_no=self.number))

    def walk(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "table":
            self.end_line()
            table = _table(element, self.number + 1)
            if table.cells:
                table.after_line = len(self.page.lines)
                self.page.tables.append(table)
            self._tail(element)
            return
        if tag == "br" or tag in _BLOCKS:
            self.end_line()
        self.pre += tag == "pre"
        if element.text and tag not in ("br",):
            self.add(element.text)
        for child in element:
            self.walk(child)
        self.pre -= tag == "pre"
        if tag in _BLOCKS:
            self.end_line()
        self._tail(element)

    def _tail(self, element) -> None:
        if element.tail:
            self.add(element.tail)


def _table(element, line_no: int) -> Table:
    """A ``<table>`` as a ``Table``: every cell placed in the grid its rowspans and colspans make."""
    taken: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    rows = [row for row in element.iter("tr") if _owner(row) is element]
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while (r, c) in taken:
                c += 1
            rowspan, colspan = _span(cell.get("rowspan")), _span(cell.get("colspan"))
            rowspan = min(rowspan, len(rows) - r)
            text = re.sub(r"\s+", " ", cell.text_content() or "").strip()
            cells.append(Cell(row=r, col=c, text=text, rowspan=rowspan, colspan=colspan, page=1, line_no=line_no))
            taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            c += colspan
    n_cols = max((col + 1 for _row, col in taken), default=0)
    return Table(page=1, n_rows=len(rows), n_cols=n_cols, cells=cells, ruled=True, confidence=Confidence.HIGH)


def _owner(row):
    """The table a row belongs to (a nested table's rows belong to it, not to the outer one)."""
    parent = row.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1
