"""``privacy``: personal data that must not be published — ID-card numbers, mobile numbers beside a name.

In: the joined passages. Out: an error for each 18-digit 居民身份证号码 whose check digit is right
(GB 11643: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, a plausible birth date), and for each 11-digit
mobile number that is not a contact line's (a clause with 联系, 电话, 热线, 咨询, 传真 or 值班 in it), or that
is given in parentheses beside a person, as in ``张三（手机：13…）``, even in one.
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

ID_CARD = re.compile(r"(?<!\d)[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CONTACT = re.compile(r"联系|电话|热线|咨询|传真|值班")
_BESIDE_NAME = re.compile(r"[（(]\s*(?:手机|手机号码?|电话)?\s*[:：]?\s*$")


def valid_id(number: str) -> bool:
    """Whether the last character of an 18-character ID number is its GB 11643 check character."""
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], _WEIGHTS))
    return "10X98765432"[total % 11] == number[17].upper()


def findings(joined: Joined) -> list[Finding]:
    found = []
    for match in ID_CARD.finditer(joined.text):
        if valid_id(match.group()):
            found.append(joined.finding("privacy.id_card", Category.PRIVACY, Severity.ERROR,
                                        "公民身份号码属个人信息，公开发布前须删去或隐去", match.start(), len(match.group())))
    for match in MOBILE.finditer(joined.text):
        clause = re.sub(r"[\s\x00]+", "", re.split(r"[。；]", joined.text[max(0, match.start() - 80):match.start()])[-1])
        if _CONTACT.search(clause) and not _BESIDE_NAME.search(clause):
            continue  # a contact line's number, given on purpose (not one in parentheses beside a name)
        found.append(joined.finding("privacy.mobile", Category.PRIVACY, Severity.ERROR,
                                    "个人手机号码属个人信息，公开发布前须删去或隐去（联系电话行除外）", match.start(),
                                    len(match.group())))
    return found


RULE = Rule("privacy", (Category.PRIVACY,), "个人信息", lambda seen: findings(seen.joined))
