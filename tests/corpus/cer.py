"""Character error rate as the corpus README defines it (whitespace removed).

Edit distance comes from rapidfuzz (a C++ Levenshtein), so whole pages compare fast.
"""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_errors(ours: str, truth: str) -> tuple[int, int]:
    """(edit distance, truth length) of two page texts, whitespace removed."""
    truth = norm(truth)
    return Levenshtein.distance(norm(ours), truth), len(truth)


def truth_body(truth_page: dict) -> str:
    """The page's body lines, concatenated (table cells and margins left out)."""
    return "".join(line["text"] for line in truth_page["lines"] if line["role"] == "body")


def our_body(page) -> str:
    """Our page's body lines (table lines and margins left out), in reading order."""
    return "".join(line.text for line in page.lines if line.role == "body")
