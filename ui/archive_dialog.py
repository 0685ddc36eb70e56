"""The 年度归档 dialog: the year, the fonds, the retention period and the folder to create.

``ArchiveDialog(years, remembered)`` (the years the store's documents were signed in, newest first;
the fonds fields used last); after ``exec()``, ``settings()`` is the ``ArchiveSettings`` and
``folder()`` the package folder to create (its name proposed from the 全宗号 and year).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QWidget,
)

from workbench.archive.catalogue import RETENTION_CODES, ArchiveSettings


class ArchiveDialog(QDialog):
    def __init__(self, years: list[int], remembered: dict[str, str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annual Archive"))
        self.year = QComboBox()
        self.year.setObjectName("archiveYear")
        for year in years:
            self.year.addItem(str(year), year)
        self.fonds = QLineEdit(remembered.get("fonds", "0001"))
        self.fonds_name = QLineEdit(remembered.get("fonds_name", ""))
        self.fonds_name.setPlaceholderText(self.tr("(the most frequent issuer of the year)"))
        self.retention = QComboBox()
        self.retention.addItems(list(RETENTION_CODES))
        self.retention.setCurrentText(remembered.get("retention", "永久"))
        self.org = QLineEdit(remembered.get("org", ""))
        self.whole_store = QCheckBox(self.tr("Include the whole store"))
        self.whole_store.setObjectName("archiveWholeStore")
        self.whole_store.setToolTip(self.tr("Without it, the package's database holds only this year's sources, "
                                            "their documents, corrections and tags."))
        self.whole_store_note = QLabel(self.tr(
            "The whole store adds every other year's documents, the proofreading findings, the revision log "
            "(who changed what) and the paths the files were imported from on this computer. Hand it over "
            "only where all of that may go."))
        self.whole_store_note.setWordWrap(True)
        self.whole_store_note.setStyleSheet("color: #8a5a00")
        self.whole_store_note.setVisible(False)
        self.whole_store.toggled.connect(self.whole_store_note.setVisible)
        self.folder_line = QLineEdit()
        self.folder_line.setObjectName("archiveFolder")
        self.parent_folder = remembered.get("folder", str(Path.home()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder_line, 1)
        line.addWidget(browse)
        for box in (self.year, self.retention):
            box.currentIndexChanged.connect(self._propose_folder)
        self.fonds.textChanged.connect(self._propose_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Build Package"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Fonds code (全宗号)"), self.fonds)
        form.addRow(self.tr("Fonds name (全宗名称)"), self.fonds_name)
        form.addRow(self.tr("Retention (保管期限)"), self.retention)
        form.addRow(self.tr("Organisation code (机构代码)"), self.org)
        form.addRow(self.tr("Package folder"), row)
        form.addRow(self.whole_store)
        form.addRow(self.whole_store_note)
        form.addRow(buttons)
        self._propose_folder()
        self.setMinimumWidth(560)  # the folder's path stays readable

    def _propose_folder(self) -> None:
        name = f"{self.fonds.text().strip() or '0001'}-WS·{self.year.currentData()}-{self.retention.currentText()}"
        self.folder_line.setText(str(Path(self.parent_folder) / name))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to put the package"), self.parent_folder)
        if chosen:
            self.parent_folder = chosen
            self._propose_folder()

    def settings(self) -> ArchiveSettings:
        return ArchiveSettings(self.year.currentData(), self.fonds.text().strip() or "0001",
                               self.fonds_name.text().strip(), self.retention.currentText(), self.org.text().strip(),
                               whole_store=self.whole_store.isChecked())

    def folder(self) -> Path:
        return Path(self.folder_line.text().strip())

    def remembered(self) -> dict[str, str]:
        """What to propose next time."""
        return {"fonds": self.fonds.text().strip(), "fonds_name": self.fonds_name.text().strip(),
                "retention": self.retention.currentText(), "org": self.org.text().strip(),
                "folder": str(self.folder().parent)}
