"""The shapes of GB/T 9704 elements: 文号, dates, headings, 文种, issuers.

Pure text helpers used by the parser; each takes a line's text and answers one
question about it. Punctuation width does not matter: ``(`` and ``（`` are alike.
"""
from __future__ import annotations

import re

from workbench.vocabulary import ElementKind

CJK = r"\u4e00-\u9fff"
_HALF_TO_FULL = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "?": "？", "!": "！"})

DOC_NUMBER = re.compile(
    rf"^[{CJK}A-Za-z]{{1,16}}\s*[〔\[［【(（]\s*((?:19|20)\d{{2}})\s*[〕\]］】)）]\s*第?\s*\d{{1,4}}\s*号$"
)
ORDER_NUMBER = re.compile(r"^(\d{4}年)?第\s*[\d一二三四五六七八九十百零〇]+\s*号$")  # 令 第N号, 公告 2023年第2号

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
CN_DATE = re.compile(r"^([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$")

DOC_TYPES = ("命令", "决议", "决定", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示",
             "批复", "议案", "函", "纪要", "令")
TITLE_TYPES = DOC_TYPES + ("答复", "指示")  # a title may also end with the 答复 to a proposal, or an old 指示
_OCR_ORGANS = (("入民", "人民"), ("入大", "人大"))  # 人 read as 入 by someone else's OCR, inside an organ's name
_CN_YEAR_NOISE = str.maketrans({"0": "〇", "O": "〇", "o": "〇", "Ｏ": "〇", "○": "〇", "◯": "〇",
                                "—": "一", "–": "一", "－": "一", "-": "一", "‐": "一", "ー": "一"})

ISSUER_SUFFIXES = ("人民政府", "政府", "办公室", "办公厅", "委员会", "管委会", "局", "厅", "委", "部", "院", "军区",
                   "署", "办", "中心", "会", "所", "队", "处", "站", "社")

HEADINGS = [
    (re.compile(r"^第[一二三四五六七八九十百零〇\d]+章"), ElementKind.CHAPTER, 1),
    (re.compile(r"^第[一二三四五六七八九十百零〇\d]+节"), ElementKind.SECTION, 2),
    (re.compile(r"^第[一二三四五六七八九十百零〇\d]+条"), ElementKind.ARTICLE, 3),
    (re.compile(r"^[一二三四五六七八九十百]+[、，,]"), ElementKind.HEADING, 1),
    (re.compile(r"^[（(][一二三四五六七八九十百]+[）)]"), ElementKind.HEADING, 2),
    (re.compile(r"^\d{1,2}\s*[．.、](?!\d)"), ElementKind.HEADING, 3),
    (re.compile(r"^[（(]\d{1,2}[）)]"), ElementKind.HEADING, 4),
]


def compact(text: str) -> str:
    """Text without any whitespace."""
    return re.sub(r"\s+", "", text)


def full_width(text: str) -> str:
    """Half-width punctuation turned full-width (for comparing printed variants)."""
    return text.translate(_HALF_TO_FULL)


def is_doc_number(text: str) -> bool:
    """A 文号 alone on its line, bare or in parentheses (``（国发〔1987〕12号）``), or a 令/公告 number."""
    return bool(DOC_NUMBER.match(doc_number_of(text))) or is_order_number(text)


def doc_number_of(text: str) -> str:
    """The 文号 a line prints, without the parentheses a title-first layout puts around it."""
    flat = compact(text)
    if len(flat) > 2 and flat[0] in "（(" and flat[-1] in "）)" and DOC_NUMBER.match(flat[1:-1]):
        return flat[1:-1]
    return flat


def is_order_number(text: str) -> bool:
    """``第12号`` or ``2023年第2号``: the number of a 令 or a 公告, printed under its title."""
    return bool(ORDER_NUMBER.match(compact(text)))


def doc_number_year(text: str) -> int | None:
    match = DOC_NUMBER.match(doc_number_of(text))
    return int(match.group(1)) if match else None


def _cn_number(text: str) -> int:
    if text.startswith("十"):
        text = "一" + text
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS[tens] * 10 + (_CN_DIGITS[ones] if ones else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in text))


def parse_date(text: str) -> str | None:
    """``2023年6月6日`` or ``二〇二三年六月六日`` (alone on the line) → ``2023-06-06``."""
    text = compact(text)
    match = DATE.match(text)
    if match:
        year, month, day = (int(group) for group in match.groups())
    else:
        match = CN_DATE.match(text) or _noisy_cn_date(text)
        if not match:
            return None
        year = int("".join(str(_CN_DIGITS[c]) for c in match.group(1)))
        month, day = _cn_number(match.group(2)), _cn_number(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _noisy_cn_date(text: str) -> re.Match | None:
    """A Chinese-numeral date as another's OCR prints it: 〇 read as 0/O/○, 一 as a dash."""
    year, mark, rest = text.partition("年")
    return CN_DATE.match(year.translate(_CN_YEAR_NOISE) + mark + rest) if mark and len(year) == 4 else None


_ADOPTED = re.compile(r"^(?:[（(](.{6,14}?日).*[）)]|[—─-]{1,2}(.{6,14}?日).+)$")


def adoption_date(text: str) -> str | None:
    """The day a title's next line says it was adopted or delivered: in parentheses
    (``（一九五六年三月八日国务院全体会议第二十五次会议通过）``) or as a dash subtitle
    (``——2023年3月5日在第十四届全国人民代表大会第一次会议上``) → ``1956-03-08``."""
    match = _ADOPTED.match(compact(text))
    return parse_date(match.group(1) or match.group(2)) if match else None


def doc_type_of(title: str) -> str | None:
    """The 文种 a title ends with (``…的实施意见`` → 意见; ``…提案的答复`` → 答复)."""
    title = compact(title).rstrip("。")
    for doc_type in sorted(TITLE_TYPES, key=len, reverse=True):
        if title.endswith(doc_type):
            return doc_type
    return None


def unspace(text: str) -> str:
    """Undo letter-spacing (``清 河 市 财 政 局`` → ``清河市财政局``) but keep gaps between words."""
    text = text.strip()
    if re.fullmatch(rf"(?:[{CJK}]\s)+[{CJK}]", text):
        return text.replace(" ", "")
    return re.sub(r"\s+", " ", text)


def organ_parts(text: str) -> list[str]:
    """The organ names a line holds, split at spaces and at 、 (joint issuers)."""
    return [part for part in re.split(r"[ 、]", unspace(text)) if part]


def is_issuer(text: str) -> bool:
    """A line that is an organ's name (or several, separated by spaces or 、)."""
    parts = organ_parts(text)
    return bool(parts) and all(
        2 <= len(part) <= 30 and re.fullmatch(rf"[{CJK}（）()]+", part) and part.endswith(ISSUER_SUFFIXES)
        and not re.search("关于|转发|批转|印发", part)
        for part in parts
    )


_TITLE_OPENING = re.compile(r"关于|转发|批转|印发|对|(?:19|20)\d{2}年")


def split_issuer_prefix(text: str) -> tuple[str, str] | None:
    """``国务院办公厅转发…的通知`` → (``国务院办公厅``, ``转发…的通知``): a title that opens with its issuer(s).

    The issuer part ends where 关于, 转发, 批转, 印发, 对 or a year begins; None when no such prefix is an organ.
    """
    flat = unspace(text)
    for match in _TITLE_OPENING.finditer(flat):
        prefix = flat[: match.start()].strip()
        if prefix and is_issuer(prefix):
            return prefix, flat[match.start():]
    return None


def organ_name(text: str) -> str:
    """An organ's name as printed, with 人 misread as 入 by OCR put right (``某县入民政府`` → ``某县人民政府``)."""
    for wrong, right in _OCR_ORGANS:
        text = text.replace(wrong, right)
    return text


def heading_of(text: str) -> tuple[ElementKind, int] | None:
    """(kind, level) when the line starts with a heading marker."""
    stripped = text.strip()
    for pattern, kind, level in HEADINGS:
        if pattern.match(stripped):
            return kind, level
    return None


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(("。", "；", ";", "！", "？", "：", ":"))
