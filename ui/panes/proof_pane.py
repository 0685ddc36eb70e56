"""The proofreading pane (校对): findings grouped by document and category, filtered, walked from the keyboard.

``ProofPane.show_findings(rows)`` takes the stored findings of the source shown
(``StoredFinding``s); the counts line gives open findings by severity; ``show_gap`` says
which 目录 entries of the issue no document was found for. ``step(1)`` /
``step(-1)`` select the next / previous open finding (wrapping) and emit
``finding_chosen``; so does a click. Enter asks to accept the suggestion, Ctrl+Enter to
edit the text, Delete to ignore (``accept_requested``, ``edit_requested``,
``ignore_requested``); ``run_requested`` when the person presses 校对.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.labels import category_names, finding_status_names, severity_names
from workbench.store import StoredFinding
from workbench.vocabulary import Category, FindingStatus

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_FROM = 3  # findings of one rule on one text in one document shown as one group from this many
_SEVERITY_COLOURS = {"error": QColor("#b00020"), "warning": QColor("#8a5a00"), "info": QColor("#555555")}


class ProofPane(QWidget):
    finding_chosen = Signal(object)
    accept_requested = Signal()
    edit_requested = Signal()
    ignore_requested = Signal()
    run_requested = Signal()
    never_again_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("proofPane")
        self.rows: list[StoredFinding] = []
        self._last_index: int | None = None  # where in the list the finding chosen last stood
        self.run_button = QPushButton(self.tr("Run Proofreading"))
        self.run_button.clicked.connect(self.run_requested)
        self.category = QComboBox()
        self.category.setObjectName("proofCategory")
        self.category.addItem(self.tr("All categories"), "")
        for category in Category:
            self.category.addItem(category_names()[category], category)
        self.status = QComboBox()
        self.status.setObjectName("proofStatus")
        self.status.addItem(self.tr("Open"), FindingStatus.OPEN.value)
        self.status.addItem(self.tr("All statuses"), "")
        for value in (FindingStatus.FIXED.value, FindingStatus.IGNORED.value):
            self.status.addItem(finding_status_names()[value], value)
        for box in (self.category, self.status):
            box.currentIndexChanged.connect(lambda _index: self._fill())
        self.counts = QLabel()
        self.counts.setObjectName("proofCounts")
        self.gap = QLabel()
        self.gap.setObjectName("proofContentsGap")
        self.gap.setWordWrap(True)
        self.gap.setStyleSheet("color: #8a5a00")
        self.gap.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("proofTree")
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Status"), self.tr("Original"), self.tr("Suggestion"),
                                   self.tr("Where")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 110)  # what was made of it (and why) stays in sight in a narrow pane
        self.tree.currentItemChanged.connect(self._on_current)
        bar = QHBoxLayout()
        for widget in (self.run_button, self.category, self.status):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.gap)
        layout.addWidget(self.tree, 1)
        self.accept_action = self._tree_action(self.tr("Accept Suggestion"), ("Return", "Enter"), self.accept_requested)
        self.edit_action = self._tree_action(self.tr("Correct Text…"), ("Ctrl+Return", "Ctrl+Enter"),
                                             self.edit_requested)
        self.ignore_action = self._tree_action(self.tr("Ignore Finding…"), ("Delete",), self.ignore_requested)
        self.never_again_action = self._tree_action(self.tr("Never Flag This Word Again"), ("Ctrl+Shift+Delete",),
                                                    self.never_again_requested)
        self.show_findings([])

    def _tree_action(self, text: str, keys: tuple[str, ...], signal) -> QAction:
        """An action of the findings list: its keys work there (and the menus and F1 list it)."""
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(signal)
        self.tree.addAction(action)
        return action

    # ---- what is shown -----------------------------------------------------------
    def show_gap(self, lines: list[str]) -> None:
        """Say which 目录 entries of the issue shown no document was found for (hidden when none)."""
        self.gap.setText("\n".join(lines))
        self.gap.setVisible(bool(lines))

    def show_findings(self, rows: list[StoredFinding]) -> None:
        """Show ``rows`` (the current finding stays current when it is still there)."""
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        current = self.current()
        category, status = self.category.currentData(), self.status.currentData()
        self.tree.blockSignals(True)
        self.tree.clear()
        documents: dict[str, QTreeWidgetItem] = {}
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        alike: dict[tuple, QTreeWidgetItem] = {}  # (document, rule, text): the first of findings alike
        repeats = Counter((row.doc_key, row.finding.rule, row.finding.text, row.finding.status) for row in self.rows)
        names, statuses = category_names(), finding_status_names()
        for row in self.rows:
            finding = row.finding
            if (category and finding.category != category) or (status and finding.status != status):
                continue
            label = finding.document or self.tr("(no document)")
            document = documents.get(row.doc_key)
            if document is None:
                document = documents[row.doc_key] = QTreeWidgetItem(self.tree, [label])
                document.setExpanded(True)
            group = groups.get((row.doc_key, finding.category))
            if group is None:
                group = groups[(row.doc_key, finding.category)] = QTreeWidgetItem(document, [names[finding.category]])
                group.setExpanded(True)
            where = self.tr("p. {0}").format(finding.page) if finding.page else \
                self.tr("line {0}").format(finding.line) if finding.line else ""
            same = (row.doc_key, finding.rule, finding.text, finding.status)
            first = alike.get(same)
            item = QTreeWidgetItem(first if first is not None else group, [
                finding.message, statuses[finding.status] + (f"（{row.reason}）" if row.reason else ""),
                finding.text, finding.suggestion or "", where])
            if first is None and repeats[same] >= GROUP_FROM:
                alike[same] = item  # the others alike go under it: one group, handled at once
                item.setText(0, self.tr("{0} (alike: {1})").format(finding.message, repeats[same]))
            item.setToolTip(1, item.text(1))
            item.setData(0, ROW_ROLE, row)
            item.setToolTip(0, finding.message)
            item.setForeground(0, QBrush(_SEVERITY_COLOURS[finding.severity.value]))
        for group in groups.values():
            group.setText(0, f"{group.text(0)}（{group.childCount()}）")
        self.tree.blockSignals(False)
        self._count()
        if current is not None:
            self.select(current.id, announce=False)

    def _count(self) -> None:
        open_rows = [row.finding for row in self.rows if row.finding.status == FindingStatus.OPEN.value]
        severities = severity_names()
        parts = [f"{severities[level]} {sum(1 for f in open_rows if f.severity.value == level)}"
                 for level in ("error", "warning", "info")]
        self.counts.setText(self.tr("Open: {0}").format(" · ".join(parts)) if self.rows
                            else self.tr("No findings. Press Proofread (F7) to check this source."))

    # ---- choosing --------------------------------------------------------------------
    def _leaves(self) -> list[QTreeWidgetItem]:
        """Every finding's item in the order shown (a group's first, then the others alike under it)."""
        found = []
        for d in range(self.tree.topLevelItemCount()):
            document = self.tree.topLevelItem(d)
            for g in range(document.childCount()):
                group = document.child(g)
                for i in range(group.childCount()):
                    first = group.child(i)
                    found += [first] + [first.child(k) for k in range(first.childCount())]
        return found

    def current_group(self) -> list[StoredFinding]:
        """The current finding, and when it heads a group of findings alike, every one of them."""
        item = self.tree.currentItem()
        if item is None or item.data(0, ROW_ROLE) is None:
            return []
        return [item.data(0, ROW_ROLE)] + [item.child(k).data(0, ROW_ROLE) for k in range(item.childCount())]

    def current(self) -> StoredFinding | None:
        item = self.tree.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def select(self, finding_id: int, announce: bool = True) -> bool:
        for item in self._leaves():
            if item.data(0, ROW_ROLE).id == finding_id:
                self.tree.blockSignals(not announce)
                self.tree.setCurrentItem(item)
                self.tree.blockSignals(False)
                return True
        return False

    def step(self, step: int) -> StoredFinding | None:
        """Select the next (1) or previous (-1) open finding after the current one, wrapping round."""
        leaves = [item for item in self._leaves() if item.data(0, ROW_ROLE).finding.status == FindingStatus.OPEN.value]
        if not leaves:
            return None
        order = self._leaves()
        current = self.tree.currentItem()
        if current in order:
            at = order.index(current)
        elif self._last_index is not None:  # the finding just handled left the list: go on from where it stood
            at = self._last_index - 1 if step > 0 else self._last_index
        else:
            at = -1 if step > 0 else len(order)
        ahead = [item for item in leaves if (order.index(item) > at if step > 0 else order.index(item) < at)]
        target = (ahead[0] if step > 0 else ahead[-1]) if ahead else (leaves[0] if step > 0 else leaves[-1])
        self.tree.setCurrentItem(target)
        self.tree.setFocus()
        return target.data(0, ROW_ROLE)

    def _on_current(self, item, _previous) -> None:
        row = item.data(0, ROW_ROLE) if item is not None else None
        if row is not None:
            self._last_index = self._leaves().index(item)
            self.finding_chosen.emit(row)
