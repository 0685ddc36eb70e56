"""The source pane: a PDF or image page rendered by PyMuPDF, or a text page, with parsed boxes over it.

``PageView.show_page(path, number)`` renders page ``number`` (1-based) at the
current zoom; ``zoom_in``/``zoom_out``/``fit_width`` change it. The parsed elements
and tables of the page are outlined, characters OCR was unsure of marked in red, ``highlight(bbox)``
marks one and scrolls to it (boxes in PDF points). A click on the page emits
``clicked(x, y)`` in PDF points. ``show_text(text)`` shows a text source's page
instead, and ``highlight_lines`` marks a line range of it.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPen, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
)

from workbench.ingest.pages import open_pages
from workbench.mupdf import pymupdf

BOX_PEN = QPen(QColor(40, 110, 200, 110), 0)
HIGHLIGHT_PEN = QPen(QColor(230, 120, 0), 2)
HIGHLIGHT_BRUSH = QBrush(QColor(255, 200, 0, 60))
DOUBT_PEN = QPen(QColor(220, 0, 0), 0)
DOUBT_BRUSH = QBrush(QColor(255, 0, 0, 50))
SEAL_PEN = QPen(QColor(200, 0, 0), 2, Qt.PenStyle.DashLine)


def render_page(path: str, number: int, zoom: float, clip=None) -> QImage:
    """Page ``number`` of ``path`` as an RGB image at ``zoom`` × 72 dpi (``clip``: a box in points)."""
    with open_pages(path) as doc:
        page = doc[number - 1]
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False,
                              clip=pymupdf.Rect(clip) if clip else None)
        return QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()


class _PageGraphics(QGraphicsView):
    pressed = Signal(QPointF)

    def mousePressEvent(self, event) -> None:
        self.pressed.emit(self.mapToScene(event.position().toPoint()))
        super().mousePressEvent(event)


class PageView(QStackedWidget):
    clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.graphics = _PageGraphics(self.scene)
        self.graphics.setObjectName("pageGraphics")
        self.graphics.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.graphics.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.graphics.pressed.connect(lambda point: self.clicked.emit(point.x() / self.zoom, point.y() / self.zoom))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.addWidget(self.graphics)
        self.addWidget(self.text)
        self.zoom = 1.25
        self.fit = True  # fit the page width to the pane until the person zooms
        self.path: str | None = None
        self.number = 1
        self.item: QGraphicsPixmapItem | None = None
        self.boxes: list[tuple] = []
        self.doubts: list[tuple] = []
        self.highlighted: QGraphicsRectItem | None = None
        self._highlight_box = None
        self._rendered: tuple | None = None  # (path, file time, number, zoom) of the pixmap on screen
        self._pixmap: QPixmap | None = None
        self._width: tuple | None = None  # (path, number, page width in points)

    def show_page(self, path: str, number: int, boxes: list | None = None, doubts: list | None = None) -> None:
        """Render the page; ``boxes`` (PDF points) outlined on it, ``doubts`` (characters OCR was unsure
        of: (char, confidence, box)) marked in red; None keeps the current ones."""
        if boxes is not None or (path, number) != (self.path, self.number):
            self.boxes = [box for box in boxes or [] if box]
            self.doubts = list(doubts or [])
            self._highlight_box = None
        self.path, self.number = path, number
        if self.fit:
            self.zoom = max(0.25, min((self.graphics.viewport().width() - 24) / self._page_width(), 6.0))
        key = (path, os.stat(path).st_mtime_ns, number, self.zoom)
        if self._rendered != key:  # the same page of the same file at the same zoom is not rendered again
            self._pixmap = QPixmap.fromImage(render_page(path, number, self.zoom))
            self._rendered = key
        self.scene.clear()
        self.highlighted = None
        self.item = self.scene.addPixmap(self._pixmap)
        self.scene.setSceneRect(self.item.boundingRect())
        self.setCurrentWidget(self.graphics)
        self._draw_boxes()

    def _page_width(self) -> float:
        if self._width is None or self._width[:2] != (self.path, self.number):
            with open_pages(self.path or "") as doc:
                self._width = (self.path, self.number, doc[self.number - 1].rect.width)
        return self._width[2]

    def _rect(self, bbox) -> QRectF:
        x0, y0, x1, y1 = bbox
        return QRectF(x0 * self.zoom, y0 * self.zoom, (x1 - x0) * self.zoom, (y1 - y0) * self.zoom)

    def show_seals(self, seals: list[tuple[tuple, str]]) -> None:
        """Seals and signatures on the page shown next: (box in points, what to say of it)."""
        self.seals = list(seals)

    def _draw_boxes(self) -> None:
        for bbox in self.boxes:
            self.scene.addRect(self._rect(bbox), BOX_PEN)
        for bbox, said in getattr(self, "seals", []):
            self.scene.addRect(self._rect(bbox), SEAL_PEN).setToolTip(said)
        for char, confidence, bbox in self.doubts:
            mark = self.scene.addRect(self._rect(bbox), DOUBT_PEN, DOUBT_BRUSH)
            mark.setToolTip(self.tr("OCR is unsure of “{0}” ({1:.0%})").format(char, confidence))
        if self._highlight_box:
            self.highlight(self._highlight_box)

    def highlight(self, bbox) -> None:
        """Mark ``bbox`` (PDF points) on the page and scroll it into view; None clears the mark."""
        self._highlight_box = bbox
        if self.highlighted is not None:
            self.scene.removeItem(self.highlighted)
            self.highlighted = None
        if bbox and self.path:
            self.highlighted = self.scene.addRect(self._rect(bbox), HIGHLIGHT_PEN, HIGHLIGHT_BRUSH)
            self.graphics.ensureVisible(self.highlighted, 40, 40)

    def show_text(self, text: str) -> None:
        self.path = None
        self.text.setPlainText(text)
        self.setCurrentWidget(self.text)

    def highlight_lines(self, first: int | None, last: int | None, offset: int = 1) -> None:
        """Mark lines ``first``..``last`` of the text shown (numbered from ``offset``)."""
        selections = []
        if first is not None:
            block = self.text.document().findBlockByNumber(first - offset)
            cursor = QTextCursor(block)
            end = self.text.document().findBlockByNumber((last or first) - offset)
            cursor.setPosition(end.position() + max(0, end.length() - 1), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(QColor(255, 220, 120))
            selections.append(selection)
            self.text.setTextCursor(QTextCursor(block))
            self.text.centerCursor()
        self.text.setExtraSelections(selections)

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
