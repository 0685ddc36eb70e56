"""The status bar's operation area: what runs, how far it is, and Cancel for it.

``OperationStatus(runner)`` follows the runner: while operations run it shows the
newest one's label and progress and a Cancel button for that one (with the number
of others under way); when it ends, the next still running is shown. ``message``
is the line for everything else (counts, summaries).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.operations import Operation, OperationRunner


class OperationStatus(QWidget):
    def __init__(self, runner: OperationRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.message = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.others = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_shown)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        for widget in (self.others, self.progress, self.cancel_button):
            layout.addWidget(widget)
        self.shown: Operation | None = None
        self._operation_text = ""
        runner.started.connect(self._follow)
        runner.ended.connect(lambda _op: self._follow(None))
        self._follow(None)

    def _follow(self, operation: Operation | None) -> None:
        """Show ``operation`` (or the newest still running) with its own progress and Cancel."""
        if self.shown is not None and self.shown.running:
            self.shown.progressed.disconnect(self._on_progress)
        running = self.runner.running()
        self.shown = operation or (running[-1] if running else None)
        busy = self.shown is not None
        if not busy and self._operation_text and self.message.text() == self._operation_text:
            self.message.clear()  # the operation's line goes with it; summaries set since stay
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(busy)
        self.others.setVisible(len(running) > 1)
        self.others.setText(self.tr("+{0} more").format(len(running) - 1))
        if self.shown is not None:
            self.shown.progressed.connect(self._on_progress)
            self._on_progress(*self.shown.progress_state)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self.shown is None:
            return
        if total:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        name = Path(label.split(" · ")[0]).name + (" · " + label.split(" · ")[1] if " · " in label else "")
        self._operation_text = self.tr("{0}: {1}").format(self.shown.label, name) if label else self.shown.label
        self.message.setText(self._operation_text)

    def cancel_shown(self) -> None:
        """Cancel the operation shown (the others go on)."""
        if self.shown is not None and self.shown.running:
            self.shown.cancel()
            self.message.setText(self.tr("Cancelling…"))
