"""What marks a folder as an archive package the workbench made (light: read by every import).

``MARKER`` is the bag-info field naming the software, ``SNAPSHOT`` the store snapshot's file name under
``data/``; ``is_package(path)`` says whether a folder is such a package.
"""
from __future__ import annotations

from pathlib import Path

MARKER = "Bulletin-Workbench-Archive"
SNAPSHOT = "store.sqlite"


def is_package(path: Path) -> bool:
    info = Path(path) / "bag-info.txt"
    return info.is_file() and MARKER in info.read_text(encoding="utf-8", errors="replace")
