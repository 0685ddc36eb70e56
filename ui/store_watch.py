"""Notice what another program (the command line, a second window) wrote to the store, and show it.

``StoreWatch(window)`` asks the UI thread's connection every two seconds for SQLite's ``data_version``,
which changes when any other connection commits. When one of the window's own write operations ends
(their workers have connections of their own) the version is taken as seen; a change after that, while
none of them runs, was made elsewhere: the library is read again, the panes of the source shown are
refreshed through ``window.changed``, and the status bar says so. (A write elsewhere that lands between
one of the window's own commits and the moment that operation ends is shown with the next change.)
"""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer

from workbench.changes import Changes

INTERVAL_MS = 2000


class StoreWatch(QObject):
    def __init__(self, window, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self.window = window
        self.version = self._version()
        window.runner.ended.connect(self._own_ended)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(interval_ms)

    def _version(self) -> int | None:
        try:
            return self.window.store.db.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:  # a store closed or gone: nothing to watch
            return None

    def _own_ended(self, operation) -> None:
        if operation.write and not self.window.runner.closed:
            self.version = self._version()

    def poll(self) -> bool:
        """Reload when another program wrote since the last look; whether it did."""
        runner = self.window.runner
        if runner.closed or runner.running(write_only=True):
            return False
        version = self._version()
        if version == self.version:
            return False
        self.version = version
        self.window.reload_library()
        source = self.window.current_source
        if source is not None:
            self.window.changed.emit(Changes.of_sources([source.id]), self)
        self.window.statusBar().showMessage(self.tr("The store was changed by another program; shown again."), 5000)
        return True
