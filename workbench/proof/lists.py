"""The editable word lists under ``resources/proof/``: one reader for all of them.

In: a list's file name. Out: its rows, each the tab-separated fields of a line, stripped; blank lines and
lines starting with ``#`` (the list's own explanation) are skipped.
"""
from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "proof"


def rows(name: str) -> list[list[str]]:
    """The rows of ``resources/proof/<name>``."""
    return [[field.strip() for field in line.split("\t")]
            for line in (FOLDER / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
