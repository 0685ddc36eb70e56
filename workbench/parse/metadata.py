"""What a web or database copy puts around a document: metadata rows, front matter, Markdown.

In: the flow of content lines. Out: the lines that are not the document's own text marked
``role = LineRole.META`` (so segmentation steps over them and they never read as body) with what they
say, by line: a block of labelled rows (``发布部门：``, ``发文字号：``, ``时效性：``, ``索 引 号：`` …),
YAML front matter (``---`` … ``---``), a citation code (``【法宝引证码】``), the link a copy came
from (``原文链接：``) and a portal's buttons (``【打印本页】【关闭窗口】``). Markdown heading marks
(``# 标题``) are taken off the line's text. ``fill_fields`` gives a document the 文号, issuer,
成文日期 and title its metadata names where the text itself printed none.
"""
from __future__ import annotations

import re

from workbench.model import Document
from workbench.parse.heads import FlowLine
from workbench.parse.patterns import compact, doc_type_of, is_doc_number, organ_parts
from workbench.vocabulary import LineRole

FIELD_KEYS = {
    "doc_number": ("发文字号", "文号", "字号", "发文号", "文件编号", "doc_number"),
    "issuer": ("发布部门", "发文机关", "发文单位", "制发机关", "发布机关", "发布单位", "issuer"),
    "sign_date": ("成文日期", "成文时间", "签发日期", "sign_date"),
    "title": ("标题", "名称", "文件名称", "title"),
}
OTHER_KEYS = ("发布日期", "发布时间", "实施日期", "生效日期", "失效日期", "时效性", "有效性", "效力级别", "法规类别",
              "索引号", "主题分类", "主题词", "体裁分类", "组配分类", "公文种类", "信息来源", "来源", "公开方式",
              "公开范围", "原文链接", "链接", "source", "url", "date", "tags", "category", "author")
_KNOWN = {key: name for name, keys in FIELD_KEYS.items() for key in keys} | {key: "" for key in OTHER_KEYS}
_ROW = re.compile(r"^([^:：]{1,12})[:：]\s*(.*)$")
_SINGLE = re.compile(r"^(【法宝引证码】|原文链接[:：]|(【[^【】]{2,8}】\s*){2,}$)")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_LOOSE_DATE = re.compile(r"((?:19|20)\d{2})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})")


def mark_metadata(flow: list[FlowLine], markdown: bool) -> dict[int, tuple[str, str]]:
    """Mark the metadata lines of ``flow`` (role ``meta``); returns {line index: (field, value)} for the
    rows that name a document field. ``markdown``: take heading marks off (text sources)."""
    if markdown:
        for line in flow:
            if _MARKDOWN_HEADING.match(line.text):
                line.text = _MARKDOWN_HEADING.sub("", line.text)
    fields: dict[int, tuple[str, str]] = {}
    front = _front_matter(flow)
    for index in front:
        flow[index].role = LineRole.META
    rows = [_row(line.text) if line.role in (LineRole.BODY, LineRole.META) and not line.noise else None for line in flow]
    for index, line in enumerate(flow):
        row = rows[index]
        in_block = row is not None and (index in front or _neighbour_is_row(rows, index) or row[0] in ("原文链接", "链接"))
        if in_block or (line.role == LineRole.BODY and _SINGLE.match(compact(line.text))):
            line.role = LineRole.META
        if row is not None and (in_block or index in front) and _KNOWN.get(row[0]):
            fields[index] = (_KNOWN[row[0]], row[1].strip())
    return fields


def fill_fields(doc: Document, rows: list[tuple[str, str]]) -> None:
    """Give ``doc`` the fields its metadata ``rows`` name that its own text left empty."""
    for name, value in rows:
        if not value:
            continue
        if name == "doc_number" and not doc.doc_number and is_doc_number(value):
            doc.doc_number = compact(value)
        elif name == "issuer" and not doc.issuer:
            doc.issuer = organ_parts(value)
        elif name == "sign_date" and not doc.sign_date:
            match = _LOOSE_DATE.search(value)
            if match:
                year, month, day = (int(group) for group in match.groups())
                doc.sign_date = f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
        elif name == "title" and not doc.title and doc_type_of(value):
            doc.title = compact(value)
            doc.doc_type = doc_type_of(value)


def _row(text: str) -> tuple[str, str] | None:
    """(key, value) of a labelled row whose label is one copies use, else None."""
    match = _ROW.match(text.strip())
    if not match:
        return None
    key = re.sub(r"\s+", "", match.group(1)).lstrip("-*").strip()
    return (key, match.group(2)) if key in _KNOWN else None


def _neighbour_is_row(rows: list, index: int) -> bool:
    return (index > 0 and rows[index - 1] is not None) or (index + 1 < len(rows) and rows[index + 1] is not None)


def _front_matter(flow: list[FlowLine]) -> set[int]:
    """The lines of YAML front matter (``---`` … ``---`` at the very start), fences included."""
    first = next((i for i, line in enumerate(flow) if line.text.strip()), None)
    if first is None or flow[first].text.strip() != "---":
        return set()
    for index in range(first + 1, min(len(flow), first + 60)):
        if flow[index].text.strip() in ("---", "..."):
            return set(range(first, index + 1))
    return set()
