"""Write a ``ParseResult`` as JSON (the schema of ``parse --format json``).

In: a ParseResult and a path. Out: the file, written whole or not at all
(a temporary file renamed into place), and the number of documents written.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.model import ParseResult


def write_json(result: ParseResult, path: str | Path) -> int:
    """Write ``result`` to ``path`` atomically; return the document count."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".export-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(result.to_json(), out, ensure_ascii=False, indent=1)
        os.replace(temp, path)
    except OSError as err:
        raise WorkbenchError(str(path), f"无法写入：{err.strerror}") from err
    return len(result.documents)
