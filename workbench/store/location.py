"""Where a store is: the user's default store, a store a command only reads, and opening one another process
is creating at the same moment."""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs

from workbench.errors import StoreError
from workbench.store.transaction import BUSY_TIMEOUT_MS


def existing_store(path: str | Path) -> Path:
    """``path`` when a store is there; a command that only reads a store never creates one."""
    if not Path(path).is_file():
        raise StoreError(str(path), "数据库不存在（只读取数据库的命令不会新建它，请检查 --db）")
    return Path(path)


def default_store_path() -> Path:
    """The user's store: ``$WORKBENCH_DB`` if set, else the platform's data folder."""
    if os.environ.get("WORKBENCH_DB"):
        return Path(os.environ["WORKBENCH_DB"])
    return platformdirs.user_data_path("BulletinWorkbench", appauthor=False) / "workbench.db"


def while_locked(step: Callable[[], None], seconds: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Run ``step`` again while another process holds the lock it needs: opening a store that another process
    is creating at the same moment (turning it to WAL, recovering its log) can fail with "database is locked"
    without waiting for the busy timeout."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
