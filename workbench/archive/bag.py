"""What marks a folder as an archive package the workbench made (light: read by every import).

``MARKER`` is the bag-info field naming the software, ``SNAPSHOT`` the store snapshot's file name under
``data/``, ``ORIGINALS`` the folder of source files there; ``is_package(path)`` says whether a folder is such a
package (reading no more than the start of its bag-info.txt).
"""
from __future__ import annotations

from pathlib import Path

MARKER = "Bulletin-Workbench-Archive"
SNAPSHOT = "store.sqlite"
ORIGINALS = "原件"  # the files the documents were read from, named by their SHA-256


def is_package(path: Path) -> bool:
    info = Path(path) / "bag-info.txt"
    if not info.is_file():
        return False
    with open(info, "rb") as handle:
        return MARKER.encode() in handle.read(65536)
