"""Help → About: version, licence, where the store and the log are, and the third-party components.

``AboutDialog(window)`` reads LICENSE and THIRD_PARTY.md from the install (the checkout, or the
bundle's folder, where the build puts them) and shows the store and log paths so a support person
can be told where to look.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from ui.logs import log_path
from workbench import __version__

ROOT = Path(__file__).resolve().parents[2]
THIRD_PARTY = ROOT / "THIRD_PARTY.md"
LICENSE = ROOT / "LICENSE"


class AboutDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("About Bulletin Workbench"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary(window.store.path))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.components = QTextBrowser()
        self.components.setOpenExternalLinks(False)
        self.components.setMarkdown(THIRD_PARTY.read_text(encoding="utf-8") if THIRD_PARTY.exists()
                                    else self.tr("The third-party list (THIRD_PARTY.md) is missing from this install."))
        layout.addWidget(self.components, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _summary(self, store: Path) -> str:
        name = self.tr("Bulletin Workbench")
        lines = [
            f"<h3>{name} {__version__}</h3>",
            self.tr("Released under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later); "
                    "the licence text is in {0}.").format(LICENSE),
            self.tr("Store: {0}").format(store),
            self.tr("Log: {0}").format(log_path()),
        ]
        return "<br>".join(lines)
