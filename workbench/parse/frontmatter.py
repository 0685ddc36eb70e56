"""An issue's front matter and table of contents.

In: the content lines before the first document. Out: an ``Issue``: publication
name, year, 期号, 总期号, publication date, editorial board, and the table of
contents as entries ``{"section", "title", "page"}`` (a title wrapped onto a
second line joined). ``match_toc`` then ties each entry to its document and
notes a title or page that does not agree.
"""
from __future__ import annotations

import re

from workbench.model import Document, Issue
from workbench.parse.patterns import compact, doc_type_of, ends_sentence, full_width, parse_date, split_issuer_prefix

_ENTRY = re.compile(r"^(\d{1,4})\s*([·•．.])\s*(\S.*)$")  # 3·title; 3.title only under a 目录 heading
_LEADERED = re.compile(r"^(\S.*?)\s*(?:[.…·．]{3,}|…{2,}|—{2,})\s*[（(]?(\d{1,4})[）)]?$")  # title……（3）
_TOC_HEADING = re.compile(r"^(目录|CONTENTS|Contents)$")
_ISSUE_NUMBER = re.compile(r"(\d{4})\s*年\s*第\s*(\d{1,3})\s*[期号]")
_TOTAL = re.compile(r"总\s*(?:第\s*(\d{1,5})\s*期|号\s*[:：]\s*(\d{1,5}))")
_PUBLISHED = re.compile(r"(?:出版日期\s*)?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:出版)?$")
_BOARD_ROLES = ("顾问", "主任", "副主任", "编委", "委员", "主编", "副主编", "编审", "责编", "编校")


def parse_front_matter(texts: list[str]) -> Issue | None:
    """The issue described by the lines before its first document, or None if they say nothing of one."""
    issue = Issue()
    section: str | None = None
    in_board = False
    headed = False
    for text in texts:
        flat = compact(text)
        headed = headed or bool(_TOC_HEADING.match(flat))
        entry = _toc_entry(text.strip(), headed)
        if entry and not _ISSUE_NUMBER.search(flat):
            issue.toc.append({"section": section, "title": entry[0], "page": entry[1]})
            in_board = False
            continue
        if issue.toc and _continues_entry(issue.toc[-1]["title"], flat):
            issue.toc[-1]["title"] += flat
            continue
        if issue.publication is None and "公报" in flat and len(flat) <= 24:
            issue.publication = flat
        number = _ISSUE_NUMBER.search(flat)
        if number and issue.year is None:
            issue.year, issue.number = int(number.group(1)), int(number.group(2))
        total = _TOTAL.search(flat)
        if total and issue.total_number is None:
            issue.total_number = int(total.group(1) or total.group(2))
        published = _PUBLISHED.search(flat)
        if published and ("出版" in flat) and issue.publication_date is None:
            issue.publication_date = parse_date(published.group(1))
        if flat == "编辑委员会":
            in_board = True
            continue
        if in_board and flat.startswith(_BOARD_ROLES):
            issue.editorial_board.append(re.sub(r"\s+", " ", text.strip()))
            continue
        in_board = False
        if _is_section(flat):
            section = flat
    if issue.publication is None and not issue.toc and issue.year is None:
        return None
    return issue


def _toc_entry(text: str, headed: bool) -> tuple[str, int] | None:
    """(title, page) of a 目录 line: ``3·title`` anywhere, ``title……（3）``, or ``3.title`` under a 目录 heading.

    A title has Chinese in it (an English contents page is not the 目录), and an item numbered
    ``2.`` outside a 目录 is a numbered paragraph, not an entry."""
    match = _ENTRY.match(text)
    if match and (match.group(2) in "·•" or headed):
        title, page = compact(match.group(3)), int(match.group(1))
    else:
        match = _LEADERED.match(text)
        if not match:
            return None
        title, page = compact(match.group(1)), int(match.group(2))
    return (title, page) if re.search(r"[\u4e00-\u9fff]{4}", title) and not ends_sentence(title) else None


def _is_section(flat: str) -> bool:
    return 2 <= len(flat) <= 12 and (flat.endswith(("文件", "任免", "公告", "通告", "动态", "信息")))


def _continues_entry(title: str, flat: str) -> bool:
    """A line that carries on a TOC title which has not reached its 文种 yet."""
    return doc_type_of(title) is None and not _is_section(flat) and len(flat) <= 60 and not _ENTRY.match(flat) \
        and not _TOC_HEADING.match(flat) and re.search(r"[\u4e00-\u9fff]", flat) is not None


def match_toc(issue: Issue, documents: list[Document], page_numbers: dict[int, int] | None = None,
              check_pages: bool = True) -> None:
    """Tie each TOC entry to its document (by title) and note disagreements.

    Sets ``entry["document"]`` (the document's order, or None), and
    ``entry["problems"]``: ``title`` when the printed title differs from the
    document's, ``page`` when the document does not start on the printed page.
    ``page_numbers`` maps a source page to its printed page number, where known;
    ``check_pages`` is False for sources without pages (text, Word).
    """
    titles = [full_width("".join(doc.issuer) + (doc.title or "")) for doc in documents]
    pairs = sorted(((_similarity(_core(full_width(entry["title"])), _core(title)), e, d)
                    for e, entry in enumerate(issue.toc) for d, title in enumerate(titles)), reverse=True)
    chosen: dict[int, int] = {}
    for score, e, d in pairs:  # each entry and each document at most once, the likest pairs first
        if score >= 0.6 and e not in chosen and d not in chosen.values():
            chosen[e] = d
    for e, entry in enumerate(issue.toc):
        best = documents[chosen[e]] if e in chosen else None
        entry["document"] = best.order if best else None
        problems = []
        if best is None:
            problems.append("missing")
        else:
            if full_width(entry["title"]) != titles[chosen[e]]:
                problems.append("title")
            if check_pages and best.page_start is not None:
                printed = (page_numbers or {}).get(best.page_start, best.page_start)
                if printed != entry["page"]:
                    problems.append("page")
        entry["problems"] = problems


def _core(title: str) -> str:
    """What tells one title from another of the same issue: no issuer, no 关于, no trailing 的+文种."""
    split = split_issuer_prefix(title)
    core = split[1] if split else title
    return re.sub(r"^关于|的?(通知|意见|决定|批复|函|报告|公告|通告|通报)$", "", core) or title


def _similarity(a: str, b: str) -> float:
    """Share of characters in common, in order (a cheap ratio, enough to tell titles apart)."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio()
