"""Split an issue's running text into documents.

In: the flow of content lines (``FlowLine``: text, page, box, line number), noise
already marked. Out: ``DocumentSpan``s: where each document's head starts, where
its 文号 (or title, when it has none) stands, where its title lines are, and
where it ends. Every 公文 carries one 文号 alone on its line; the head (issuer
mark, issuer, title) is found around it, above it in a reprint
(issuer / title / 文号) and below it in a Word-style 版头 (issuer mark, 文号,
title). A document with no 文号 is found by its title (``…关于…的通知``, 公告,
通告, 令) standing after an issuer line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.model import BBox
from workbench.parse.patterns import (
    compact, doc_type_of, ends_sentence, heading_of, is_doc_number, is_issuer, is_order_number, parse_date,
    unspace,
)

HEAD_WINDOW = 8


@dataclass
class FlowLine:
    text: str
    page: int | None
    bbox: BBox | None
    line_no: int | None
    role: str = "body"
    noise: bool = False


@dataclass
class DocumentSpan:
    start: int  # first line of the head (issuer mark or issuer)
    anchor: int | None  # the 文号 line, if any
    title_lines: list[int] = field(default_factory=list)
    issuer_lines: list[int] = field(default_factory=list)
    mark_lines: list[int] = field(default_factory=list)  # issuer marks (…文件) above the 文号
    end: int = 0  # last line (inclusive)


def _title_start(text: str) -> bool:
    text = compact(text)
    return "关于" in text or text.startswith(("转发", "印发"))


_TOC_ENTRY = re.compile(r"^\d{1,4}\s*[·•]")


def _is_head_text(text: str) -> bool:
    """A line that can belong to a document head (not a sentence, date, 文号 or TOC entry)."""
    return (len(compact(text)) <= 60 and not ends_sentence(text) and parse_date(text) is None
            and not is_doc_number(text) and heading_of(text) is None and not _TOC_ENTRY.match(text.strip()))


def _is_mark(text: str) -> bool:
    return unspace(text).endswith("文件") and is_issuer(_issuer_part(text))


def _title_below(lines: list[FlowLine], anchor: int) -> bool:
    """The line after the 文号 opens a head (issuer or title): the Word-style 版头."""
    index = anchor + 1
    while index < len(lines) and lines[index].noise:
        index += 1
    return index < len(lines) and (is_issuer(lines[index].text) or _title_start(lines[index].text)) \
        and _is_head_text(lines[index].text)


def _head_above(lines: list[FlowLine], anchor: int, floor: int) -> tuple[list[int], list[int]] | None:
    """(issuer lines, title lines) standing above the 文号 at ``anchor``, or None."""
    title: list[int] = []
    index = anchor - 1
    while index >= max(floor, anchor - HEAD_WINDOW):
        line = lines[index]
        if line.noise:
            index -= 1
            continue
        if not _is_head_text(line.text) or _is_mark(line.text):
            return None
        title.insert(0, index)
        if _title_start(line.text) or (is_order_number(lines[anchor].text) and doc_type_of(line.text)):
            break
        index -= 1
    else:
        return None
    if not title or not (_title_start(lines[title[0]].text) or doc_type_of(lines[title[0]].text)):
        return None
    opening = _line_above(lines, title[0], floor)
    if opening is not None and _issuer_then_about(lines[opening].text):
        title.insert(0, opening)  # ``…办公室关于`` / ``印发…的通知``: the title's first line holds its issuer
    issuers: list[int] = []
    index = title[0] - 1
    while index >= max(floor, title[0] - 4):
        line = lines[index]
        if line.noise:
            index -= 1
            continue
        if not is_issuer(_issuer_part(line.text)):
            break
        issuers.insert(0, index)
        index -= 1
    return issuers, title


def _line_above(lines: list[FlowLine], index: int, floor: int) -> int | None:
    """The nearest line above ``index`` that is not noise, if it is at or below ``floor``'s line."""
    index -= 1
    while index >= floor and lines[index].noise:
        index -= 1
    return index if index >= floor else None


def _issuer_then_about(text: str) -> bool:
    """A title's first line that ends with its issuer and 关于: ``清河市人民政府办公室关于``."""
    flat = compact(text)
    return flat.endswith("关于") and (len(flat) == 2 or is_issuer(flat[:-2])) and _is_head_text(text)


def _issuer_part(text: str) -> str:
    """An issuer mark's organ name (``…人民政府文件`` → ``…人民政府``)."""
    text = unspace(text)
    return text[:-2] if text.endswith("文件") and len(text) > 4 else text


def _head_below(lines: list[FlowLine], anchor: int, ceiling: int) -> tuple[list[int], list[int], list[int]]:
    """Word-style 版头: (issuer mark lines above, issuer lines below, title lines below)."""
    marks: list[int] = []
    index = anchor - 1
    while index >= max(0, anchor - 4) and index > ceiling:
        text = lines[index].text
        if _is_mark(text) or is_issuer(text):
            marks.insert(0, index)
        elif not lines[index].noise and _is_head_text(text) and compact(text).startswith("["):
            pass  # an image placeholder left by a converter
        elif not lines[index].noise:
            break
        index -= 1
    issuers: list[int] = []
    title: list[int] = []
    index = anchor + 1
    while index < len(lines) and index <= anchor + HEAD_WINDOW:
        line = lines[index]
        if line.noise:
            index += 1
            continue
        if not title and is_issuer(line.text):
            issuers.append(index)
        elif _is_head_text(line.text) and (title or _title_start(line.text)):
            title.append(index)
            if doc_type_of(_join([lines[i].text for i in title])):
                break
        else:
            break
        index += 1
    return marks, issuers, title


def _join(texts: list[str]) -> str:
    return "".join(compact(text) for text in texts)


def find_documents(lines: list[FlowLine]) -> list[DocumentSpan]:
    """Every document in the flow, in order, each ending where the next one's head starts."""
    spans: list[DocumentSpan] = []
    floor = 0
    for index, line in enumerate(lines):
        if line.noise or not is_doc_number(line.text):
            continue
        above = None if _title_below(lines, index) else _head_above(lines, index, floor)
        if above is not None:
            issuers, title = above
            start = (issuers or title)[0]
            mark = _mark_above(lines, start, floor)
            span = DocumentSpan(start=start if mark is None else mark, anchor=index, title_lines=title,
                                issuer_lines=issuers, mark_lines=[] if mark is None else [mark])
        else:
            marks, issuers, title = _head_below(lines, index, floor - 1)
            if not title and not marks:
                continue  # a 文号 quoted on a line of its own inside a document
            span = DocumentSpan(start=(marks or [index])[0], anchor=index, title_lines=title,
                                issuer_lines=issuers or marks, mark_lines=marks)
        spans.append(span)
        floor = index + 1 + len(span.title_lines)
    spans = _add_documents_without_number(lines, spans)
    for this, following in zip(spans, spans[1:]):
        this.end = following.start - 1
    if spans:
        spans[-1].end = len(lines) - 1
    return spans


def _mark_above(lines: list[FlowLine], start: int, floor: int) -> int | None:
    """The issuer mark (``…文件``) printed just above a head, if there is one."""
    index = _line_above(lines, start, floor)
    return index if index is not None and _is_mark(lines[index].text) else None


_STANDALONE_TITLE = re.compile(r"(关于.+的(通知|通报|决定|意见|批复|公告|通告|报告|请示|函))$|(公告|通告|令)$")


def _add_documents_without_number(lines: list[FlowLine], spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """Documents printed with no 文号: an issuer line, then a title with a 文种, then recipients or body."""
    taken: set[int] = set()
    for span in spans:
        taken.update(range(span.start, (span.anchor or span.start) + len(span.title_lines) + 1))
    found = list(spans)
    index = 0
    while index < len(lines) - 2:
        if index in taken or lines[index].noise or not _after_break(lines, index):
            index += 1
            continue
        if _issuer_titled(lines[index].text) and index + 1 < len(lines):
            if not _inside_existing(spans, index):
                found.append(DocumentSpan(start=index, anchor=None, title_lines=[index]))
            index += 1
            continue
        about = _issuer_then_about(lines[index].text)
        if not is_issuer(lines[index].text) and not about:
            index += 1
            continue
        title: list[int] = [index] if about else []
        cursor = index + 1
        while cursor < len(lines) and len(title) < 4 and _is_head_text(lines[cursor].text) and cursor not in taken:
            title.append(cursor)
            if _STANDALONE_TITLE.search(_join([lines[i].text for i in title])):
                break
            cursor += 1
        joined = _join([lines[i].text for i in title])
        if title and _STANDALONE_TITLE.search(joined) and not _inside_existing(spans, index):
            found.append(DocumentSpan(start=index, anchor=None, title_lines=title, issuer_lines=[] if about else [index]))
            index = title[-1] + 1
            continue
        index += 1
    return sorted(found, key=lambda span: span.start)


def _issuer_titled(text: str) -> bool:
    """``清河市公安局关于实行交通管制的通告``: issuer and title on one line."""
    flat = compact(text)
    match = re.search(r"关于", flat)
    return bool(match) and match.start() > 0 and is_issuer(flat[: match.start()]) \
        and bool(_STANDALONE_TITLE.search(flat)) and _is_head_text(text)


def _after_break(lines: list[FlowLine], index: int) -> bool:
    """The line before ``index`` ends a document (a date, a 版记 line) or there is none."""
    before = index - 1
    while before >= 0 and lines[before].noise:
        before -= 1
    if before < 0:
        return True
    text = compact(lines[before].text)
    return parse_date(text) is not None or text.endswith(("印发", "公开发布）", "公开发布)")) or text.startswith("抄送")


def _inside_existing(spans: list[DocumentSpan], index: int) -> bool:
    """True when ``index`` falls in the head or early body of a document found by its 文号."""
    for span in spans:
        head_end = (span.anchor or span.start) + len(span.title_lines)
        if span.start <= index <= head_end:
            return True
    return False
