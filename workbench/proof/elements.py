"""``element`` and ``toc``: GB/T 9704 completeness of each document, and the issue's table of contents.

``element``: a title that does not end in one of the 15 文种 (for a document with a
文号), recipients (主送机关) not ended by a full-width colon, a 附件说明 whose
attachments are not printed (or attachments with no 附件说明, or different counts),
a 版记 line (抄送, 印发) malformed. ``toc``: an entry whose title or page the parser
found to disagree with its document (``Issue.toc[…]["problems"]``).
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.model import Document, Element, ParseResult
from workbench.parse.patterns import DOC_TYPES, compact, doc_type_of
from workbench.proof.rule import Rule
from workbench.reading.passages import document_label
from workbench.vocabulary import Category, ElementKind, Severity

_ATTACHMENT_ITEM = re.compile(r"(?:^|[：:\s])(\d{1,2})[．.、]")
_IMPRINT = re.compile(r"\d{4}年[1-9]\d?月[1-9]\d?日印发$")


def findings(result: ParseResult) -> list[Finding]:
    found: list[Finding] = []
    for index, doc in enumerate(result.documents):
        found += _title(index, doc) + _recipients(index, doc) + _attachments(index, doc) + _imprint(index, doc)
    return found + _toc(result)


def _finding(index: int, doc: Document, seq: int | None, rule: str, message: str, severity: Severity,
             text: str | None = None, suggestion: str | None = None, category: Category = Category.ELEMENT) -> Finding:
    element: Element | None = doc.elements[seq] if seq is not None else None
    flagged = text if text is not None else (element.text.strip() if element else "")
    start = max(0, element.text.find(flagged)) if element else 0
    return Finding(rule=rule, category=category, severity=severity, message=message, text=flagged,
                   suggestion=suggestion, doc=index, document=document_label(doc), element=seq, start=start,
                   context=element.text if element else "",
                   page=element.page if element else doc.page_start,
                   line=element.line_start if element else doc.line_start,
                   bbox=element.bbox if element else None)


def _seq(doc: Document, kind: str, last: bool = False) -> int | None:
    seqs = [seq for seq, element in enumerate(doc.elements) if element.kind == kind]
    return (seqs[-1] if last else seqs[0]) if seqs else None


def _title(index: int, doc: Document) -> list[Finding]:
    if not doc.doc_number or not doc.title or doc_type_of(doc.title):
        return []
    return [_finding(index, doc, _seq(doc, ElementKind.TITLE, last=True), "element.title_doc_type",
                     f"标题未以文种结尾（{'、'.join(t for t in DOC_TYPES if t != '令')}等15种）", Severity.WARNING,
                     text=doc.title[-8:])]


def _recipients(index: int, doc: Document) -> list[Finding]:
    seq = _seq(doc, ElementKind.RECIPIENTS, last=True)
    if seq is None:
        return []
    text = doc.elements[seq].text.rstrip()
    if text.endswith("："):
        return []
    if text.endswith(":"):
        return [_finding(index, doc, seq, "element.recipients_colon", "主送机关后应使用全角冒号“：”",
                         Severity.WARNING, text=":", suggestion="：")]
    return [_finding(index, doc, seq, "element.recipients_colon", "主送机关末尾缺少全角冒号“：”", Severity.WARNING,
                     text=text[-6:], suggestion=text[-6:] + "：")]


def _attachments(index: int, doc: Document) -> list[Finding]:
    note = _seq(doc, ElementKind.ATTACHMENT_NOTE)
    printed = [seq for seq, element in enumerate(doc.elements) if element.kind == ElementKind.ATTACHMENT]
    if note is None and not printed:
        return []
    if note is None:
        return [_finding(index, doc, printed[0], "element.attachment_note_missing",
                         "正文后印有附件，但没有附件说明", Severity.WARNING)]
    listed = _listed(doc, note)
    if not printed:
        return [_finding(index, doc, note, "element.attachment_missing",
                         "附件说明列出的附件未随文印出", Severity.INFO)]
    if listed and listed != len(printed):
        return [_finding(index, doc, note, "element.attachment_count",
                         f"附件说明列出{listed}个附件，印出{len(printed)}个", Severity.WARNING)]
    return []


def _listed(doc: Document, note: int) -> int:
    """How many attachments the 附件说明 starting at element ``note`` lists (numbered 1. 2. …, else one)."""
    numbers: list[int] = []
    for offset, element in enumerate(doc.elements[note:note + 12]):
        items = [int(n) for n in _ATTACHMENT_ITEM.findall(compact(element.text))]
        if offset and (element.kind != ElementKind.BODY or not items):
            break
        numbers += items
    return max(numbers) if numbers else 1


def _imprint(index: int, doc: Document) -> list[Finding]:
    found = []
    for seq, element in enumerate(doc.elements):
        if element.kind not in (ElementKind.CC, ElementKind.IMPRINT):
            continue
        flat = compact(element.text)
        if element.kind == ElementKind.CC and (not re.match(r"^抄送：", flat) or not flat.endswith("。")):
            found.append(_finding(index, doc, seq, "element.cc_form",
                                  "抄送行应为“抄送：机关名称，机关名称。”（全角冒号，句号结尾）", Severity.WARNING))
        if element.kind == ElementKind.IMPRINT and not _IMPRINT.search(flat):
            found.append(_finding(index, doc, seq, "element.imprint_form",
                                  "印发行应为“印发机关　2024年1月5日印发”（日期用阿拉伯数字，不编虚位）", Severity.WARNING))
    return found


def _toc(result: ParseResult) -> list[Finding]:
    issue = result.issue
    if issue is None:
        return []
    found = []
    for entry in issue.toc:
        problems = entry.get("problems") or []
        index = entry.get("document")
        doc = result.documents[index] if index is not None and index < len(result.documents) else None
        for problem in problems:
            message = {"missing": f"目录条目“{entry['title']}”在本期找不到对应公文",
                       "title": f"目录条目“{entry['title']}”与公文标题不一致",
                       "page": f"目录条目“{entry['title']}”标注的页码{entry['page']}与公文所在页不符"}[problem]
            finding = Finding(rule=f"toc.{problem}", category=Category.TOC, severity=Severity.WARNING, message=message,
                              text=entry["title"], doc=index if doc else None,
                              document=document_label(doc) if doc else None,
                              page=doc.page_start if doc else None, line=doc.line_start if doc else None)
            found.append(finding)
    return found


RULE = Rule("element", (Category.ELEMENT, Category.TOC,), "公文要素与目录", lambda seen: findings(seen.result))
