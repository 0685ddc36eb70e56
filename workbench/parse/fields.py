"""A document's GB/T 9704 fields and elements, read from its span of lines.

In: the flow of lines and one ``DocumentSpan``. Out: a ``Document`` with issuer(s),
文号, title, 文种, recipients, signatory, 成文日期 and an element per line, each
element with its kind (mark, issuer, title, doc_number, recipients, body,
heading, attachment_note, signatory, date, publication_note, enclosure_title,
attachment, appointment, cc, imprint, metadata), heading level and provenance.
"""
from __future__ import annotations

import re

from workbench.model import Document, Element
from workbench.parse.heads import DocumentSpan, FlowLine
from workbench.parse.patterns import (
    adoption_date,
    compact,
    doc_number_of,
    doc_type_of,
    ends_sentence,
    heading_of,
    is_issuer,
    organ_name,
    organ_parts,
    parse_date,
    split_issuer_prefix,
    unspace,
)
from workbench.vocabulary import ElementKind, LineRole

_RECIPIENT_WORDS = ("各", "政府", "部门", "单位", "局", "委", "会", "厅", "办", "院", "公司", "企业", "学校")
_SIGNED = re.compile(r"^(国务院)?(总理|副总理|主席|省长|自治区主席|市长|州长|县长|区长|旗长|盟长|部长|主任|局长|厅长)"
                     r" [\u4e00-\u9fff]{2,4}$")  # 令 signed ``总理　李克强``
_DELIVERED = re.compile(r"^([\u4e00-\u9fff]{2,16}?)(总理|省长|市长|州长|县长|区长|旗长|主席|主任|部长|局长|厅长) ?"
                        r"[\u4e00-\u9fff]{2,4}$")
_APPOINTMENT = re.compile(r"^(任命|免去|聘任|解聘|聘请|任|免)?[:：]?(.+?)(为|的)(.+?)(职务)?[；;。，,]?$")


def split_issuers(text: str) -> list[str]:
    """One printed issuer line → the organs it names (joint issuers may share a line)."""
    text = unspace(text)
    if text.endswith("文件") and len(text) > 4:
        text = text[:-2]
    return [organ_name(part) for part in organ_parts(text)]


def _split_title_line(text: str) -> tuple[list[str], str]:
    """``清河市人民政府 关于印发…`` → (["清河市人民政府"], "关于印发…"); ``国务院、中央军委关于…`` → two issuers."""
    split = split_issuer_prefix(text)
    return (split_issuers(split[0]), split[1]) if split else ([], unspace(text))


def build_document(lines: list[FlowLine], span: DocumentSpan, order: int) -> Document:
    """The document in ``lines[span.start .. span.end]``."""
    doc = Document(order=order)
    kinds: dict[int, ElementKind] = {}
    issuers: list[str] = []
    for index in span.issuer_lines:
        issuers += split_issuers(lines[index].text)
        kinds[index] = ElementKind.ISSUER
    for index in span.mark_lines:
        kinds[index] = ElementKind.MARK
    title_parts: list[str] = []
    for position, index in enumerate(span.title_lines):
        text = lines[index].text
        if position == 0:
            prefix, text = _split_title_line(text)
            issuers = issuers or prefix
        title_parts.append(compact(text))
        kinds[index] = ElementKind.TITLE
    if not issuers and title_parts and title_parts[0].endswith(("令", "公告", "通告")) and "关于" not in title_parts[0]:
        organ = re.sub(r"(令|公告|通告)$", "", title_parts[0])
        issuers = [organ] if is_issuer(organ) else []
    doc.issuer = _unique(issuers)
    doc.title = "".join(title_parts) or None
    doc.doc_type = doc_type_of(doc.title or "")
    if span.anchor is not None:
        doc.doc_number = doc_number_of(lines[span.anchor].text)
        kinds[span.anchor] = ElementKind.DOC_NUMBER
    body_start = max([span.anchor or span.start] + span.title_lines) + 1
    _read_recipients(lines, body_start, span.end, doc, kinds)
    _read_adoption(lines, body_start, span.end, doc, kinds)
    _read_signature(lines, body_start, span.end, doc, kinds)
    doc.elements = _elements(lines, span, kinds)
    _place(doc, lines, span)
    return doc


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _content(lines: list[FlowLine], start: int, end: int, meta: bool = False) -> list[int]:
    """The document's own lines in ``start..end`` (with its metadata rows when ``meta``)."""
    return [i for i in range(start, end + 1)
            if not lines[i].noise and lines[i].role != LineRole.TABLE and (meta or lines[i].role != LineRole.META)]


def _read_recipients(lines, start, end, doc: Document, kinds) -> None:
    picked: list[int] = []
    for index in _content(lines, start, end)[:4]:
        text = lines[index].text
        if parse_date(text) or adoption_date(text) or heading_of(text) or "。" in text:
            return
        picked.append(index)
        if text.rstrip().endswith(("：", ":")):
            joined = "".join(compact(lines[i].text) for i in picked)[:-1]
            if _addressed(joined, first=len(picked) == 1) and len(joined) <= 200:
                doc.recipients = joined
                kinds.update({i: ElementKind.RECIPIENTS for i in picked})
            return


def _addressed(joined: str, first: bool) -> bool:
    """Text that names who a document is sent to: organs (``各县人民政府，市级各部门``, ``武警总部``)
    or, on the line right after the head, one addressee (``张某某委员``)."""
    if any(word in joined for word in _RECIPIENT_WORDS) or is_issuer(re.sub(r"[，,]", "、", joined)):
        return True
    return first and len(joined) <= 16 and not re.search(r"如下|下列|以下|通知|决定|[，,；;]", joined)


def _read_adoption(lines, start, end, doc: Document, kinds) -> None:
    """``（一九五六年三月八日国务院全体会议第二十五次会议通过）`` under a title: the day it was adopted."""
    content = _content(lines, start, end)[:3]
    for position, index in enumerate(content[:2]):
        date = adoption_date(lines[index].text)
        if date:
            doc.sign_date = date
            kinds[index] = ElementKind.DATE
            _read_speaker(lines, content[position + 1:position + 2], doc, kinds)
            return


def _read_speaker(lines, following: list[int], doc: Document, kinds) -> None:
    """``国务院总理　李强`` under a report's subtitle: who delivered it, and for which organ."""
    for index in following:
        match = _DELIVERED.match(unspace(lines[index].text))
        if match and is_issuer(match.group(1)):
            doc.signatory = [unspace(lines[index].text)]
            doc.issuer = doc.issuer or [match.group(1)]
            kinds[index] = ElementKind.SIGNATORY


def _read_signature(lines, start, end, doc: Document, kinds) -> None:
    """成文日期: the first date alone on its line; 署名: the organ lines just above it."""
    content = _content(lines, start, end)
    for position, index in enumerate(content):
        date = parse_date(lines[index].text)
        if not date:
            continue
        if doc.sign_date and kinds.get(index - 1) != ElementKind.DATE:
            return  # adopted on the day printed under its title; a later date is another's
        doc.sign_date = date
        kinds[index] = ElementKind.DATE
        signers: list[str] = []
        cursor = position - 1
        while cursor >= 0 and position - cursor <= 3:
            text = lines[content[cursor]].text
            if _SIGNED.match(unspace(text)):
                signers = [unspace(text)] + signers
            elif is_issuer(text):
                signers = split_issuers(text) + signers
            else:
                break
            kinds[content[cursor]] = ElementKind.SIGNATORY
            cursor -= 1
        doc.signatory = _unique(signers)
        _after_signature(lines, content[position + 1:], kinds)
        return


def _after_signature(lines, following: list[int], kinds) -> None:
    """(此件公开发布), then the enclosed title of a 印发/转发 notice, if any."""
    for index in following[:3]:
        text = compact(lines[index].text)
        if re.fullmatch(r"[（(]此件.*[）)]", text):
            kinds[index] = ElementKind.PUBLICATION_NOTE
            continue
        if not text.startswith("附件") and not ends_sentence(text) and heading_of(text) is None and len(text) <= 60:
            kinds[index] = ElementKind.ENCLOSURE_TITLE
        return


def _kind_of(text: str, known: ElementKind | None, after_signature: bool) -> tuple[ElementKind, int | None]:
    if known:
        return known, None
    flat = compact(text)
    if flat.startswith("抄送"):
        return ElementKind.CC, None
    if flat.endswith("印发") and re.search(r"\d{4}年\d{1,2}月\d{1,2}日印发$", flat):
        return ElementKind.IMPRINT, None
    if re.match(r"^附件[:：]", flat) and not after_signature:
        return ElementKind.ATTACHMENT_NOTE, None
    if re.fullmatch(r"附件\s*\d*[:：]?", flat):
        return ElementKind.ATTACHMENT, None
    if re.match(r"^(任命|免去|聘任|解聘)", flat) and len(flat) > 4:
        return ElementKind.APPOINTMENT, None
    heading = heading_of(text)
    if heading:
        return heading[0], heading[1]
    return ElementKind.BODY, None


def _elements(lines: list[FlowLine], span: DocumentSpan, kinds: dict[int, ElementKind]) -> list[Element]:
    elements = []
    after_signature = False
    appointing: str | None = None
    for index in _content(lines, span.start, span.end, meta=True):
        line = lines[index]
        kind, level = _kind_of(line.text, ElementKind.METADATA if line.role == LineRole.META else kinds.get(index), after_signature)
        after_signature = after_signature or kind == ElementKind.DATE
        attrs = None
        flat = compact(line.text)
        if flat in ("任命：", "任命:", "免去：", "免去:"):
            appointing = flat[:2]
        elif kind == ElementKind.APPOINTMENT or (appointing and kind == ElementKind.BODY and re.search(r"(为|的).+", flat)):
            attrs = _appointment(flat, appointing)
            kind = ElementKind.APPOINTMENT if attrs else kind
        elements.append(Element(kind=kind, text=line.text, page=line.page, bbox=line.bbox,
                                line_start=line.line_no, line_end=line.line_no, level=level, attrs=attrs))
    return elements


def _appointment(text: str, carried: str | None) -> dict | None:
    """``任命张三为XX局局长`` → {"action": "任命", "name": "张三", "post": "XX局局长"}."""
    match = _APPOINTMENT.match(text)
    if not match:
        return None
    action = match.group(1) or carried
    name, post = match.group(2), match.group(4)
    if not action or len(name) > 12:
        return None
    action = {"任": "任命", "免": "免去"}.get(action, action)
    return {"action": action, "name": name.strip("，,、"), "post": post}


def _place(doc: Document, lines: list[FlowLine], span: DocumentSpan) -> None:
    content = [lines[i] for i in range(span.start, span.end + 1)]
    pages = [line.page for line in content if line.page is not None]
    numbers = [line.line_no for line in content if line.line_no is not None]
    doc.page_start, doc.page_end = (pages[0], pages[-1]) if pages else (None, None)
    doc.line_start, doc.line_end = (numbers[0], numbers[-1]) if numbers else (None, None)
