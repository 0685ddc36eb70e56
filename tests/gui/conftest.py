"""GUI fixtures: settings in a temporary file, a window on a temporary store (sample imported), and helpers
that drive the window through its public accessors."""
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.app import create_app, open_window


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, tmp_path, settings):
    create_app()
    win = open_window(tmp_path / "store.db", settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    return win


def settle(qtbot, win):
    """Until every operation of the window has ended and its result has been handled."""
    qtbot.waitUntil(lambda: not win.busy(), timeout=60000)


wait_for_operation = settle


def source_id_of(win, path) -> int:
    return next(row.id for row in win.store.source_rows() if Path(row.path) == Path(path))


def select_source(qtbot, win, source_id: int):
    """Choose a source in the library and wait until its structure is shown."""
    win.library_pane.select_source(source_id)
    settle(qtbot, win)
    qtbot.waitUntil(lambda: win.current_source is not None and win.current_source.id == source_id, timeout=30000)


def select_document(qtbot, win, source_id: int, key: str):
    win.library_pane.select_document(source_id, key)
    settle(qtbot, win)


def show_text(qtbot, win, path: Path, text: str) -> int:
    """Write ``text`` to ``path``, import it and show it in the window; the source's id."""
    path.write_text(text, encoding="utf-8")
    win.import_paths([str(path)])
    settle(qtbot, win)
    source_id = source_id_of(win, path)
    select_source(qtbot, win, source_id)
    return source_id
