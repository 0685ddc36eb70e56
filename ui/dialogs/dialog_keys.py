"""Keys every dialog of the workbench answers: Ctrl+Enter presses its OK button, wherever the focus is in it.

``accept_on_ctrl_enter(dialog)``: in a dialog with a text field, a plain Enter may belong to the field (or
a list); Ctrl+Enter always means “do it”. Adds the action to the dialog, so F1's list shows it there too.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog


def accept_on_ctrl_enter(dialog: QDialog) -> QAction:
    action = QAction(dialog.tr("OK"), dialog)
    action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(dialog.accept)
    dialog.addAction(action)
    return action
