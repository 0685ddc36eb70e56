"""The store's schema, built by numbered migrations.

In: an open sqlite-utils ``Database``. Out: the same database at the newest
schema version (``PRAGMA user_version``). Each migration runs in its own
transaction; a store written by a newer release is refused, not damaged.

Parsed values live in sources/pages/issues/documents/elements/tables/cells and
are replaced on every re-parse. What a person did lives apart, keyed by the
document's stable key, and is never touched by a re-parse: ``corrections``
(the current hand value of a field, tags and topic class included) and the ``revisions`` log of
every change by the parser or by a person. The search index (``search_docs``, ``search_words``)
follows both: it is rewritten for what each import or correction touched.
"""
from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from workbench.errors import StoreError
from workbench.store.transaction import writing


def _v1(db: sqlite_utils.Database) -> None:
    db.table("sources").create(
        {
            "id": int, "sha256": str, "path": str, "kind": str, "encoding": str,
            "pages": int, "imported_at": str, "updated_at": str,
        },
        pk="id", not_null={"sha256", "path", "kind"},
    )
    db.table("sources").create_index(["sha256"], unique=True)
    db.table("pages").create(
        {
            "id": int, "source_id": int, "number": int, "width": float, "height": float,
            "label": str, "needs_ocr": int, "text": str,
        },
        pk="id", foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("pages").create_index(["source_id", "number"], unique=True)
    db.table("issues").create(
        {
            "id": int, "source_id": int, "publication": str, "year": int, "number": int,
            "total_number": int, "publication_date": str, "editorial_board": str, "toc": str,
        },
        pk="id", foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("issues").create_index(["source_id"], unique=True)
    db.table("documents").create(
        {
            "id": int, "source_id": int, "key": str, "ord": int, "issuer": str,
            "doc_number": str, "title": str, "doc_type": str, "recipients": str,
            "signatory": str, "sign_date": str, "page_start": int, "page_end": int,
            "line_start": int, "line_end": int, "text": str, "search_text": str,
        },
        pk="id", foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("documents").create_index(["source_id", "key"], unique=True)
    db.table("elements").create(
        {
            "id": int, "document_id": int, "seq": int, "kind": str, "text": str, "page": int,
            "bbox": str, "line_start": int, "line_end": int, "level": int,
        },
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("elements").create_index(["document_id", "seq"])
    db.table("tables").create(
        {"id": int, "document_id": int, "seq": int, "page": int, "bbox": str, "n_rows": int, "n_cols": int},
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("tables").create_index(["document_id", "seq"])
    db.table("cells").create(
        {
            "id": int, "table_id": int, "row": int, "col": int, "rowspan": int,
            "colspan": int, "text": str, "page": int, "bbox": str,
        },
        pk="id", foreign_keys=[("table_id", "tables", "id")],
    )
    db.table("cells").create_index(["table_id", "row", "col"])
    db.table("tags").create(
        {"id": int, "source_id": int, "doc_key": str, "tag": str, "at": str},
        pk="id", foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("tags").create_index(["source_id", "doc_key", "tag"], unique=True)
    db.table("findings").create(
        {
            "id": int, "source_id": int, "doc_key": str, "kind": str, "message": str,
            "page": int, "bbox": str, "status": str, "at": str,
        },
        pk="id", foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("corrections").create(
        {"id": int, "source_id": int, "doc_key": str, "field": str, "value": str, "at": str},
        pk="id", foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("corrections").create_index(["source_id", "doc_key", "field"], unique=True)
    db.table("revisions").create(
        {
            "id": int, "at": str, "author": str, "source_id": int, "doc_key": str,
            "field": str, "old": str, "new": str,
        },
        pk="id",
    )
    db.table("revisions").create_index(["source_id", "doc_key"])
    db.table("documents").enable_fts(["title", "search_text"], create_triggers=True)


def _v2(db: sqlite_utils.Database) -> None:
    """OCR results by page-image hash, so a page is never recognised twice."""
    db.table("ocr_cache").create({"image_sha256": str, "engine": str, "data": str, "at": str}, pk="image_sha256")


def _v3(db: sqlite_utils.Database) -> None:
    """Table parts (pages a table was split across, with their separators), how a table was found,
    cell lines, element attributes."""
    db.table("tables").add_column("parts", str)
    db.table("tables").add_column("ruled", int)
    db.table("tables").add_column("confidence", str)
    db.table("cells").add_column("line_no", int)
    db.table("elements").add_column("attrs", str)


def _v4(db: sqlite_utils.Database) -> None:
    """The image hash of an OCR'd page, to find its recognised lines (and their doubtful characters)."""
    db.table("pages").add_column("image_sha256", str)


def _v5(db: sqlite_utils.Database) -> None:
    """Proofreading findings of the last run, each with what a person made of it (open / fixed / ignored).

    Replaces the placeholder ``findings`` table of version 1, which nothing ever wrote.
    """
    db.table("findings").drop(ignore=True)
    db.table("findings").create(
        {
            "id": int, "source_id": int, "doc_key": str, "rule": str, "category": str, "severity": str,
            "message": str, "text": str, "suggestion": str, "element": int, "cell": str, "start": int,
            "context": str, "page": int, "line": int, "bbox": str, "document": str, "occurrence": int,
            "status": str, "reason": str, "at": str,
        },
        pk="id", foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("findings").create_index(["source_id", "doc_key", "rule", "text", "occurrence"], unique=True)


def _v6(db: sqlite_utils.Database) -> None:
    """Tags become corrections like any other field (undoable, in the revision log): each document's
    tags move from the ``tags`` table into a ``tags`` correction, and the table goes."""
    import json

    by_document: dict[tuple[int, str], list[str]] = {}
    for source_id, key, tag in db.execute("SELECT source_id, doc_key, tag FROM tags ORDER BY tag").fetchall():
        by_document.setdefault((source_id, key), []).append(tag)
    for (source_id, key), tags in by_document.items():
        db.execute("INSERT OR IGNORE INTO corrections (source_id, doc_key, field, value, at) "
                   "VALUES (?, ?, 'tags', ?, datetime('now'))", [source_id, key, json.dumps(tags, ensure_ascii=False)])
    db.table("tags").drop()


def _v7(db: sqlite_utils.Database) -> None:
    """Search follows what a person did and finds any run of characters: the index of parsed text cut by
    jieba (``documents_fts``, ``documents.search_text``) gives way to ``search.create_tables``, filled
    with every document as corrected."""
    from workbench.store.search import create_tables, index_source

    db.table("documents").disable_fts()
    db.execute("ALTER TABLE documents DROP COLUMN search_text")
    create_tables(db)
    for (source_id,) in db.execute("SELECT id FROM sources ORDER BY id").fetchall():
        index_source(db, source_id)


def _v8(db: sqlite_utils.Database) -> None:
    """What a source holds outside every document (lines and tables no document took), kept with it."""
    db.table("remainders").create({"source_id": int, "elements": str, "tables": str}, pk="source_id", if_not_exists=True,
                            foreign_keys=[("source_id", "sources", "id")])


def _v9(db: sqlite_utils.Database) -> None:
    """Words an editor told the proofreading rules to accept (不再提示此词), for the whole store."""
    db.table("accepted_words").create({"word": str, "category": str, "at": str}, pk=("word", "category"),
                                if_not_exists=True)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database) -> None:
    """Bring ``db`` to ``SCHEMA_VERSION``; refuse a store from a newer release."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreError(detail=f"数据库版本 {current} 比本程序支持的 {SCHEMA_VERSION} 新，请升级程序")
    for version in range(current, SCHEMA_VERSION):
        with writing(db):
            if db.execute("PRAGMA user_version").fetchone()[0] > version:
                continue  # another process opening the same store at the same moment did this one
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
