"""The window's log: a rotating file in the user's log folder.

``start_logging()`` sends the ``workbench`` and ``ui`` loggers (warnings and above,
and whatever an operation reports) to ``log_path()``; returns that path.
"""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs


def log_path() -> Path:
    """Where the window writes its log (the platform's user log folder)."""
    return platformdirs.user_log_path("BulletinWorkbench", appauthor=False) / "workbench.log"


def start_logging() -> Path:
    """Log to a rotating file (1 MB × 3); safe to call more than once."""
    path = log_path()
    root = logging.getLogger()
    if not any(isinstance(handler, logging.FileHandler) and handler.baseFilename == str(path.absolute())
               for handler in root.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        except OSError:
            return path  # a read-only home: the window still runs, unlogged
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(min(root.level or logging.WARNING, logging.INFO))
    return path
