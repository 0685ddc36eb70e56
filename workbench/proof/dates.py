"""``date``: how dates are written.

In running text: 2023.5.31, 2023-5-31 and 2023/5/31 instead of 2023年5月31日, spaces
inside a date, and dates that cannot be (2月30日, 13月). For a document's 成文日期
(GB/T 9704 §7.3.5.1): Arabic numerals, the full year, no leading zero; a year that
disagrees with the 文号's year; a date after the issue's publication date.
"""
from __future__ import annotations

import calendar
import re

from workbench.finding import Finding
from workbench.model import Document, ParseResult
from workbench.parse.patterns import DOC_NUMBER, compact, parse_date
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined, Passage
from workbench.vocabulary import Category, ElementKind, Severity

# each begins with a year's first digit, so that the scan skips to digits (the checks on it come after)
_NUMERIC = re.compile(r"([12]\d{3})(?<=(?:19|20)\d\d)(?<![\d.\-/]\d{4})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.\-/]|[%‰])")
_WRITTEN = re.compile(r"([12]\d{3})(?<=(?:19|20)\d\d)(\s*)年(\s*)(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日")
_LEADING_ZERO = re.compile(r"年0\d|月0\d")


def findings(result: ParseResult, joined: Joined) -> list[Finding]:
    found = _in_text(joined)
    published = parse_date(result.issue.publication_date) if result.issue and result.issue.publication_date else None
    sign_dates: dict[int, Passage] = {}  # each document's first 成文日期 line
    for passage in joined.passages:
        if passage.kind == ElementKind.DATE:
            sign_dates.setdefault(passage.doc, passage)
    for index, doc in enumerate(result.documents):
        if index in sign_dates:
            found += _sign_date(doc, sign_dates[index], published)
    return found


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _in_text(joined: Joined) -> list[Finding]:
    text = joined.text
    found: list[Finding] = []
    for match in _NUMERIC.finditer(text):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue  # a version or a code, not a date
        found.append(joined.finding(
            "date.numeric", Category.DATE, Severity.WARNING, f"日期“{match.group()}”应写作“{year}年{month}月{day}日”",
            match.start(), match.end() - match.start(), f"{year}年{month}月{day}日"))
    for match in _WRITTEN.finditer(text):
        year, month, day = int(match.group(1)), int(match.group(4)), int(match.group(7))
        if not _valid(year, month, day):
            found.append(joined.finding("date.impossible", Category.DATE, Severity.ERROR,
                                        f"日期“{compact(match.group())}”不存在", match.start(),
                                        match.end() - match.start()))
        elif any(match.group(g) for g in (2, 3, 5, 6, 8)) and "\n" not in match.group():
            found.append(joined.finding("date.spaces", Category.DATE, Severity.WARNING, "日期中间有空格",
                                        match.start(), match.end() - match.start(), compact(match.group())))
    return found


def _sign_date(doc: Document, passage: Passage, published: str | None) -> list[Finding]:
    """The 成文日期 line of a document: its form, its year against the 文号, and against the issue date."""
    text = passage.text
    flat = compact(text)
    found: list[Finding] = []
    start = len(text) - len(text.lstrip())
    length = len(text.strip())
    iso = parse_date(flat)
    if iso is None:
        return found  # not a date this rule can read (the text rule has spoken for 2024.3.19)
    year, month, day = (int(part) for part in iso.split("-"))
    wanted = f"{year}年{month}月{day}日"
    if flat != wanted:
        reason = "应使用阿拉伯数字" if not flat[:4].isdigit() else "月、日不编虚位（不加前导0）" \
            if _LEADING_ZERO.search(flat) else "格式不规范"
        found.append(passage.finding("date.sign_form", Category.DATE, Severity.WARNING,
                                     f"成文日期{reason}（GB/T 9704：如“{wanted}”）", start, length, wanted))
    match = DOC_NUMBER.match(compact(doc.doc_number or ""))
    if match and int(match.group(1)) != year:
        found.append(passage.finding("date.sign_year", Category.DATE, Severity.ERROR,
                                     f"成文日期的年份{year}与文号“{doc.doc_number}”的年份{match.group(1)}不一致",
                                     start, length))
    if published and iso > published:
        found.append(passage.finding("date.after_issue", Category.DATE, Severity.ERROR,
                                     f"成文日期晚于本期出版日期（{published}）", start, length))
    return found


RULE = Rule("date", (Category.DATE,), "日期", lambda seen: findings(seen.result, seen.joined))
