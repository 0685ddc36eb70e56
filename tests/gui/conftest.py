"""GUI fixtures: settings in a temporary file, and a window on a temporary store (sample imported)."""
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
    if win.operation is not None:
        qtbot.waitUntil(lambda: not win.operation.running, timeout=30000)
    return win


def wait_for_operation(qtbot, win):
    """Until the operation started last has ended and its result has been handled."""
    qtbot.waitUntil(lambda: win.operation is not None and not win.operation.running, timeout=30000)
