"""Proofreading: rules over a parsed result that find what an editor would mark (no Qt, no I/O).

``rules.proofread(result, known_numbers=None)`` → the ``Finding``s of every rule, document by
document and in reading order. Each rule module checks one category (see
``finding.CATEGORIES``): ``docno``, ``punctuation``, ``pairing``, ``repeat``, ``date``,
``heading``, ``toc`` and ``element`` (in ``elements``), ``number``, ``wording``, ``ocr``.
Word lists the rules read are data in ``resources/proof/``.
"""
from __future__ import annotations

from workbench.proof.finding import CATEGORIES, Finding, FindingStatus, Severity

__all__ = ["CATEGORIES", "Finding", "FindingStatus", "Severity"]
