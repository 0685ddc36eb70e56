"""The lines a document's head is made of, and the flow they are found in.

In: ``FlowLine``s (a source's content lines in reading order, noise and metadata rows
marked). Out: answers about one line — can it belong to a head, open a title, name an
issuer, be an issuer mark — used by ``segment`` (documents found by their 文号) and
``unnumbered`` (documents found by their title). ``DocumentSpan`` is what both produce.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.model import BBox
from workbench.parse.patterns import (
    compact,
    ends_sentence,
    heading_of,
    is_doc_number,
    is_issuer,
    parse_date,
    split_issuer_prefix,
    unspace,
)
from workbench.vocabulary import LineRole

HEAD_WINDOW = 8


@dataclass
class FlowLine:
    text: str
    page: int | None
    bbox: BBox | None
    line_no: int | None
    role: LineRole = LineRole.BODY
    noise: bool = False

    @property
    def skip(self) -> bool:
        """Not part of a document's running text: a running header, a page number or a metadata row."""
        return self.noise or self.role == LineRole.META


@dataclass
class DocumentSpan:
    start: int  # first line of the head (issuer mark or issuer)
    anchor: int | None  # the 文号 line, if any
    title_lines: list[int] = field(default_factory=list)
    issuer_lines: list[int] = field(default_factory=list)
    mark_lines: list[int] = field(default_factory=list)  # issuer marks (…文件) above the 文号
    end: int = 0  # last line (inclusive)


def title_start(text: str) -> bool:
    """A line a title can open with: one holding 关于, opening with 转发/批转/印发, or with its issuer then 对/转发/…."""
    flat = compact(text)
    return "关于" in flat or flat.startswith(("转发", "印发", "批转")) or split_issuer_prefix(text) is not None


TOC_ENTRY = re.compile(r"^\d{1,4}\s*[·•]|(?:[.…·．]{3,}|…{2,})\s*[（(]?\d{1,4}[）)]?$")


def is_head_text(text: str) -> bool:
    """A line that can belong to a document head (not a sentence, date, 文号 or TOC entry)."""
    return (len(compact(text)) <= 60 and not ends_sentence(text) and parse_date(text) is None
            and not is_doc_number(text) and heading_of(text) is None and not TOC_ENTRY.search(text.strip()))


def is_mark(text: str) -> bool:
    return unspace(text).endswith("文件") and is_issuer(issuer_part(text))


def line_above(lines: list[FlowLine], index: int, floor: int) -> int | None:
    """The nearest line above ``index`` that is not noise, if it is at or below ``floor``'s line."""
    index -= 1
    while index >= floor and lines[index].skip:
        index -= 1
    return index if index >= floor else None


def issuer_then_about(text: str) -> bool:
    """A title's first line that holds its issuer and opens the title: ``清河市人民政府办公室关于``, or
    ``国务院办公厅转发国家地震局`` (issuer, 转发/批转/印发, then the organ whose paper it forwards)."""
    flat = compact(text)
    if not is_head_text(text):
        return False
    if flat.endswith("关于"):
        return len(flat) == 2 or is_issuer(flat[:-2])
    split = split_issuer_prefix(flat)
    if split is None or not split[1].startswith(("转发", "批转", "印发")):
        return False
    return is_issuer(re.sub(r"等([\d一二三四五六七八九十]+个?)?(部门|单位)$", "", split[1][2:]))


def issuer_part(text: str) -> str:
    """An issuer mark's organ name (``…人民政府文件`` → ``…人民政府``)."""
    text = unspace(text)
    return text[:-2] if text.endswith("文件") and len(text) > 4 else text


def join(texts: list[str]) -> str:
    return "".join(compact(text) for text in texts)
