"""Is this Qt build safe for a long session? A check run once at start.

Some PySide6 builds (6.12 on Python < 3.12) take a reference from ``None`` on many
ordinary calls and never give it back; after a few thousand clicks the count runs
out and the interpreter aborts, taking the window and the undo history with it.
``none_references_lost(calls)`` makes ``calls`` representative Qt calls and returns
how many references ``None`` lost (0 on a sound build; always 0 on Python 3.12+,
where None is immortal). ``warn_if_unsafe(parent)`` tells the person and the log.
"""
from __future__ import annotations

import logging
import sys

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTreeView, QWidget

log = logging.getLogger(__name__)


def none_references_lost(calls: int = 300) -> int:
    """References to None lost over ``calls`` rounds of setText, setData, data and setRowHidden."""
    editor = QLineEdit()
    model = QStandardItemModel()
    model.appendRow(QStandardItem("x"))
    view = QTreeView()
    view.setModel(model)
    item = model.item(0)
    before = sys.getrefcount(None)
    for step in range(calls):
        editor.setText(str(step))
        item.setData(step, Qt.ItemDataRole.UserRole + 1)
        item.index().data(Qt.ItemDataRole.UserRole + 2)
        view.setRowHidden(0, QModelIndex(), bool(step % 2))
    lost = before - sys.getrefcount(None)
    view.deleteLater()
    editor.deleteLater()
    return max(0, lost)


def warn_if_unsafe(parent: QWidget | None = None, calls: int = 300) -> bool:
    """On Python < 3.12, check the build; if it loses references, say so (dialog and log). True when safe."""
    if sys.version_info >= (3, 12):
        return True
    lost = none_references_lost(calls)
    if lost < calls // 2:
        return True
    log.error("PySide6 %s on Python %s loses references to None (%d in %d calls): the window would crash",
              PYSIDE_VERSION, sys.version.split()[0], lost, calls)
    QMessageBox.critical(parent, QCoreApplication.translate("QtCheck", "Bulletin Workbench"),
                         QCoreApplication.translate(
                             "QtCheck",
                             "This Qt build (PySide6 {0} on Python {1}) is known to crash after a while of work. "
                             "Please reinstall the workbench with its set-up script (it chooses a safe version), "
                             "or run: pip install \"PySide6-Essentials<6.12\"").format(
                             PYSIDE_VERSION, sys.version.split()[0]))
    return False
