"""``citation``: a document cited by title and 文号 — ``《关于…的通知》（某府发〔2023〕5号）`` — where that 文号 is
known under another title (in this issue, or in the store).

In: the parse result, the joined passages and {normalised 文号: title} of the store's other documents. Out:
a warning naming the title the 文号 belongs to, when the cited title is not it (issuer, 关于 and the like set
aside; a title that differs only in those is the same).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from workbench.finding import Finding
from workbench.model import ParseResult, normalise_doc_number
from workbench.parse.patterns import split_issuer_prefix
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined
from workbench.vocabulary import Category, Severity

PATTERN = re.compile(r"《([^《》]{4,80})》\s*[（(]\s*([\u4e00-\u9fffA-Za-z]{1,12}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]"
                     r"\s*\d{1,5}\s*号)\s*[）)]")


def _core(title: str) -> str:
    title = re.sub(r"\s+", "", title)
    split = split_issuer_prefix(title)
    return re.sub(r"^关于|的?(通知|意见|决定|批复|函|报告|办法|规定|方案)$", "", split[1] if split else title)


def findings(result: ParseResult, joined: Joined, known: dict[str, str] | None = None) -> list[Finding]:
    titles = dict(known or {})
    titles.update({normalise_doc_number(doc.doc_number): "".join(doc.issuer) + (doc.title or "")
                   for doc in result.documents if doc.doc_number and doc.title})
    found = []
    for match in PATTERN.finditer(joined.text):
        title = titles.get(normalise_doc_number(match.group(2)))
        if title and SequenceMatcher(None, _core(match.group(1)), _core(title), autojunk=False).ratio() < 0.8:
            found.append(joined.finding("citation.title", Category.CITATION, Severity.WARNING,
                                        f"{match.group(2)}是《{title}》的文号，与所引标题不符，请核对",
                                        match.start(1), len(match.group(1)), title))
    return found


RULE = Rule("citation", (Category.CITATION,), "引用", lambda seen: findings(seen.result, seen.joined, seen.known_titles))
