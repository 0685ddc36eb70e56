"""Documents printed with no 文号, found by their title.

In: the flow and the spans ``segment`` found by their 文号. Out: those spans with the
documents that have no 文号 added, in order. A title (issuer and a 文种 at its end) counts
as a document's when it stands after a break (the start, a date, a 版记 line, a note in
parentheses, or a sentence's end) and the lines around it bear it out: an issuer line above
it, or below it the 主送 (``湖北省人民政府：``) or the day it was adopted (``（一九五六年…通过）``).
A title that names what the document before it forwards (转发/批转/印发 and the same title in
《》) is that document's enclosure, not a document of its own.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from workbench.parse.heads import (
    DocumentSpan,
    FlowLine,
    is_head_text,
    is_mark,
    issuer_then_about,
    join,
    title_start,
)
from workbench.parse.patterns import adoption_date, compact, doc_type_of, is_issuer, parse_date, split_issuer_prefix

_STANDALONE_TITLE = re.compile(r"(关于.+的(通知|通报|决定|意见|批复|公告|通告|报告|请示|函))$|(公告|通告|令)$")
_FORWARDING = re.compile(r"转发|批转|印发|公布|发布")
_ACT = re.compile(r"(规定|办法|条例|规则|细则|纲要|指示|决议)$")  # an act adopted at a meeting, as old issues print it
_FULL_DATE = re.compile(r"\d{1,4}年\d{1,2}月\d{1,2}日")
_QUOTED = re.compile(r"《([^《》]{4,80})》")


def add_documents_without_number(lines: list[FlowLine], spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """``spans`` with every document the flow prints without a 文号 added, sorted by start."""
    taken: set[int] = set()
    for span in spans:
        taken.update(range(span.start, _head_end(span) + 1))
    found = list(spans)
    index = 0
    while index < len(lines) - 1:
        brk = _break_before(lines, index)
        head = None if index in taken or lines[index].skip else _head_at(lines, index, taken)
        if head is None:
            index += 1
            continue
        issuers, title = head
        joined = join([lines[i].text for i in title])
        confirmed = _confirmed(lines, title[-1], adopted_only=doc_type_of(joined) is None)
        standalone = _standalone(lines, issuers, title, joined)
        if ((brk == "end" and standalone) or confirmed) and not _inside_head(found, index) \
                and not _enclosed(lines, found, index, joined) and not _repeated_below(lines, found, title[-1], joined):
            found.append(DocumentSpan(start=index, anchor=None, title_lines=title, issuer_lines=issuers))
            found.sort(key=lambda span: span.start)
            index = title[-1] + 1
            continue
        index += 1
    return found


def _standalone(lines: list[FlowLine], issuers: list[int], title: list[int], joined: str) -> bool:
    """A head that reads as a document's by itself: its issuer above it or at its start, and a title
    of the form ``关于…的通知`` (or a 公告, 通告, 令, 报告, 公报)."""
    issued = bool(issuers) or issuer_then_about(lines[title[0]].text) \
        or (len(title) == 1 and split_issuer_prefix(joined) is not None)
    return issued and (_STANDALONE_TITLE.search(joined) is not None or doc_type_of(joined) in ("报告", "公报"))


def _head_at(lines: list[FlowLine], index: int, taken: set[int]) -> tuple[list[int], list[int]] | None:
    """(issuer lines, title lines) of a head starting at ``index``, the title ending with a 文种."""
    text = lines[index].text
    if not is_head_text(text) or is_mark(text):
        return None
    issuers = [index] if is_issuer(text) else []
    if not issuers and not (issuer_then_about(text) or title_start(text) or _subtitled(lines, index)):
        return None
    title: list[int] = []
    cursor = index + 1 if issuers else index
    while cursor < len(lines) and len(title) < 4 and cursor not in taken:
        if lines[cursor].skip:
            cursor += 1
            continue
        if not is_head_text(lines[cursor].text):
            break
        title.append(cursor)
        joined = join([lines[i].text for i in title])
        if _FULL_DATE.search(joined):
            return None  # ``…2023年5月17日第34次常务会议决定``: a sentence's start, not a title
        if doc_type_of(joined) or _ACT.search(joined):
            return issuers, title
        cursor += 1
    return None


def _subtitled(lines: list[FlowLine], index: int) -> bool:
    """A title with no issuer in it (``政府工作报告``) over a dash subtitle giving the day it was delivered."""
    following = index + 1
    while following < len(lines) and lines[following].skip:
        following += 1
    return following < len(lines) and doc_type_of(lines[index].text) is not None \
        and compact(lines[following].text)[:1] in "—─-" and adoption_date(lines[following].text) is not None


def _break_before(lines: list[FlowLine], index: int) -> str | None:
    """What stands before ``index``: ``end`` (nothing, a date, a 版记 line, a note in parentheses),
    ``sentence`` (a sentence's end) or None (text that runs on)."""
    before = index - 1
    while before >= 0 and lines[before].skip:
        before -= 1
    if before < 0 or lines[before].role == "table":
        return "end"
    text = compact(lines[before].text)
    if parse_date(text) is not None or text.endswith(("印发", "公开发布）", "公开发布)")) or text.startswith("抄送"):
        return "end"
    if re.fullmatch(r"[（(][^（()）]{2,20}[）)]", text):
        return "end"  # （此件公开发布）, （本文有删减）
    return "sentence" if text.endswith(("。", "！", "？", "；")) else None


def _confirmed(lines: list[FlowLine], last: int, adopted_only: bool = False) -> bool:
    """The line after a title is its 主送 (a short line ending with a colon) or the day it was adopted
    (only the latter with ``adopted_only``: an act such as a 规定 stands alone when adopted at a meeting)."""
    following = last + 1
    while following < len(lines) and lines[following].skip:
        following += 1
    if following >= len(lines):
        return False
    text = compact(lines[following].text)
    addressed = text.endswith(("：", ":")) and 3 <= len(text) <= 60 and "。" not in text
    return (addressed and not adopted_only) or adoption_date(text) is not None


def _repeated_below(lines: list[FlowLine], spans: list[DocumentSpan], last: int, title: str) -> bool:
    """The same title opens the document found right below (a copy's title line above its metadata)."""
    following = last + 1
    while following < len(lines) and lines[following].skip:
        following += 1
    return any(span.start == following and join([lines[i].text for i in span.title_lines]) == title
               for span in spans)


def _inside_head(spans: list[DocumentSpan], index: int) -> bool:
    """True when ``index`` falls in the head of a document already found."""
    return any(span.start <= index <= _head_end(span) for span in spans)


def _head_end(span: DocumentSpan) -> int:
    """The last line of a document's head (its 文号, title or issuer lines, whichever comes last)."""
    return max([span.anchor or span.start, *span.title_lines, *span.issuer_lines])


def _enclosed(lines: list[FlowLine], spans: list[DocumentSpan], index: int, title: str) -> bool:
    """The title is what the document before it forwards or issues (转发/批转/印发 with it in 《》)."""
    before = [span for span in spans if span.start < index]
    if not before:
        return False
    previous = before[-1]
    text = join([lines[i].text for i in range(previous.start, index) if not lines[i].skip])
    own = join([lines[i].text for i in previous.title_lines])
    if not _FORWARDING.search(own + text):
        return False
    prefixed = split_issuer_prefix(title)
    wanted = _core(prefixed[1] if prefixed else title)
    named = [_core(quote) for quote in _QUOTED.findall(text)]
    named += [_core(part) for part in _FORWARDING.split(own)[1:]]
    return any(SequenceMatcher(None, wanted, name, autojunk=False).ratio() >= 0.8 for name in named if name)


def _core(title: str) -> str:
    """A title without the words its forms differ by (关于, 的, its 文种 after 的)."""
    return re.sub(r"关于|的", "", title)
