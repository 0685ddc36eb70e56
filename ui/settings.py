"""Every setting the window keeps, declared once with its type and default.

``Settings(qsettings)`` reads and writes the keys below; nothing else in the UI
calls ``QSettings.value`` with a string of its own.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from workbench import limits
from workbench.errors import UsageError

RECENT_LIMIT = 10

KEYS = {  # key: (type, default)
    "store/last": (str, ""),
    "recent/files": (list, []),
    "window/geometry": (QByteArray, QByteArray()),
    "window/state": (QByteArray, QByteArray()),
    "archive/last": (str, "{}"),  # the 年度归档 dialog's fonds fields and folder, as JSON
    "input/limits": (list, []),  # NAME=VALUE overrides of workbench.limits (e.g. text_mb=200)
    "tables/folder": (str, ""),  # where the table editor last saved a table
    "document/last": (str, ""),  # "source id<TAB>document key" of the document last open
    "cluster/address": (str, ""),  # the Dask scheduler a folder import was last handed to (tcp://HOST:8786)
}


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.qsettings = qsettings or QSettings()

    def get(self, key: str):
        kind, default = KEYS[key]
        value = self.qsettings.value(key, default)
        if kind is list:
            return [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        return value if value is not None else default

    def set(self, key: str, value) -> None:
        assert key in KEYS, key
        self.qsettings.setValue(key, value)

    def sample_offered(self, store: Path) -> bool:
        """Whether the sample bulletin was once imported into ``store`` (never offered twice)."""
        return bool(self.qsettings.value(f"sample/offered/{store}", False, type=bool))

    def mark_sample_offered(self, store: Path) -> None:
        self.qsettings.setValue(f"sample/offered/{store}", True)

    def apply_limits(self) -> None:
        """Put the input limits a person raised (``input/limits``) in force; a bad entry is ignored."""
        try:
            limits.use(limits.parse(self.get("input/limits")))
        except UsageError:
            limits.use(limits.Limits())

    def remember_files(self, paths: list[str]) -> None:
        """Put ``paths`` first in the recent files (at most ``RECENT_LIMIT``)."""
        recent = [str(Path(p).resolve()) for p in paths] + self.get("recent/files")
        self.set("recent/files", list(dict.fromkeys(recent))[:RECENT_LIMIT])
