"""Write what a store holds as JSON (the schema of ``parse --format json``, for many sources).

In: a store (optionally some source ids) and a path. Out: the file and the number of documents
written. Each entry of ``sources`` carries its own ``issue``; each document names its ``source``
(the SHA-256 of the file it came from); the top-level ``issue`` is the first source's, as ``parse``
gives it. Sources are read and written one at a time, so memory stays flat whatever the store's
size; the file is written beside its place and renamed into it (whole or not at all), with the
permissions any new file of the user gets.
"""
from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import IO

from workbench.errors import Cancelled, WorkbenchError
from workbench.export.leftovers import remove_stale
from workbench.model import document_to_json
from workbench.store import Store


def write_store_json(store: Store, path: str | Path, source_ids: list[int] | None = None,
                     progress: Callable[[int, int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> int:
    """Write the sources (all when None) to ``path`` atomically; return the document count."""
    path = Path(path)
    rows = store.source_rows(source_ids)
    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(path.parent, ".export-*.json")
        temp = path.parent / f".export-{secrets.token_hex(8)}.json"
        with open(temp, "x", encoding="utf-8") as out:  # the mode any new file of the user gets (mkstemp's is 0600)
            count = _write(store, rows, out, progress, cancelled)
        os.replace(temp, path)
    except OSError as err:
        raise WorkbenchError(str(path), f"无法写入：{err.strerror}") from err
    finally:
        if temp and os.path.exists(temp):
            os.unlink(temp)
    return count


def _issue(store: Store, source_id: int) -> dict | None:
    issue = store.issue(source_id)
    return asdict(issue) if issue else None


def _write(store: Store, rows, out: IO[str], progress, cancelled) -> int:
    issues = {row.id: _issue(store, row.id) for row in rows}
    headers = [{"path": row.path, "sha256": store.sha256_of(row.id), "kind": row.kind, "pages": row.pages,
                "issue": issues[row.id]} for row in rows]
    first = next((issue for issue in issues.values() if issue), None)
    out.write('{"sources": ')
    json.dump(headers, out, ensure_ascii=False, indent=1)
    out.write(',\n"issue": ')
    json.dump(first, out, ensure_ascii=False, indent=1)
    out.write(',\n"documents": [')
    count = 0
    for index, (row, header) in enumerate(zip(rows, headers)):
        if cancelled and cancelled():
            raise Cancelled()
        for _key, doc in store.keyed_documents(row.id):
            count += 1
            doc.order = count
            record = document_to_json(doc)
            record["source"] = header["sha256"]
            out.write(",\n" if count > 1 else "\n")
            json.dump(record, out, ensure_ascii=False, indent=1)
        if progress:
            progress(index + 1, len(rows), Path(row.path).name)
    out.write("\n]}\n")
    return count
