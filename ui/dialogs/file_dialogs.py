"""The window's file dialogs: import files or a folder, open a store, recent files.

``FileDialogs(window)`` asks the person for paths and hands them to the window
(``import_paths``, ``store_requested``); it holds no state of its own.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from workbench.ingest.readers import READERS


def file_filter() -> str:
    """The import dialog's filter: every format the registry reads, then each on its own."""
    every = " ".join(f"*{suffix}" for reader in READERS for suffix in reader.suffixes)
    own = ";;".join(f"{reader.label} ({' '.join('*' + s for s in reader.suffixes)})" for reader in READERS)
    return f"公报文件 ({every});;{own};;所有文件 (*)"


class FileDialogs(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import Files"), "", file_filter())
        if paths:
            self.window.import_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import Folder"))
        if folder:
            self.window.import_paths([folder])

    def choose_store(self) -> None:
        """Work on another store (an existing one, or a new file name for a new one)."""
        window = self.window
        path, _ = QFileDialog.getSaveFileName(window, self.tr("Open Store"), str(window.store_path.parent),
                                              self.tr("Workbench store (*.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            window.store_requested.emit(path)

    def fill_recent(self, menu: QMenu) -> None:
        """Fill ``menu`` with the recently imported paths, each importing itself again."""
        menu.clear()
        for path in self.window.settings.get("recent/files"):
            menu.addAction(path).triggered.connect(lambda _=False, path=path: self.window.import_paths([path]))
