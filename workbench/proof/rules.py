"""Run every proofreading rule over a parsed result.

In: a ``ParseResult`` (and the 文号 already used elsewhere in the store). Out: the
``Finding``s of every rule, document by document and in reading order.
"""
from __future__ import annotations

from workbench.finding import Finding
from workbench.model import ParseResult
from workbench.proof import (
    citation,
    dates,
    de,
    division,
    docno,
    elements,
    headings,
    names,
    numbers,
    ocr,
    pairing,
    placeholder,
    privacy,
    punctuation,
    redundancy,
    repeat,
    sentences,
    traditional,
    typos,
    variants,
    width,
    wording,
)
from workbench.proof.rule import Checked, Rule
from workbench.reading.passages import Joined, passages
from workbench.vocabulary import Category

RULES: tuple[Rule, ...] = (docno.RULE, punctuation.RULE, pairing.RULE, repeat.RULE, dates.RULE, headings.RULE,
                           elements.RULE, numbers.RULE, wording.RULE, ocr.RULE, placeholder.RULE, privacy.RULE,
                           division.RULE, de.RULE, redundancy.RULE, sentences.RULE, width.RULE, traditional.RULE,
                           names.RULE, citation.RULE, variants.RULE, typos.RULE)


def proofread(result: ParseResult, known_numbers: dict[str, str] | None = None,
              known_titles: dict[str, str] | None = None) -> list[Finding]:
    """Every finding of every rule on ``result``.

    ``known_numbers`` maps a normalised 文号 already used by a document outside
    ``result`` (e.g. elsewhere in the store) to a description of that document; ``known_titles`` maps a
    normalised 文号 of the store to its document's title (for citations of it).
    """
    seen = Checked(result, Joined(passages(result)), known_numbers, known_titles)
    found = [finding for rule in RULES for finding in rule.check(seen)]
    if not any(source.is_paged for source in result.sources):
        for finding in found:  # a text or Word source has lines, not pages
            finding.page, finding.bbox = None, None
    order = {category: rank for rank, category in enumerate(Category)}
    found.sort(key=lambda f: (f.doc if f.doc is not None else -1, f.page or 0, f.line or 0,
                              f.element if f.element is not None else -1, f.start, order[f.category]))
    return found
