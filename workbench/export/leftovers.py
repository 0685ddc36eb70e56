"""What an export killed halfway leaves beside its target, removed the next time one is written there.

``remove_stale(folder, pattern)`` deletes the files or folders matching ``pattern`` (a temporary name an
export writes before renaming into place) that nobody has touched for ``STALE_SECONDS`` — an export
still under way in another process keeps writing to its own and is left alone.
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path

STALE_SECONDS = 3600


def remove_stale(folder: Path, pattern: str) -> None:
    now = time.time()
    for path in Path(folder).glob(pattern):
        try:
            if now - path.stat().st_mtime < STALE_SECONDS:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink()
        except OSError:
            continue  # gone already, or not ours to remove
