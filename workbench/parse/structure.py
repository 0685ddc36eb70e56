"""From a laid-out ``Source`` to a ``ParseResult``: the issue and its documents.

In: a Source after ``layout.lay_out``. Out: a ParseResult holding that source,
the issue's front matter and table of contents (when the source has them) and
its documents with their fields, elements and (for Word files) tables. Pure: no I/O.
"""
from __future__ import annotations

from workbench.model import LINE_KINDS, Document, Element, Page, ParseResult, Source, Table
from workbench.parse.aligned_tables import aligned_tables
from workbench.parse.fields import build_document
from workbench.parse.fragment_tables import find_column_runs, fragment_table
from workbench.parse.frontmatter import match_toc, parse_front_matter
from workbench.parse.heads import FlowLine
from workbench.parse.layout import page_number_of
from workbench.parse.metadata import fill_fields, mark_metadata
from workbench.parse.noise import noise_indices
from workbench.parse.segment import find_documents
from workbench.parse.tables import join_continued, page_tables
from workbench.parse.text_tables import find_one_cell_runs, find_tsv_runs, one_cell_table, tsv_table
from workbench.vocabulary import ElementKind, LineRole


def flow_of(source: Source) -> tuple[list[FlowLine], list[tuple[int, Table]]]:
    """The source's content lines in order, and where its tables stand in that flow.

    Word tables come with the source; ruled tables are read from each page's
    rules and joined across page breaks; unruled ones are found from alignment.
    """
    flow: list[FlowLine] = []
    tables: list[tuple[int, Table]] = []
    ruled: list[tuple[Page, Table, bool, bool]] = []
    positions: dict[int, int] = {}
    for page in source.pages:
        page_start = len(flow)
        aligned = aligned_tables(page) if source.is_paged else []
        for lines, _table in aligned:
            for line in lines:
                line.role = LineRole.TABLE
        for index, line in enumerate(page.lines):
            tables += [(len(flow), table) for table in page.tables if table.after_line == index]
            if line.role in (LineRole.BODY, LineRole.TABLE):
                flow.append(FlowLine(line.text, page.number, line.bbox, line.line_no, line.role))
        tables += [(len(flow), t) for t in page.tables if t.after_line >= len(page.lines)]
        for table in page_tables(page) if page.rules else []:
            ruled.append((page, table, *_opens_closes(page, table.bbox)))
            positions[id(table)] = _position(flow, page_start, table.bbox)
        tables += [(_position(flow, page_start, table.bbox), table) for _lines, table in aligned]
    tables += [(positions[id(table)], table) for table in join_continued(ruled)]
    if source.kind in LINE_KINDS:  # paragraphs without boxes: tables come as tab-separated rows or a cell a line
        tables += _tab_separated(flow) + _one_cell_a_line(flow)
    if source.kind == "text":
        tables += _column_fragments(flow)
    tables.sort(key=lambda item: item[0])
    for index in noise_indices([line.text for line in flow]):
        flow[index].noise = True
    return flow, tables


def _tab_separated(flow: list[FlowLine]) -> list[tuple[int, Table]]:
    """Tables of tab-separated rows; their lines become table lines of the flow."""
    found = []
    for first, last in find_tsv_runs([line.text for line in flow]):
        rows = flow[first:last + 1]
        for line in rows:
            line.role = LineRole.TABLE
        found.append((first, tsv_table([l.text for l in rows], [l.line_no for l in rows], rows[0].page)))
    return found


def _one_cell_a_line(flow: list[FlowLine]) -> list[tuple[int, Table]]:
    """Tables printed one cell a line; their lines become table lines of the flow."""
    found = []
    for first, last, columns in find_one_cell_runs([line.text if line.role == LineRole.BODY else "" for line in flow]):
        rows = flow[first:last + 1]
        for line in rows:
            line.role = LineRole.TABLE
        found.append((first, one_cell_table([l.text for l in rows], [l.line_no for l in rows], columns, rows[0].page)))
    return found


def _column_fragments(flow: list[FlowLine]) -> list[tuple[int, Table]]:
    """Tables flattened column by column (low confidence); their lines become table lines."""
    texts = [line.text if line.role == LineRole.BODY else "" for line in flow]
    numbers = [line.line_no for line in flow]
    found = []
    for run in find_column_runs(texts, numbers):
        for line in flow[run.first:run.last + 1]:
            line.role = LineRole.TABLE
        found.append((run.first, fragment_table(texts, numbers, run, flow[run.first].page)))
    return found


def _opens_closes(page: Page, region) -> tuple[bool, bool]:
    """Does the table open its page (no body above it) and close it (no body below)?"""
    body = [line for line in page.lines if line.role == LineRole.BODY and line.bbox]
    return (all(line.box[1] >= region[1] for line in body),
            all(line.box[3] <= region[3] for line in body))


def _position(flow: list[FlowLine], page_start: int, region) -> int:
    for index in range(page_start, len(flow)):
        box = flow[index].bbox
        if box and box[1] >= region[1] - 1:
            return index
    return len(flow)


def parse_source(source: Source) -> ParseResult:
    """Parse one laid-out source into its issue and documents."""
    flow, tables = flow_of(source)
    metadata = mark_metadata(flow, markdown=source.kind == "text")
    spans = find_documents(flow)
    documents = [build_document(flow, span, order) for order, span in enumerate(spans, start=1)]
    for number, (span, doc) in enumerate(zip(spans, documents)):
        first = 0 if number == 0 else span.start
        fill_fields(doc, [row for index, row in sorted(metadata.items()) if first <= index <= span.end])
    loose: list[Table] = []
    for position, table in tables:
        holder = next((doc for span, doc in zip(spans, documents) if span.start <= position <= span.end + 1), None)
        (holder.tables if holder is not None else loose).append(table)
    front_lines = flow[: spans[0].start if spans else len(flow)]
    front = [line.text for line in front_lines if not line.noise]
    issue = parse_front_matter(front)
    if issue is not None:
        paged = source.is_paged
        printed = {page.number: page_number_of(page.label) for page in source.pages if page.label}
        match_toc(issue, documents, {k: v for k, v in printed.items() if v is not None}, check_pages=paged)
    unassigned = _unassigned([] if issue is not None else front_lines, loose)
    return ParseResult(sources=[source], issue=issue, documents=documents, unassigned=unassigned)


def _unassigned(lines: list[FlowLine], tables: list[Table]) -> Document | None:
    """What no document holds: lines before the first document (when they are no issue's front
    matter) and tables outside every document; None when there is nothing."""
    elements = [Element(kind=ElementKind.METADATA if line.role == LineRole.META else ElementKind.BODY, text=line.text, page=line.page,
                        bbox=line.bbox, line_start=line.line_no, line_end=line.line_no)
                for line in lines if not line.noise and line.role != LineRole.TABLE and line.text.strip()]
    if not elements and not tables:
        return None
    return Document(order=0, elements=elements, tables=tables)
