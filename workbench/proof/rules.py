"""Run every proofreading rule over a parsed result.

In: a ``ParseResult`` (and the 文号 already used elsewhere in the store). Out: the
``Finding``s of every rule, document by document and in reading order.
"""
from __future__ import annotations

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
    width,
    wording,
)
from workbench.proof.finding import CATEGORIES, Finding
from workbench.proof.passages import Joined, passages


def proofread(result: ParseResult, known_numbers: dict[str, str] | None = None,
              known_titles: dict[str, str] | None = None) -> list[Finding]:
    """Every finding of every rule on ``result``.

    ``known_numbers`` maps a normalised 文号 already used by a document outside
    ``result`` (e.g. elsewhere in the store) to a description of that document; ``known_titles`` maps a
    normalised 文号 of the store to its document's title (for citations of it).
    """
    joined = Joined(passages(result))
    found = (docno.findings(result, joined, known_numbers) + punctuation.findings(joined) + pairing.findings(joined)
             + repeat.findings(joined) + dates.findings(result, joined) + headings.findings(result, joined.passages)
             + elements.findings(result) + numbers.findings(joined) + wording.findings(joined)
             + ocr.findings(result) + ocr.undecodable(joined) + placeholder.findings(joined) + privacy.findings(joined)
             + division.findings(joined) + de.findings(joined) + redundancy.findings(joined)
             + sentences.findings(joined) + width.findings(joined) + traditional.findings(joined)
             + names.findings(result, joined) + citation.findings(result, joined, known_titles))
    if not any(source.is_paged for source in result.sources):
        for finding in found:  # a text or Word source has lines, not pages
            finding.page, finding.bbox = None, None
    order = {category: rank for rank, category in enumerate(CATEGORIES)}
    found.sort(key=lambda f: (f.doc if f.doc is not None else -1, f.page or 0, f.line or 0,
                              f.element if f.element is not None else -1, f.start, order[f.category]))
    return found
