"""``redundancy``: an estimate said twice — ``大约…左右``, ``约…左右``, ``超过…以上``, ``近…余``.

In: the joined passages. Out: a warning on each pair within one number's reach (a few characters
apart, nothing but the number and its unit between), suggesting the phrase without its second half.
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

_NUMBER = r"[\d０-９.．,，%％一二三四五六七八九十百千万亿两几]{1,12}[^\s，。；、\d]{0,4}?"
PAIRS = (("大约", "左右"), ("约", "左右"), ("大概", "左右"), ("超过", "以上"), ("多于", "以上"), ("近", "余"),
         ("不到", "以下"), ("低于", "以下"))
PATTERN = re.compile("|".join(f"(?P<p{i}>{first}{_NUMBER}{second})" for i, (first, second) in enumerate(PAIRS)))


def findings(joined: Joined) -> list[Finding]:
    found = []
    for match in PATTERN.finditer(joined.text):
        first, second = PAIRS[int((match.lastgroup or "p0")[1:])]
        text = match.group()
        found.append(joined.finding("redundancy.estimate", Category.REDUNDANCY, Severity.WARNING,
                                    f"“{first}”与“{second}”语义重复，二者留一", match.start(), len(text),
                                    text[:-len(second)]))
    return found


RULE = Rule("redundancy", (Category.REDUNDANCY,), "语义重复", lambda seen: findings(seen.joined))
