"""Write a parse result into the store, in one transaction.

In: a ``Database`` and a ``ParseResult`` of one source. Out: the source's id.
A source already stored (same SHA-256) is updated in place: its parsed rows are
replaced, changed parser values are logged as revisions, and hand corrections
and tags, kept apart by stable document key, are left exactly as they were.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import cast

import sqlite_utils

from workbench.model import DOCUMENT_FIELDS, Document, ParseResult, Source
from workbench.reading.render import render_page
from workbench.store.keys import document_keys
from workbench.store.revisions import log_revision, now
from workbench.store.search import index_source
from workbench.store.transaction import writing


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def save_result(db: sqlite_utils.Database, result: ParseResult) -> int:
    """Store ``result`` (one source); return the source's id."""
    (source,) = result.sources
    keys = document_keys(result.documents)
    rows = [(key, doc, _document_row(doc, key)) for key, doc in zip(keys, result.documents)]
    with writing(db):
        source_id = _upsert_source(db, source)
        old_rows = {row["key"]: row for row in db.table("documents").rows_where("source_id = ?", [source_id])}
        _delete_parsed(db, source_id)
        _insert_pages(db, source_id, source)
        if result.issue is not None:
            issue = vars(result.issue).copy()
            issue.update(source_id=source_id, editorial_board=_json(issue["editorial_board"]),
                         toc=_json(issue["toc"]))
            db.table("issues").insert(issue)
        if result.unassigned is not None:
            data = ParseResult(sources=[source], unassigned=result.unassigned).to_json()["unassigned"]
            db.table("remainders").insert({"source_id": source_id, "elements": _json(data["elements"]),
                                     "tables": _json(data["tables"])})
        for key, doc, row in rows:
            row["source_id"] = source_id
            document_id = cast(int, db.table("documents").insert(row).last_pk)
            _insert_children(db, document_id, doc)
            if key in old_rows:
                for field in DOCUMENT_FIELDS:
                    if old_rows[key][field] != row[field]:
                        log_revision(db, "parser", source_id, key, field,
                                     _loads(old_rows[key][field]), _loads(row[field]))
        index_source(db, source_id)
    return source_id


def _loads(value):
    try:
        return json.loads(value) if value else value
    except ValueError:
        return value


def _upsert_source(db: sqlite_utils.Database, source: Source) -> int:
    existing = list(db.table("sources").rows_where("sha256 = ?", [source.sha256]))
    stamp = now()
    record = {"path": source.path, "kind": source.kind, "encoding": source.encoding,
              "pages": len(source.pages), "updated_at": stamp}
    if existing:
        db.table("sources").update(existing[0]["id"], record)
        return existing[0]["id"]
    record.update(sha256=source.sha256, imported_at=stamp)
    return cast(int, db.table("sources").insert(record).last_pk)


def _delete_parsed(db: sqlite_utils.Database, source_id: int) -> None:
    documents = "SELECT id FROM documents WHERE source_id = ?"
    tables = f"SELECT id FROM tables WHERE document_id IN ({documents})"
    db.execute(f"DELETE FROM cells WHERE table_id IN ({tables})", [source_id])
    db.execute(f"DELETE FROM tables WHERE document_id IN ({documents})", [source_id])
    db.execute(f"DELETE FROM elements WHERE document_id IN ({documents})", [source_id])
    db.execute("DELETE FROM documents WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM issues WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM remainders WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM pages WHERE source_id = ?", [source_id])


def _insert_pages(db: sqlite_utils.Database, source_id: int, source: Source) -> None:
    db.table("pages").insert_all(
        {
            "source_id": source_id, "number": page.number, "width": page.width,
            "height": page.height, "label": page.label, "needs_ocr": int(page.needs_ocr),
            "text": render_page(page), "image_sha256": page.image_sha256 if page.ocr else None,
        }
        for page in source.pages
    )


def _document_row(doc: Document, key: str) -> dict:
    return {
        "key": key, "ord": doc.order, "issuer": _json(doc.issuer), "doc_number": doc.doc_number,
        "title": doc.title, "doc_type": doc.doc_type, "recipients": doc.recipients,
        "signatory": _json(doc.signatory), "sign_date": doc.sign_date,
        "page_start": doc.page_start, "page_end": doc.page_end,
        "line_start": doc.line_start, "line_end": doc.line_end,
        "text": doc.text(),
    }


def _insert_children(db: sqlite_utils.Database, document_id: int, doc: Document) -> None:
    db.table("elements").insert_all(
        {
            "document_id": document_id, "seq": seq, "kind": e.kind, "text": e.text, "page": e.page,
            "bbox": _json(e.bbox), "line_start": e.line_start, "line_end": e.line_end, "level": e.level,
            "attrs": _json(e.attrs),
        }
        for seq, e in enumerate(doc.elements)
    )
    for seq, table in enumerate(doc.tables):
        table_id = db.table("tables").insert(
            {"document_id": document_id, "seq": seq, "page": table.page, "bbox": _json(table.bbox),
             "n_rows": table.n_rows, "n_cols": table.n_cols, "parts": _json([asdict(p) for p in table.parts]),
             "ruled": int(table.ruled), "confidence": table.confidence}
        ).last_pk
        db.table("cells").insert_all(
            {"table_id": table_id, "row": c.row, "col": c.col, "rowspan": c.rowspan,
             "colspan": c.colspan, "text": c.text, "page": c.page, "bbox": _json(c.bbox), "line_no": c.line_no}
            for c in table.cells
        )
