"""Split an issue's running text into documents.

In: the flow of content lines (``FlowLine``: text, page, box, line number), noise
already marked. Out: ``DocumentSpan``s: where each document's head starts, where
its 文号 (or title, when it has none) stands, where its title lines are, and
where it ends. Every 公文 carries one 文号 alone on its line; the head (issuer
mark, issuer, title) is found around it, above it in a reprint
(issuer / title / 文号) and below it in a Word-style 版头 (issuer mark, 文号,
title), and above it in a title-first layout (title, then the 文号 bare or in
parentheses). Documents with no 文号 are added by ``unnumbered``.
"""
from __future__ import annotations

from workbench.parse.heads import (
    HEAD_WINDOW,
    DocumentSpan,
    FlowLine,
    is_head_text,
    is_mark,
    issuer_part,
    issuer_then_about,
    join,
    line_above,
    title_start,
)
from workbench.parse.patterns import compact, doc_number_of, doc_type_of, is_doc_number, is_issuer, is_order_number
from workbench.parse.unnumbered import add_documents_without_number
from workbench.vocabulary import LineRole


def _title_below(lines: list[FlowLine], anchor: int) -> bool:
    """The line after the 文号 opens a head (issuer or title): the Word-style 版头."""
    index = anchor + 1
    while index < len(lines) and lines[index].skip:
        index += 1
    return index < len(lines) and (is_issuer(lines[index].text) or title_start(lines[index].text)) \
        and is_head_text(lines[index].text)


def _head_above(lines: list[FlowLine], anchor: int, floor: int) -> tuple[list[int], list[int]] | None:
    """(issuer lines, title lines) standing above the 文号 at ``anchor``, or None.

    The title opens at a line a title can open with; failing that, a run of head lines that
    stands alone (a sentence, a date or the start above it) and ends with a 文种 is the title.
    A 文号 in parentheses, as a title-first layout prints it, needs a title that ends with a 文种.
    """
    title: list[int] = []
    opened = False
    index = anchor - 1
    while index >= max(floor, anchor - HEAD_WINDOW):
        line = lines[index]
        if line.skip:
            index -= 1
            continue
        if not is_head_text(line.text) or is_mark(line.text):
            break
        title.insert(0, index)
        if title_start(line.text) or (is_order_number(lines[anchor].text) and _numbered_type(line.text)):
            opened = True
            break
        index -= 1
    joined = join([lines[i].text for i in title])
    if is_order_number(lines[anchor].text) and not _numbered_type(joined):
        return None  # 第N号 under anything but a 令, 公告 or 通告 (an issue's own number under its name)
    bounded = index < max(floor, anchor - HEAD_WINDOW) or not is_head_text(lines[index].text)
    if not _is_title(lines, title, anchor, opened or (bounded and len(title) <= 3 and bool(doc_type_of(joined)))):
        return None
    opening = line_above(lines, title[0], floor)
    if opening is not None and issuer_then_about(lines[opening].text):
        title.insert(0, opening)  # ``…办公室关于`` / ``印发…的通知``: the title's first line holds its issuer
    issuers: list[int] = []
    index = title[0] - 1
    while index >= max(floor, title[0] - 4):
        line = lines[index]
        if line.skip:
            index -= 1
            continue
        if not is_issuer(issuer_part(line.text)):
            break
        issuers.insert(0, index)
        index -= 1
    return issuers, title


def _is_title(lines: list[FlowLine], title: list[int], anchor: int, standing: bool) -> bool:
    """Whether the lines ``title`` above the 文号 at ``anchor`` are its title: they open as a title does (or
    ``standing``: stand alone ending with a 文种), and a 文号 in parentheses has a title with a 文种."""
    if not title or not standing:
        return False
    joined = join([lines[i].text for i in title])
    if not (title_start(lines[title[0]].text) or doc_type_of(lines[title[0]].text) or doc_type_of(joined)):
        return False
    return doc_number_of(lines[anchor].text) == compact(lines[anchor].text) or bool(doc_type_of(joined))


def _numbered_type(title: str) -> bool:
    """Whether a title is of a kind numbered 第N号: a 令, a 公告, a 通告."""
    return doc_type_of(title) in ("令", "命令", "公告", "通告")


def _head_below(lines: list[FlowLine], anchor: int, ceiling: int) -> tuple[list[int], list[int], list[int]]:
    """Word-style 版头: (issuer mark lines above, issuer lines below, title lines below)."""
    marks: list[int] = []
    index = anchor - 1
    while index >= max(0, anchor - 4) and index > ceiling:
        text = lines[index].text
        if is_mark(text) or is_issuer(text):
            marks.insert(0, index)
        elif not lines[index].skip and is_head_text(text) and compact(text).startswith("["):
            pass  # an image placeholder left by a converter
        elif not lines[index].skip:
            break
        index -= 1
    issuers: list[int] = []
    title: list[int] = []
    index = anchor + 1
    while index < len(lines) and index <= anchor + HEAD_WINDOW:
        line = lines[index]
        if line.skip:
            index += 1
            continue
        if not title and is_issuer(line.text):
            issuers.append(index)
        elif is_head_text(line.text) and (title or title_start(line.text)):
            title.append(index)
            if doc_type_of(join([lines[i].text for i in title])):
                break
        else:
            break
        index += 1
    return marks, issuers, title


def find_documents(lines: list[FlowLine]) -> list[DocumentSpan]:
    """Every document in the flow, in order, each ending where the next one's head starts."""
    spans: list[DocumentSpan] = []
    floor = 0
    for index, line in enumerate(lines):
        if line.skip or not is_doc_number(line.text):
            continue
        above = None if _title_below(lines, index) else _head_above(lines, index, floor)
        if above is not None:
            issuers, title = above
            start = (issuers or title)[0]
            mark = _mark_above(lines, start, floor)
            span = DocumentSpan(start=start if mark is None else mark, anchor=index, title_lines=title,
                                issuer_lines=issuers, mark_lines=[] if mark is None else [mark])
        elif is_order_number(line.text):
            continue  # ``第12号`` heads nothing below it: it is an issue's number, not a 令's
        else:
            marks, issuers, title = _head_below(lines, index, floor - 1)
            if not title and not marks:
                continue  # a 文号 quoted on a line of its own inside a document
            span = DocumentSpan(start=(marks or [index])[0], anchor=index, title_lines=title,
                                issuer_lines=issuers or marks, mark_lines=marks)
        spans.append(span)
        floor = index + 1 + len(span.title_lines)
    spans = add_documents_without_number(lines, spans)
    floor = 0
    for span in spans:
        _take_metadata_above(lines, span, floor)
        floor = max([span.anchor or span.start] + span.title_lines) + 1
    for this, following in zip(spans, spans[1:]):
        this.end = following.start - 1
    if spans:
        spans[-1].end = len(lines) - 1
    return spans


def _take_metadata_above(lines: list[FlowLine], span: DocumentSpan, floor: int) -> None:
    """Start ``span`` at the metadata rows a copy prints above its head (and the title they repeat)."""
    title = join([lines[i].text for i in span.title_lines])
    index = span.start - 1
    while index >= floor and (lines[index].role == LineRole.META or lines[index].noise
                              or (title and compact(lines[index].text).endswith(title))):
        if lines[index].role != LineRole.META and not lines[index].noise:
            lines[index].role = LineRole.META  # the title printed again above the rows
        index -= 1
    while index + 1 < span.start and lines[index + 1].role != LineRole.META:
        index += 1
    span.start = index + 1


def _mark_above(lines: list[FlowLine], start: int, floor: int) -> int | None:
    """The issuer mark (``…文件``) printed just above a head, if there is one."""
    index = line_above(lines, start, floor)
    return index if index is not None and is_mark(lines[index].text) else None
