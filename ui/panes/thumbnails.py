"""Page thumbnails beside the page: click one (or move with the arrow keys) to go to that page.

``Thumbnails.show_source(path, pages)`` lists the pages at once and renders their
images a page at a time from a timer, so a long PDF never holds up the window.
``page_chosen(number)`` is emitted when the person picks a page.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from ui.panes.page_view import render_page

WIDTH = 96


class Thumbnails(QListWidget):
    page_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("thumbnails")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setIconSize(QSize(WIDTH, int(WIDTH * 1.45)))
        self.setGridSize(QSize(WIDTH + 12, int(WIDTH * 1.45) + 22))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setFixedWidth(WIDTH + 34)
        self.path: str | None = None
        self._queue: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)
        self.currentRowChanged.connect(lambda row: row >= 0 and self.page_chosen.emit(row + 1))

    def show_source(self, path: str | None, pages: int) -> None:
        """List ``pages`` pages of ``path`` (None: a text source, no images)."""
        self._timer.stop()
        self.blockSignals(True)
        self.clear()
        self.path = path
        for number in range(1, pages + 1):
            self.addItem(QListWidgetItem(str(number)))
        self.blockSignals(False)
        self._queue = list(range(1, pages + 1)) if path else []
        if self._queue:
            self._timer.start()

    def _render_next(self) -> None:
        if not self._queue or self.path is None:
            self._timer.stop()
            return
        number = self._queue.pop(0)
        with_zoom = WIDTH / 595  # about an A4 page's width in points
        image = render_page(self.path, number, with_zoom)
        self.item(number - 1).setIcon(QIcon(QPixmap.fromImage(image)))

    def mark(self, number: int) -> None:
        """Show ``number`` as the current page without emitting ``page_chosen``."""
        self.blockSignals(True)
        self.setCurrentRow(number - 1)
        self.blockSignals(False)
