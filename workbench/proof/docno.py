"""``docno``: the 发文字号 as GB/T 9704-2012 §7.2.5 writes it.

机关代字 + year in 六角括号〔〕 + 序号 + 号: the year has four digits, the 序号 no
leading zero and no 第. Also: the same 机关代字 written two ways in one issue, and
the same 文号 on two documents (of the issue, or of the store when ``known`` is given).
"""
from __future__ import annotations

import re
from collections import defaultdict

from workbench.finding import Finding
from workbench.model import ParseResult, normalise_doc_number
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

# 代字 [year] 序号 号, with any bracket pair and stray spaces; the 代字 ends where Chinese text ends
_OPEN, _CLOSE = r"[〔\[［【(（﹝{]", r"[〕\]］】)）﹞}]"
_DOCNO = re.compile(
    rf"(?P<code>[\u4e00-\u9fffA-Za-z]{{1,12}}?)\s*(?P<open>{_OPEN})\s*(?P<year>\d{{2,4}})\s*"
    rf"(?P<close>{_CLOSE})\s*(?P<nth>第?\s*\d{{1,5}})\s*号"
)
_YEAR_IN_BRACKETS = re.compile(rf"{_OPEN}\s*\d{{2,4}}\s*{_CLOSE}")  # in every 文号 _DOCNO matches
_CODE_START = re.compile(r"(?:关于|根据|按照|依据|依照|现将|将|经|以|的|在|对|为|由|是|及|和|与|、|《|》|“|”|（|）|印发|转发|执行|落实|见)")


def findings(result: ParseResult, joined: Joined, known: dict[str, str] | None = None) -> list[Finding]:
    """Form of every 文号 written in the text, 代字 spelt two ways, and 文号 given to two documents."""
    found: list[Finding] = []
    spellings: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for match in joined.matches(_DOCNO, _YEAR_IN_BRACKETS):
        code = _code_of(match.group("code"))
        start = match.end("code") - len(code)
        spellings[_plain(code)].append((code, start))
        found += _form(joined, match, start)
    found += _spelt_two_ways(joined, spellings)
    found += _duplicates(result, known or {})
    return found


def _plain(code: str) -> str:
    return re.sub(r"\s+", "", code).translate(_FULL_LATIN)


_FULL_LATIN = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF5B)})


def _spelt_two_ways(joined: Joined, spellings: dict[str, list[tuple[str, int]]]) -> list[Finding]:
    """A 机关代字 written in more than one way: each place using a rarer spelling is flagged."""
    found = []
    for uses in spellings.values():
        counts: dict[str, int] = defaultdict(int)
        for code, _ in uses:
            counts[code] += 1
        if len(counts) < 2:
            continue
        usual = max(counts, key=lambda code: (counts[code], code == _plain(code)))
        for code, start in uses:
            if code != usual:
                found.append(joined.finding("docno.code_spelling", Category.DOCNO, Severity.WARNING,
                                             f"机关代字“{code}”在本期另写作“{usual}”", start, len(code), usual))
    return found


def _code_of(raw: str) -> str:
    """The 机关代字: the tail of ``raw`` after the last word that cannot be part of it."""
    parts = _CODE_START.split(raw)
    return parts[-1] if parts else raw


def _form(joined: Joined, match: re.Match, start: int) -> list[Finding]:
    """The year-and-序号 part of one 文号 (from just after the 代字 to 号) checked against §7.2.5."""
    year, nth = match.group("year"), re.sub(r"\s+", "", match.group("nth"))
    begin, end = match.end("code"), match.end()
    text = joined.text[begin:end]
    problems = []
    if match.group("open") != "〔" or match.group("close") != "〕":
        problems.append(f"年份应使用六角括号〔〕，不用{match.group('open')}{match.group('close')}")
    if len(year) != 4:
        problems.append("年份应写全四位")
    digits = nth.lstrip("第")
    if nth.startswith("第"):
        problems.append("序号前不加“第”")
    if digits.startswith("0") and digits.strip("0"):
        problems.append("序号不编虚位（不加前导0）")
    if re.search(r"\s", joined.text[start:end]):
        problems.append("文号中不应有空格")
    if not problems:
        return []
    full_year = year if len(year) == 4 else "20" + year[-2:]
    suggestion = f"〔{full_year}〕{int(digits)}号"
    return [joined.finding("docno.form", Category.DOCNO, Severity.ERROR, "发文字号格式：" + "；".join(problems),
                            begin, end - begin, suggestion if suggestion != text else None)]


def _duplicates(result: ParseResult, known: dict[str, str]) -> list[Finding]:
    """The same 文号 on two documents of this result, or on a document already stored elsewhere."""
    found: list[Finding] = []
    seen: dict[str, int] = {}
    for index, doc in enumerate(result.documents):
        if not doc.doc_number:
            continue
        number = normalise_doc_number(doc.doc_number)
        where = next((seq for seq, element in enumerate(doc.elements) if element.kind == "doc_number"), None)
        element = doc.elements[where] if where is not None else None
        other = seen.get(number)
        elsewhere = known.get(number)
        if other is None and elsewhere is None:
            seen[number] = index
            continue
        place = f"本期第{other + 1}篇" if other is not None else elsewhere
        found.append(Finding(
            rule="docno.duplicate", category=Category.DOCNO, severity=Severity.WARNING,
            message=f"文号“{doc.doc_number}”与{place}的文号相同", text=doc.doc_number, doc=index,
            document=doc.doc_number, element=where, start=element.text.find(doc.doc_number) if element else 0,
            context=element.text if element else doc.doc_number,
            page=element.page if element else doc.page_start, line=element.line_start if element else doc.line_start,
            bbox=element.bbox if element else None))
    return found


RULE = Rule("docno", (Category.DOCNO,), "文号格式", lambda seen: findings(seen.result, seen.joined, seen.known_numbers))
