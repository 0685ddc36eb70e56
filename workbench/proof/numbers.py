"""``number``: digits written in mixed widths (２024), the letters O, o, l or I inside a number
(2O24, 1l), and 零, ○ (U+25CB), O or 0 written for 〇 in a year in Chinese numerals (二零二四年, 二○二四年 →
二〇二四年).
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

_FULL_DIGITS = "０１２３４５６７８９"
_MIXED = re.compile(rf"(?=[0-9{_FULL_DIGITS}]*[0-9])(?=[0-9{_FULL_DIGITS}]*[{_FULL_DIGITS}])[0-9{_FULL_DIGITS}]{{2,}}")
# a letter between digits (2O24, 1l0) or after two digits or more (201O); O3 and CO2 are formulas
_LETTER_IN_NUMBER = re.compile(r"(?<![A-Za-z])\d+[OolI]\d+(?![A-Za-z])|(?<![A-Za-z])\d{2,}[OolI](?![A-Za-z])")
_DIGIT_LETTER = re.compile(r"\d[OolI]")
_ANY_FULL_DIGIT = re.compile(f"[{_FULL_DIGITS}]")
_NOT_ZERO = "零○OoＯｏ0０"
_ZERO = re.compile(f"[{_NOT_ZERO}]")
_LETTER_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_CN_YEAR = re.compile(f"(?<![一二三四五六七八九〇{_NOT_ZERO}\\d])[一二三四五六七八九〇{_NOT_ZERO}]{{4}}(?=年)")


def findings(joined: Joined) -> list[Finding]:
    text = joined.text
    found: list[Finding] = []
    for match in joined.matches(_MIXED, _ANY_FULL_DIGIT):
        plain = match.group().translate(str.maketrans(_FULL_DIGITS, "0123456789"))
        found.append(joined.finding("number.mixed_width", Category.NUMBER, Severity.WARNING,
                                    "数字中全角、半角混用", match.start(), len(match.group()), plain))
    for match in joined.matches(_LETTER_IN_NUMBER, _DIGIT_LETTER):
        if not re.search(r"\d", match.group()) or _is_code(text, match):
            continue
        found.append(joined.finding("number.letter", Category.NUMBER, Severity.WARNING,
                                    f"数字“{match.group()}”中混有字母", match.start(), len(match.group()),
                                    match.group().translate(_LETTER_DIGIT)))
    for match in joined.matches(_CN_YEAR, _ZERO):
        year = match.group()
        if sum(ch in "一二三四五六七八九〇" for ch in year) < 2 or not _ZERO.search(year):
            continue  # 2O24 and the like are a number with a letter (above); 二〇二五 is right
        found.append(joined.finding("number.zero_in_date", Category.NUMBER, Severity.WARNING,
                                    "汉字数字年份中的零应写作“〇”", match.start(), len(year),
                                    _ZERO.sub("〇", year)))
    return found


def _is_code(text: str, match: re.Match) -> bool:
    """Part of a Latin code or unit (PM2.5, CO2, 5G, l0l) rather than a number."""
    around = text[max(0, match.start() - 2):match.end() + 2]
    return bool(re.search(r"[A-Za-z]{2}", around))


RULE = Rule("number", (Category.NUMBER,), "数字", lambda seen: findings(seen.joined))
