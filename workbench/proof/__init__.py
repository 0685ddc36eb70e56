"""Proofreading: rules over a parsed result that find what an editor would mark (no Qt, no I/O).

``rules.proofread(result, known_numbers=None)`` → the ``Finding``s of every rule, document by
document and in reading order. Each rule module declares its ``RULE`` (``rule.Rule``: id, categories,
label, check); ``rules.RULES`` lists them once, and ``vocabulary.Category`` names the families.
Word lists the rules read are data in ``resources/proof/``.
"""
from __future__ import annotations

from workbench.finding import Finding
from workbench.vocabulary import Category, FindingStatus, Severity

__all__ = ["Category", "Finding", "FindingStatus", "Severity"]
