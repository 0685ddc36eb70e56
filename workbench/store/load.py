"""Read stored sources back into the model, hand corrections applied.

In: a ``Database`` and optionally some source ids. Out: a ``ParseResult`` per
the ``export json`` schema: every document's fields as a person last set them
(or as parsed, where nobody corrected them), with ``edited`` naming the
corrected fields, and its tags.
"""
from __future__ import annotations

import json

import sqlite_utils

from workbench.field_path import FieldPath, Part
from workbench.model import (
    DOCUMENT_FIELDS,
    Cell,
    Document,
    Element,
    Issue,
    Page,
    ParseResult,
    Source,
    Table,
    TablePart,
    element_from_json,
    table_from_json,
)
from workbench.store.regroup import regroup
from workbench.store.revisions import corrections_for

_LIST_FIELDS = ("issuer", "signatory")


def _loads(value, default=None):
    return json.loads(value) if value else default


def _bbox(value):
    box = _loads(value)
    return tuple(box) if box else None


def load_result(db: sqlite_utils.Database, source_ids: list[int] | None = None) -> ParseResult:
    """Every stored source (or those in ``source_ids``) with its documents."""
    where, params = ("id IN ({})".format(",".join("?" * len(source_ids))), source_ids) if source_ids else (None, [])
    sources, documents, issue, unassigned = [], [], None, None
    for row in db.table("sources").rows_where(where, params, order_by="id"):
        sources.append(load_source(db, row))
        issue = issue or load_issue(db, row["id"])
        documents += load_documents(db, row["id"])
        unassigned = unassigned or load_unassigned(db, row["id"])
    for order, doc in enumerate(documents, start=1):
        doc.order = order
    return ParseResult(sources=sources, issue=issue, documents=documents, unassigned=unassigned)


def load_unassigned(db: sqlite_utils.Database, source_id: int) -> Document | None:
    """The lines and tables of a source that no document holds, as parsed (None when there are none)."""
    row = db.execute("SELECT elements, tables FROM remainders WHERE source_id = ?", [source_id]).fetchone()
    if row is None:
        return None
    return Document(order=0, elements=[element_from_json(e) for e in _loads(row[0], [])],
                    tables=[table_from_json(t) for t in _loads(row[1], [])])


def load_source(db: sqlite_utils.Database, row: dict) -> Source:
    pages = [
        Page(number=p["number"], width=p["width"], height=p["height"], label=p["label"],
             needs_ocr=bool(p["needs_ocr"]))
        for p in db.table("pages").rows_where("source_id = ?", [row["id"]], order_by="number")
    ]
    return Source(path=row["path"], sha256=row["sha256"], kind=row["kind"], pages=pages,
                  encoding=row["encoding"])


def load_issue(db: sqlite_utils.Database, source_id: int) -> Issue | None:
    for row in db.table("issues").rows_where("source_id = ?", [source_id]):
        return Issue(
            publication=row["publication"], year=row["year"], number=row["number"],
            total_number=row["total_number"], publication_date=row["publication_date"],
            editorial_board=_loads(row["editorial_board"], []), toc=_loads(row["toc"], []),
        )
    return None


def document_rows(db: sqlite_utils.Database, source_id: int, corrections: dict | None = None) -> list[dict]:
    """The source's documents as a person sees them: parsed rows with their splits and joins applied
    and the document fields a person corrected (list fields as JSON, as in the table)."""
    rows = list(db.table("documents").rows_where("source_id = ?", [source_id], order_by="ord"))
    corrections = corrections_for(db, source_id) if corrections is None else corrections
    steps = corrections.get("", {}).get("structure", [])
    if steps:
        counts = {row["id"]: db.execute("SELECT COUNT(*) FROM elements WHERE document_id = ?",
                                        [row["id"]]).fetchone()[0] for row in rows}

        def element_at(document_id: int, seq: int) -> dict:
            return next(db.table("elements").rows_where("document_id = ? AND seq = ?", [document_id, seq]))

        rows = regroup(rows, steps, counts, element_at)
    else:
        rows = [{**row, "pieces": [(row["id"], 0, None)]} for row in rows]
    for row in rows:
        for field, value in corrections.get(row["key"], {}).items():
            if field in DOCUMENT_FIELDS:
                row[field] = json.dumps(value, ensure_ascii=False) if field in _LIST_FIELDS else value
    return rows


def load_documents(db: sqlite_utils.Database, source_id: int) -> list[Document]:
    return [doc for _, doc in keyed_documents(db, source_id)]


def keyed_documents(db: sqlite_utils.Database, source_id: int, only: str | None = None) -> list[tuple[str, Document]]:
    """(stable key, document as a person last left it) for every document of the source (or only the one
    keyed ``only``), in order."""
    corrections = corrections_for(db, source_id)
    documents = []
    for row in document_rows(db, source_id, corrections):
        if only is not None and row["key"] != only:
            continue
        doc = document_from_row(db, row)
        apply_corrections(doc, corrections.get(row["key"], {}))
        documents.append((row["key"], doc))
    return documents


def document_from_row(db: sqlite_utils.Database, row: dict) -> Document:
    """A document from its row; its elements and tables from the parsed documents its ``pieces`` name."""
    doc = Document(
        order=row["ord"], issuer=_loads(row["issuer"], []), doc_number=row["doc_number"],
        title=row["title"], doc_type=row["doc_type"], recipients=row["recipients"],
        signatory=_loads(row["signatory"], []), sign_date=row["sign_date"],
        page_start=row["page_start"], page_end=row["page_end"],
        line_start=row["line_start"], line_end=row["line_end"],
    )
    for document_id, first, end in row.get("pieces") or [(row["id"], 0, None)]:
        elements = [
            Element(kind=e["kind"], text=e["text"], page=e["page"], bbox=_bbox(e["bbox"]),
                    line_start=e["line_start"], line_end=e["line_end"], level=e["level"], attrs=_loads(e["attrs"]))
            for e in db.table("elements").rows_where("document_id = ?", [document_id], order_by="seq")
        ]
        piece = elements[first:end]
        doc.elements += piece
        doc.tables += [table for table in _tables(db, document_id)
                       if _within(table, elements, first, end)]
    return doc


def _tables(db: sqlite_utils.Database, document_id: int) -> list[Table]:
    tables = []
    for t in db.table("tables").rows_where("document_id = ?", [document_id], order_by="seq"):
        cells = [
            Cell(row=c["row"], col=c["col"], text=c["text"], rowspan=c["rowspan"],
                 colspan=c["colspan"], page=c["page"], bbox=_bbox(c["bbox"]), line_no=c["line_no"])
            for c in db.table("cells").rows_where("table_id = ?", [t["id"]], order_by="row, col")
        ]
        parts = [TablePart(**{**part, "bbox": tuple(part["bbox"])}) for part in _loads(t["parts"], [])]
        tables.append(Table(page=t["page"], n_rows=t["n_rows"], n_cols=t["n_cols"],
                            cells=cells, bbox=_bbox(t["bbox"]), parts=parts, ruled=bool(t["ruled"]),
                            confidence=t["confidence"]))
    return tables


def _within(table: Table, elements: list[Element], first: int, end: int | None) -> bool:
    """Whether a table of a parsed document stands in its elements ``first``..``end`` (a piece of it)."""
    def before(element: Element) -> bool:  # the table comes before this element
        line = next((cell.line_no for cell in table.cells if cell.line_no), None)
        if element.line_start is not None and line is not None:
            return line < element.line_start
        if element.page is not None and table.page != element.page:
            return table.page < element.page
        return bool(table.bbox and element.bbox) and table.box[1] < element.box[1]

    starts_after = first == 0 or not before(elements[first])
    ends_before = end is None or end >= len(elements) or before(elements[end])
    return starts_after and ends_before


def apply_corrections(doc: Document, corrections: dict) -> None:
    """Overlay a person's values on the parsed document; note which fields they touched.

    ``tables`` (the document's tables as a person left them) goes first, then single
    cells, then element texts, then element kinds and levels. Element corrections
    find their element by the text the parser gave it (so they survive a re-parse that
    moves elements); a kind set after the text was corrected may name either text.
    """
    if "tables" in corrections:
        doc.tables = [table_from_json(data) for data in corrections["tables"]]
        doc.edited.append("tables")
    parsed: dict[int, str] = {}  # id(element) → its parsed text, for elements whose text a person corrected
    paths = {field: FieldPath.parse(field) for field in corrections}
    for field, value in sorted(corrections.items(), key=lambda item: (paths[item[0]].part is not Part.TEXT, item[0])):
        path = paths[field]
        if path.part is Part.CELL:
            _correct_cell(doc, path, value)
        elif path.part is Part.TEXT:
            element = _element(doc, path.seq, value["text"])
            if element is not None:
                parsed[id(element)] = element.text
                element.text = value["new"]
                doc.edited.append(field)
        elif path.part is Part.ELEMENT:
            element = _element(doc, path.seq, value["text"]) or next(
                (e for e in doc.elements if parsed.get(id(e)) == value["text"]), None)
            if element is not None:
                element.kind, element.level = value["kind"], value["level"]
                doc.edited.append(field)
        elif path.part is Part.MARK:
            setattr(doc, field, value)  # what a person said of the document, not a correction of what was parsed
        elif path.part is Part.FIELD:
            setattr(doc, field, list(value) if field in _LIST_FIELDS else value)
            doc.edited.append(field)
    following = set(corrections.get("follows") or [])  # fields read again from a corrected line, not set by hand
    doc.edited = [field for field in doc.edited if field not in following]


def _correct_cell(doc: Document, path: FieldPath, text: str) -> None:
    """A person's text for one cell, where the document's table still has that cell."""
    table = doc.tables[path.seq] if path.seq < len(doc.tables) else None
    for cell in table.cells if table else ():
        if (cell.row, cell.col) == (path.row, path.col):
            cell.text = text
            doc.edited.append(str(path))


def _element(doc: Document, seq: int, text: str) -> Element | None:
    """The element at ``seq`` if its text is still ``text``, else the first element with that text."""
    if seq < len(doc.elements) and doc.elements[seq].text == text:
        return doc.elements[seq]
    return next((element for element in doc.elements if element.text == text), None)
