"""What each controller may use of the window, as typed Protocols (the window satisfies them all).

A controller is handed the window but sees only its part: ``Works`` (the store, the operation runner, the
undo stack, the ``changed`` signal, the status line, the settings, the widget dialogs open over), ``Shows``
(the panes, and the source, node and documents they show), and the few extras its own Protocol names. mypy
checks that the window passed has them, and a controller reaching for anything else is a type error.
"""
from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QStatusBar, QTabWidget, QWidget

from ui.operations import Operation, OperationRunner
from ui.panes.library import LibraryPane
from ui.panes.source_pane import SourcePane
from ui.panes.structure import Node, StructurePane
from ui.panes.tag_pane import TagPane
from ui.settings import Settings
from ui.status import OperationStatus
from workbench.model import Document
from workbench.store import SourceRow, Store


class Works(Protocol):
    runner: OperationRunner
    undo_stack: QUndoStack
    status: OperationStatus
    settings: Settings
    changed: Any  # Signal(Changes, initiator)

    @property
    def store(self) -> Store: ...

    def as_widget(self) -> QWidget:
        """The window as the widget dialogs and messages open over."""
        ...


class Shows(Protocol):
    source_pane: SourcePane
    structure_pane: StructurePane
    library_pane: LibraryPane

    @property
    def current_source(self) -> SourceRow | None: ...

    @property
    def current_node(self) -> Node | None: ...

    @property
    def documents(self) -> list[Document]: ...


class EditingWindow(Works, Shows, Protocol):
    proofreading: Any  # the findings follow an edit made from them


class ProofreadingWindow(Works, Shows, Protocol):
    editing: Any
    navigation: Any


class TaggingWindow(Works, Shows, Protocol):
    editing: Any
    tag_pane: TagPane
    library_shown: Any  # Signal()


class SearchingWindow(Works, Shows, Protocol):
    navigation: Any
    left_tabs: QTabWidget
    library_shown: Any
    source_shown: Any  # Signal(int)


class ExportingWindow(Works, Shows, Protocol):
    def statusBar(self) -> QStatusBar: ...


class NavigatingWindow(Works, Shows, Protocol):
    left_tabs: QTabWidget

    def go_to_page(self, number: int) -> None: ...

    def page_number(self) -> int: ...


class ShowingWindow(Works, Shows, Protocol):
    actions_: Any
    navigation: Any
    proofreading: Any
    page_text: QPlainTextEdit
    source_shown: Any


class ImportingWindow(Works, Shows, Protocol):
    navigation: Any
    showing: Any
    library_shown: Any

    def reload_library(self) -> Operation: ...
