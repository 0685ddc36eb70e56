"""The OCR cache a store keeps: recognised pages by page-image SHA-256 (for ``ingest.recognition.recognise_pages``)."""
from __future__ import annotations

import json

import sqlite_utils

from workbench.store.revisions import now
from workbench.store.transaction import writing


class StoreOcrCache:
    """Recognised pages by page-image SHA-256, each with the reader that made it; each entry written in its own
    transaction. By default a page is given back only as this program's reader read it: one an earlier reader
    made is read again (and replaced), so a scan imported again after an update gets what the update reads.
    ``any_reader``: as whichever reader read it last — what the store's text of that page came from."""

    def __init__(self, db: sqlite_utils.Database, any_reader: bool = False):
        self.db = db
        self.any_reader = any_reader

    def get(self, image_sha256: str) -> dict | None:
        query, values = "SELECT data FROM ocr_cache WHERE image_sha256 = ?", [image_sha256]
        if not self.any_reader:
            from workbench.ingest.ocr import engine_version

            query, values = f"{query} AND engine = ?", [image_sha256, engine_version()]
        row = self.db.execute(query, values).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, image_sha256: str, data: dict) -> None:
        from workbench.ingest.ocr import engine_version

        with writing(self.db):
            self.db.table("ocr_cache").upsert(
                {"image_sha256": image_sha256, "engine": engine_version(),
                 "data": json.dumps(data, ensure_ascii=False), "at": now()},
                pk="image_sha256",
            )
