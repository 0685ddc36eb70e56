"""The source pane: page thumbnails beside the page (or a text source's text), with the parsed boxes.

``SourcePane.show_source(source, page_texts)`` takes a ``SourceRow`` and its pages'
text; ``go_to_page(number, boxes, doubts)`` shows a page (image with boxes and OCR
doubts for paged sources, text otherwise); ``highlight(node)`` marks a structure node
(its box, or its line range on a text page). ``page_chosen(number)`` when a person
picks a thumbnail; ``clicked(x, y)`` on the page image (PDF points).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter

from ui.panes.page_view import PageView
from ui.panes.thumbnails import Thumbnails
from workbench.ingest.ofd import Seal
from workbench.store import SourceRow


class SourcePane(QSplitter):
    page_chosen = Signal(int)
    clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.thumbnails = Thumbnails()
        self.thumbnails.page_chosen.connect(self.page_chosen)
        self.page_view = PageView()
        self.page_view.clicked.connect(self.clicked)
        self.addWidget(self.thumbnails)
        self.addWidget(self.page_view)
        self.setStretchFactor(1, 1)
        # the thumbnails' column is fixed; left to itself the splitter gives it its list's preferred width, and the
        # rest of that stood blank between it and the page
        self.setSizes([self.thumbnails.maximumWidth(), self.page_view.maximumWidth()])
        self.source: SourceRow | None = None
        self.page_texts: list[str] = []
        self.number = 1
        self.seals: list[tuple[int, tuple, str]] = []

    def shows_images(self) -> bool:
        return self.source is not None and self.source.is_paged and Path(self.source.path).exists()

    def show_source(self, source: SourceRow, page_texts: list[str], seals: Sequence[Seal] = ()) -> None:
        """A new source: its thumbnails (images for paged sources), page texts and the seals an OFD carries
        (read by the worker that read the source)."""
        if self.source is None or self.source.id != source.id:
            self.source = source
            self.number = 0  # no page of this source is on screen yet
            self.thumbnails.show_source(source.path if self.shows_images() else None, source.pages)
        self.source = source
        self.page_texts = page_texts
        self.seals = self._said(seals)

    def _said(self, found: Sequence[Seal]) -> list[tuple[int, tuple, str]]:
        """(page, box, what to say) of each seal placed on a page."""
        states = {True: self.tr("the signed content is unchanged"), False: self.tr("the signed content has changed"),
                  None: self.tr("no digest recorded to check")}
        return [(seal.page, seal.box, self.tr("Seal or signature by {0}: {1}").format(seal.signer or "?",
                                                                                      states[seal.intact]))
                for seal in found if seal.page and seal.box]

    def page_text(self, number: int) -> str:
        return self.page_texts[number - 1] if 0 < number <= len(self.page_texts) else ""

    def go_to_page(self, number: int, boxes: list, doubts: list) -> None:
        self.number = number
        self.thumbnails.mark(number)
        if self.shows_images():
            self.page_view.show_seals([(box, said) for page, box, said in self.seals if page == number])
            self.page_view.show_page(self.source.path, number, boxes, doubts)
        else:
            self.page_view.show_text(self.page_text(number))

    def first_line(self, number: int) -> int:
        """The file line number text page ``number`` starts on."""
        return 1 + sum(text.count("\n") + 1 for text in self.page_texts[:number - 1])

    def highlight(self, node) -> None:
        """Mark a structure node on the page shown: its box, or its lines of a text page."""
        if self.shows_images():
            self.page_view.highlight(node.bbox)
        else:
            self.page_view.highlight_lines(node.line_start, node.line_end, self.first_line(self.number))
