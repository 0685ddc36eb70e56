"""The source pane: a PDF or image page rendered by PyMuPDF, or a text page.

``PageView.show_page(path, number)`` renders page ``number`` (1-based) of the
file at the current zoom; ``zoom_in``/``zoom_out``/``fit_width`` change it.
``show_text(text)`` shows a text source's page instead.
"""
from __future__ import annotations

import pymupdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QPlainTextEdit, QStackedWidget


def render_page(path: str, number: int, zoom: float) -> QImage:
    """Page ``number`` of ``path`` as an RGB image at ``zoom`` × 72 dpi."""
    with pymupdf.open(path) as doc:
        page = doc[number - 1]
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        return QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()


class PageView(QStackedWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.graphics = QGraphicsView(self.scene)
        self.graphics.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.graphics.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.addWidget(self.graphics)
        self.addWidget(self.text)
        self.zoom = 1.25
        self.fit = True  # fit the page width to the pane until the person zooms
        self.path: str | None = None
        self.number = 1
        self.item: QGraphicsPixmapItem | None = None

    def show_page(self, path: str, number: int) -> None:
        self.path, self.number = path, number
        if self.fit:
            with pymupdf.open(path) as doc:
                width = doc[number - 1].rect.width
            self.zoom = max(0.25, min((self.graphics.viewport().width() - 24) / width, 6.0))
        self.scene.clear()
        self.item = self.scene.addPixmap(QPixmap.fromImage(render_page(path, number, self.zoom)))
        self.scene.setSceneRect(self.item.boundingRect())
        self.setCurrentWidget(self.graphics)

    def show_text(self, text: str) -> None:
        self.path = None
        self.text.setPlainText(text)
        self.setCurrentWidget(self.text)

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self.zoom = max(0.25, min(zoom, 6.0))
        if self.path:
            self.show_page(self.path, self.number)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.25)

    def fit_width(self) -> None:
        self.fit = True
        if self.path:
            self.show_page(self.path, self.number)
