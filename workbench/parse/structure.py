"""From a laid-out ``Source`` to a ``ParseResult``: the issue and its documents.

In: a Source after ``layout.lay_out``. Out: a ParseResult holding that source,
the issue's front matter and table of contents (when the source has them) and
its documents with their fields, elements and (for Word files) tables. Pure: no I/O.
"""
from __future__ import annotations

from workbench.model import ParseResult, Source
from workbench.parse.fields import build_document
from workbench.parse.frontmatter import match_toc, parse_front_matter
from workbench.parse.layout import page_number_of
from workbench.parse.noise import noise_indices
from workbench.parse.segment import FlowLine, find_documents


def flow_of(source: Source) -> tuple[list[FlowLine], list[tuple[int, int, object]]]:
    """The source's content lines in order, and where its real tables stand in that flow."""
    flow: list[FlowLine] = []
    tables = []
    for page in source.pages:
        for index, line in enumerate(page.lines):
            for table in page.tables:
                if table.after_line == index:
                    tables.append((len(flow), page.number, table))
            if line.role in ("body", "table"):
                flow.append(FlowLine(line.text, page.number, line.bbox, line.line_no, line.role))
        tables += [(len(flow), page.number, t) for t in page.tables if t.after_line >= len(page.lines)]
    for index in noise_indices([line.text for line in flow]):
        flow[index].noise = True
    return flow, tables


def parse_source(source: Source) -> ParseResult:
    """Parse one laid-out source into its issue and documents."""
    flow, tables = flow_of(source)
    spans = find_documents(flow)
    documents = [build_document(flow, span, order) for order, span in enumerate(spans, start=1)]
    for position, _page, table in tables:
        for span, doc in zip(spans, documents):
            if span.start <= position <= span.end + 1:
                doc.tables.append(table)
                break
    front = [line.text for line in flow[: spans[0].start if spans else len(flow)] if not line.noise]
    issue = parse_front_matter(front)
    if issue is not None:
        paged = source.kind in ("pdf", "image")
        printed = {page.number: page_number_of(page.label) for page in source.pages if page.label}
        match_toc(issue, documents, {k: v for k, v in printed.items() if v is not None}, check_pages=paged)
    return ParseResult(sources=[source], issue=issue, documents=documents)
