"""The OCR cache a store keeps: recognised pages by page-image SHA-256 (for ``ingest.recognition.recognise_pages``)."""
from __future__ import annotations

import json

import sqlite_utils

from workbench.store.revisions import now
from workbench.store.transaction import writing


class StoreOcrCache:
    """Recognised pages by page-image SHA-256, each with the reader that made it; each entry written in its own
    transaction."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def get(self, image_sha256: str) -> dict | None:
        """The page as this program's reader read it, or None — one an earlier reader made is read again (and
        replaced): a scan imported again after an update gets what the update reads."""
        from workbench.ingest.ocr import engine_version

        row = self.db.execute("SELECT data FROM ocr_cache WHERE image_sha256 = ? AND engine = ?",
                              [image_sha256, engine_version()]).fetchone()
        return json.loads(row[0]) if row else None

    def kept(self, image_sha256: str) -> dict | None:
        """The page as whichever reader read it last (what the store's text of that page came from), or None."""
        row = self.db.execute("SELECT data FROM ocr_cache WHERE image_sha256 = ?", [image_sha256]).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, image_sha256: str, data: dict) -> None:
        from workbench.ingest.ocr import engine_version

        with writing(self.db):
            self.db.table("ocr_cache").upsert(
                {"image_sha256": image_sha256, "engine": engine_version(),
                 "data": json.dumps(data, ensure_ascii=False), "at": now()},
                pk="image_sha256",
            )
