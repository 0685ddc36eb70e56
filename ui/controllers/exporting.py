"""File → Export… and File → 年度归档…: the dialogs, then the work as an operation, then where it went.

``Exporting(window)``: ``export()`` asks what and in which format (``ExportDialog``) and where, and
writes it off the UI thread; ``archive()`` asks for the year and fonds (``ArchiveDialog``) and builds
the package with progress and cancel. Each ends with a status line naming the file or folder and a
button that opens the folder holding it.
"""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from ui.controllers.parts import ExportingWindow
from ui.dialogs.archive_dialog import ArchiveDialog
from ui.dialogs.export_dialog import ExportDialog
from ui.labels import format_names
from ui.ops import export
from workbench.archive.catalogue import document_year
from workbench.export.formats import exporter


class Exporting(QObject):
    def __init__(self, window: ExportingWindow):
        super().__init__(window.as_widget())
        self.window = window
        self.open_folder = QPushButton(self.tr("Show Folder"))
        self.open_folder.setObjectName("showFolder")
        self.open_folder.hide()
        self.open_folder.clicked.connect(self._show_folder)
        window.statusBar().addPermanentWidget(self.open_folder)
        self.folder: Path | None = None

    # ---- export ----------------------------------------------------------------------------
    def export(self) -> None:
        window = self.window
        node, source = window.current_node, window.current_source
        document = window.documents[node.doc] if node is not None and node.doc is not None else None
        selected = window.library_pane.selected_documents()
        label = (document.doc_number or document.title) if document is not None else None
        dialog = ExportDialog(label, Path(source.path).name if source is not None else None, len(selected),
                              window.as_widget())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        scope, fmt = dialog.scope(), dialog.format()
        name = {"document": label or "document",
                "issue": Path(source.path).stem if source is not None else "issue", "selection": "selection",
                "all": "bulletins"}[scope]
        suffix = exporter(fmt).suffix
        path, _ = QFileDialog.getSaveFileName(window.as_widget(), self.tr("Export"), f"{name}{suffix}",
                                              f"{format_names()[fmt]} (*{suffix})")
        if path:
            self.write(scope, fmt, path)

    def write(self, scope: str, fmt: str, path: str):
        """Export what ``scope`` names (of what the window shows) to ``path``; the operation."""
        window = self.window
        if scope == "all":
            work = export.export_json(path)
        elif scope == "selection":
            chosen = [(row.source_id, row.key) for row in window.library_pane.selected_documents()]
            work = export.export_documents(chosen, fmt, path, None)
        else:
            chosen = self._shown(scope)
            if not chosen:
                return None  # the dialog offers these only while a source (and a document) is shown
            work = export.export_documents(chosen, fmt, path, chosen[0][0] if scope == "issue" else None)
        return window.runner.read(work, lambda count: self._done(
            self.tr("Exported {0} to {1}").format(count, path), Path(path).parent), self.tr("Exporting"))

    def _shown(self, scope: str) -> list[tuple[int, str]]:
        """The (source id, key) pairs of the document shown (``document``) or of its whole issue."""
        source, node = self.window.current_source, self.window.current_node
        if source is None:
            return []
        if scope == "issue":
            return [(source.id, key) for key in self.window.structure_pane.keys]
        return [(source.id, node.key)] if node is not None and node.key is not None else []

    # ---- the annual archive ------------------------------------------------------------------
    def archive(self) -> None:
        window = self.window
        years = sorted({year for row in window.library_pane.model.all_documents() if (year := document_year(row))},
                       reverse=True)
        if not years:
            window.status.message.setText(self.tr("No document in the store has a date signed."))
            return
        dialog = ArchiveDialog(years, json.loads(window.settings.get("archive/last") or "{}"), window)
        dialog.year_changed.connect(lambda year: window.runner.read(export.preflight(year), dialog.show_problems,
                                                                    self.tr("Checking the year")))
        chosen: list[tuple[int, str]] = []

        def open_document(source_id: int, key: str) -> None:
            chosen.append((source_id, key))
            dialog.reject()
        dialog.document_chosen.connect(open_document)
        dialog.ask_for_problems()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if chosen:
                window.library_pane.select_document(*chosen[-1])
            return
        window.settings.set("archive/last", json.dumps(dialog.remembered(), ensure_ascii=False))
        self.build(dialog.settings(), dialog.folder())

    def build(self, settings, folder: Path):
        """Build the package in a worker (progress, cancel); the operation."""
        def done(report) -> None:
            failed = len(report.audit.failures()) if report.audit is not None else 0
            audited = self.tr("四性检测 passed") if not failed else self.tr("四性检测: {0} failed (see 四性检测报告.html)").format(failed)
            self._done(self.tr("Archive package of {0}: {1} documents, {2} pages in {3}").format(
                settings.year, report.documents, report.pages, report.path) + "；" + audited, report.path)
        return self.window.runner.read(export.build_archive(settings, folder), done,
                                       self.tr("Building the {0} archive").format(settings.year))

    def audit(self, package: str | None = None, report: str | None = None):
        """File → 四性检测…: a package folder's 四性检测 in a worker, its report saved where the person says; the
        status line gives the verdict. ``package`` and ``report`` skip the dialogs; the operation."""
        window = self.window
        package = package or QFileDialog.getExistingDirectory(window.as_widget(), self.tr("Archive package to check"))
        if not package:
            return None
        if not (Path(package) / "bag-info.txt").is_file():
            window.status.message.setText(self.tr("{0} is not an archive package (it has no bag-info.txt)").format(package))
            return None
        report = report or QFileDialog.getSaveFileName(
            window.as_widget(), self.tr("Save the 四性检测 report"), str(Path(package).parent / f"四性检测报告-{Path(package).name}.html"),
            self.tr("Web page (*.html);;Excel (*.xlsx);;JSON (*.json)"))[0]
        if not report:
            return None

        def done(found) -> None:
            failed = len(found.failures())
            verdict = self.tr("passed") if not failed else self.tr("{0} failed").format(failed)
            self._done(self.tr("四性检测 of {0}: {1}; report in {2}").format(Path(package).name, verdict, report),
                       Path(report).parent)
        return window.runner.read(export.audit_package(Path(package), Path(report)), done,
                                  self.tr("Checking {0}").format(Path(package).name))

    def _done(self, text: str, folder: Path) -> None:
        self.window.status.message.setText(text)
        self.folder = folder
        self.open_folder.show()

    def _show_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
