"""Every menu action, in a random order among selections, page turns and undo/redo: the window never meets an
error, and its store stays whole. Dialogs an action opens are dismissed, as a person who changes their mind
would; what the dialogs do when accepted is tested beside each of them."""
from __future__ import annotations

import random

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.builders import Placed, write_pdf
from tests.gui.conftest import settle, show_text

STEPS = 400
NOT_TRIED = {"quit", "open_store", "import_cluster"}  # they end or leave this store, or start a cluster
TEXT = ("清河市人民政府公报\n2025年第2期\n清河市人民政府\n关于做好防汛工作的通知\n清府发〔2025〕4号\n各区人民政府：\n"
        "一、压实责任\n各区要认真落实防汛责任制。\n序号\t区域\t责任人\n1\t东区\t张三\n2\t西区\t李四\n"
        "清河市人民政府\n2025年3月1日\n")


def _dismiss() -> None:
    """Close a modal dialog an action opened (a file chooser, the export and archive dialogs)."""
    shown = QApplication.activeModalWidget()
    if isinstance(shown, QDialog):
        shown.reject()
    elif shown is not None:
        shown.close()


def test_every_action_among_selections_and_undo_leaves_no_error_and_a_whole_store(qtbot, window, tmp_path):
    show_text(qtbot, window, tmp_path / "公报.txt", TEXT)
    pdf = write_pdf(tmp_path / "公报.pdf", [[Placed(70, 100, "清河市人民政府办公室关于开展安全检查的通知", 16),
                                             Placed(70, 140, "清政办发〔2025〕7号", 14),
                                             Placed(70, 180, "各区要认真开展安全生产检查。", 14)],
                                            [Placed(70, 100, "清河市人民政府办公室", 14),
                                             Placed(70, 130, "2025年4月2日", 14)]])
    window.import_paths([str(pdf)])
    settle(qtbot, window)
    dismissing = QTimer()
    dismissing.timeout.connect(_dismiss)
    dismissing.start(20)
    actions = sorted(name for name in window.actions_.actions if name not in NOT_TRIED)
    chosen = random.Random(13)
    done: set[str] = set()
    try:
        for _ in range(STEPS):
            roll = chosen.random()
            if roll < 0.15:
                window.library_pane.select_source(chosen.choice(window.store.source_rows()).id)
            elif roll < 0.35 and window.documents:
                node = window.structure_model.find(chosen.randrange(len(window.documents)),
                                                   chosen.choice(["document", "table", "heading", "body"]),
                                                   chosen.randrange(2))
                if node.isValid():
                    window.structure.setCurrentIndex(node)
            elif roll < 0.45:
                (window.undo_stack.undo if chosen.random() < 0.6 else window.undo_stack.redo)()
            else:
                name = chosen.choice(actions)
                window.actions_[name].trigger()
                done.add(name)
            settle(qtbot, window)
    finally:
        dismissing.stop()
    assert done == set(actions)  # every action was tried at least once
    assert window.isVisible()
    assert window.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(window.store.source_rows()) >= 3  # the sample, the text and the PDF
