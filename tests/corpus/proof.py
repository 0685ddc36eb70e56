"""How proofreading findings are scored against ``STEM.defects.json`` (shared by the corpus test and the bench)."""
from __future__ import annotations

from collections import Counter

from workbench.finding import Finding

CATEGORY_OF = {"docno_bracket": "docno", "halfwidth_comma": "punctuation", "missing_close_quote": "pairing",
               "missing_close_book": "pairing", "doubled_char": "repeat", "date_dotted": "date",
               "sign_date_year": "date", "heading_skip": "heading"}


def matches(defect: dict, finding: Finding, paged: bool) -> bool:
    """A finding in the defect's category, at its line (text) or on one of its pages (PDF)."""
    if finding.category != CATEGORY_OF[defect["kind"]]:
        return False
    return finding.page in defect["pages"] if paged else finding.line == defect["seed_line"]


def defect_hit(defect: dict, findings: list[Finding], paged: bool) -> bool:
    return any(matches(defect, finding, paged) for finding in findings)


def new_findings(found: list[Finding], clean: list[Finding], defects: list[dict], paged: bool) -> list[Finding]:
    """Findings on the defects file that the clean file does not have and that match no error put in."""
    before = Counter((f.rule, f.text) for f in clean)
    extra = []
    for finding in found:
        key = (finding.rule, finding.text)
        if before[key] > 0:
            before[key] -= 1
            continue
        if not any(matches(defect, finding, paged) for defect in defects):
            extra.append(finding)
    return extra
