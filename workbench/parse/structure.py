"""From a laid-out ``Source`` to a ``ParseResult``: the issue and its documents.

In: a Source after ``layout.lay_out``. Out: a ParseResult holding that source,
the issue's front matter (when found) and its documents. Pure: no I/O.
"""
from __future__ import annotations

from workbench.model import ParseResult, Source


def parse_source(source: Source) -> ParseResult:
    """Parse one laid-out source. Document segmentation arrives with its own issue."""
    return ParseResult(sources=[source], issue=None, documents=[])
