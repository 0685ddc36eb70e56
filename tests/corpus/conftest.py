"""Corpus fixtures: each scan recognised once per test session."""
import pytest

from tests.corpus.scans import MemoryCache
from tests.corpus.truth import STEMS
from workbench.pipeline import parse_file


@pytest.fixture(scope="session")
def scans(corpus):
    """``{stem: ParseResult}`` of every ``*.scan.pdf`` (OCR of all their pages, about two minutes)."""
    cache = MemoryCache()
    return {stem: parse_file(corpus / f"{stem}.scan.pdf", cache=cache) for stem in STEMS}
