"""Importing files and folders from the window: the work in a worker, then what it did, said once.

``Importing(window).import_paths(paths)`` remembers the files, runs the import (``ui.ops.imports``), reloads
the library, shows the source again if it was re-read, and reports: a status line for what went in (and
documents held twice, files with no document), a dialog only for what failed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ui.controllers.parts import ImportingWindow
from ui.memory import settle_memory
from ui.operations import Operation
from ui.ops import imports, reads
from workbench.pipeline import ImportReport


class Importing(QObject):
    def __init__(self, window: ImportingWindow):
        super().__init__(window.as_widget())
        self.window = window

    def import_paths(self, paths: list[str]) -> Operation:
        """Import files and folders in a worker; the panes follow the sources it wrote."""
        self.window.settings.remember_files(paths)
        return self.window.runner.write(imports.import_paths(paths), self._on_imported, self.tr("Importing"))

    def import_on_cluster(self, paths: list[str] | None = None, address: str | None = None) -> Operation | None:
        """File → Import Folder on a Cluster…: the folder's files read by a Dask cluster's workers (the scheduler's
        address asked for, the last one proposed), saved here; files the store holds are skipped. ``paths`` and
        ``address`` skip the dialogs; the operation."""
        window = self.window
        if paths is None:
            folder = QFileDialog.getExistingDirectory(window.as_widget(), self.tr("Folder of back issues to import"))
            paths = [folder] if folder else []
        if not paths:
            return None
        if address is None:
            address, accepted = QInputDialog.getText(
                window.as_widget(), self.tr("Import on a Cluster"),
                self.tr("The cluster's scheduler (started with: workbench scheduler):"),
                text=window.settings.get("cluster/address") or "tcp://127.0.0.1:8786")
            if not accepted or not address.strip():
                return None
        window.settings.set("cluster/address", address.strip())
        return window.runner.write(imports.import_on_cluster(paths, address.strip()), self._on_imported,
                                   self.tr("Importing on the cluster"))

    def _on_imported(self, report: ImportReport) -> None:
        window = self.window
        settle_memory()  # what the import left alive stays out of later full collections
        window.reload_library()
        if window.current_source is not None and window.current_source.id in report.source_ids:
            window.runner.read(reads.source_view(window.current_source.id), window.showing.show_source)
        summary = self.tr("Imported {0} new, {1} updated, {2} failed").format(
            len(report.imported), len(report.updated), len(report.failed))
        added = [Path(path).name for path in report.imported + report.updated]
        summary += ("：" + "、".join(added[:3]) + ("…" if len(added) > 3 else "")) if added else ""
        if report.cancelled:
            summary = self.tr("Import cancelled.") + " " + summary
        notes = [self.tr("{0}: no document was found in it").format(Path(path).name) for path in report.empty]
        line = "；".join([summary, *notes, *report.duplicates[:3]])
        window.library_shown.connect(lambda: window.navigation.show_imported(report.source_ids, line),
                                     Qt.ConnectionType.SingleShotConnection)  # once the library holds them
        problems = [message for _, message in report.failed]
        if problems:  # a dialog only for what failed (no document found, documents held already: the status line)
            problems += notes + report.duplicates
            QMessageBox.warning(window.as_widget(), self.tr("Import"), summary + "\n\n" + "\n".join(problems))
