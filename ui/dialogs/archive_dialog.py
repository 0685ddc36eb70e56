"""The 年度归档 dialog: the year, the fonds, the retention period and the folder to create.

``ArchiveDialog(years, remembered)`` (the years the store's documents were signed in, newest first;
the fonds fields used last); after ``exec()``, ``settings()`` is the ``ArchiveSettings`` and
``folder()`` the package folder to create (its name proposed from the 全宗号 and year). The year's
pre-flight (``show_problems``, asked for through ``year_changed``) is listed above the buttons, a
double-click on one asks for its document (``document_chosen``), and Build asks first while any is open.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ui.dialogs.dialog_keys import accept_on_ctrl_enter
from workbench.archive.catalogue import RETENTION_CODES, ArchiveSettings


class ArchiveDialog(QDialog):
    year_changed = Signal(int)
    document_chosen = Signal(int, str)

    def __init__(self, years: list[int], remembered: dict[str, str], parent=None):
        super().__init__(parent)
        self.problems = QTreeWidget()
        self.problems.setObjectName("archiveProblems")
        self.problems.setHeaderLabels([self.tr("Before archiving"), self.tr("Document number"), self.tr("Title"),
                                       self.tr("Detail")])
        self.problems.setColumnWidth(0, 150)
        self.problems.setRootIsDecorated(False)
        self.problems.itemDoubleClicked.connect(self._open)
        self.found: list = []
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
        self.transfer = QCheckBox(self.tr("Transfer layout (电子档案/年度/…, 文件目录.xml, 说明文件.txt)"))
        self.transfer.setObjectName("archiveTransfer")
        self.transfer.setChecked(remembered.get("layout") == "transfer")
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
        accept_on_ctrl_enter(self)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Fonds code (全宗号)"), self.fonds)
        form.addRow(self.tr("Fonds name (全宗名称)"), self.fonds_name)
        form.addRow(self.tr("Retention (保管期限)"), self.retention)
        form.addRow(self.tr("Organisation code (机构代码)"), self.org)
        form.addRow(self.tr("Package folder"), row)
        form.addRow(self.transfer)
        form.addRow(self.whole_store)
        form.addRow(self.whole_store_note)
        form.addRow(self.problems)
        form.addRow(buttons)
        self.year.currentIndexChanged.connect(lambda _index: self.year_changed.emit(self.year.currentData()))
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
                               whole_store=self.whole_store.isChecked(),
                               layout="transfer" if self.transfer.isChecked() else "bag")

    def ask_for_problems(self) -> None:
        """Ask for the pre-flight of the year shown (the answer comes to ``show_problems``)."""
        self.year_changed.emit(self.year.currentData())

    def show_problems(self, found: list) -> None:
        """The year's pre-flight (``archive.preflight.Problem``s); a line saying all is well when none."""
        self.found = list(found)
        self.problems.clear()
        for problem in found:
            item = QTreeWidgetItem(self.problems, [problem.label, problem.doc_number, problem.title, problem.detail])
            item.setData(0, Qt.ItemDataRole.UserRole, (problem.source_id, problem.doc_key))
            item.setToolTip(0, self.tr("Double-click to open the document"))
        if not found:
            QTreeWidgetItem(self.problems, [self.tr("Nothing to look at: the year is ready.")])

    def _open(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target and target[1]:
            self.document_chosen.emit(*target)

    def accept(self) -> None:
        """Build — after asking, while the pre-flight lists problems."""
        if self.found:
            answer = QMessageBox.question(self, self.tr("Annual Archive"), self.tr(
                "The check lists {0} problems (documents left out, misfiled or held twice, open errors). "
                "Build the package anyway?").format(len(self.found)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def folder(self) -> Path:
        return Path(self.folder_line.text().strip())

    def remembered(self) -> dict[str, str]:
        """What to propose next time."""
        return {"fonds": self.fonds.text().strip(), "fonds_name": self.fonds_name.text().strip(),
                "retention": self.retention.currentText(), "org": self.org.text().strip(),
                "folder": str(self.folder().parent), "layout": "transfer" if self.transfer.isChecked() else "bag"}
