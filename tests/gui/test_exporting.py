"""Export and the annual archive from the window: the dialogs, the work off the UI thread, where it went."""
from __future__ import annotations

import docx

from tests.gui.conftest import settle, show_text
from ui.dialogs.archive_dialog import ArchiveDialog
from ui.dialogs.export_dialog import ExportDialog
from workbench.archive.catalogue import ArchiveSettings
from workbench.archive.verify import problems

NOTICE = "\n".join(["清河市人民政府办公室文件", "清府办发〔2025〕7号", "关于开展安全生产大检查的通知",
                    "各区人民政府，市政府各部门：", "各区要全面排查安全生产隐患，严防重特大事故发生。",
                    "清河市人民政府办公室", "2025年3月1日"])


def test_the_document_shown_exports_to_word_and_the_folder_is_offered(qtbot, window, tmp_path):
    show_text(qtbot, window, tmp_path / "notice.txt", NOTICE)
    window.structure_pane.select_document(0)
    settle(qtbot, window)
    window.exporting.write("document", "docx", str(tmp_path / "out" / "notice.docx"))
    settle(qtbot, window)
    texts = [p.text for p in docx.Document(str(tmp_path / "out" / "notice.docx")).paragraphs]
    assert "关于开展安全生产大检查的通知" in texts and "清府办发〔2025〕7号" in texts
    assert "notice.docx" in window.status.message.text() and window.exporting.open_folder.isVisible()
    assert window.exporting.folder == tmp_path / "out"


def test_the_export_dialog_offers_what_there_is_and_json_only_for_everything(qtbot):
    dialog = ExportDialog("清府办发〔2025〕7号", None, 0)
    qtbot.addWidget(dialog)
    assert dialog.scope() == "document" and dialog.format() == "docx"
    assert not dialog.findChild(object, "exportScope_issue").isEnabled()
    dialog.findChild(object, "exportScope_all").setChecked(True)
    assert dialog.format() == "json"
    dialog.findChild(object, "exportScope_document").setChecked(True)
    assert dialog.format() == "docx"


def test_the_annual_archive_is_built_off_the_ui_thread_and_verifies(qtbot, window, tmp_path):
    show_text(qtbot, window, tmp_path / "notice.txt", NOTICE)
    dialog = ArchiveDialog([2025], {"fonds": "Q9", "folder": str(tmp_path)})
    qtbot.addWidget(dialog)
    assert dialog.folder() == tmp_path / "Q9-WS·2025-永久" and dialog.settings() == ArchiveSettings(2025, "Q9")
    window.exporting.build(dialog.settings(), dialog.folder())
    settle(qtbot, window)
    assert problems(dialog.folder()) == []
    assert (dialog.folder() / "data" / "Q9-WS·2025-Y-0001" / "Q9-WS·2025-Y-0001.pdf").is_file()
    assert "2025" in window.status.message.text() and window.exporting.folder == dialog.folder()


def test_a_transfer_package_built_from_the_window_is_checked_from_the_file_menu(qtbot, window, tmp_path):
    import shutil

    show_text(qtbot, window, tmp_path / "notice.txt", NOTICE)
    dialog = ArchiveDialog([2025], {"fonds": "Q9", "folder": str(tmp_path), "layout": "transfer"})
    qtbot.addWidget(dialog)
    assert dialog.transfer.isChecked() and dialog.settings().layout == "transfer"
    window.exporting.build(dialog.settings(), dialog.folder())
    settle(qtbot, window)
    assert "四性检测通过" in window.status.message.text()
    assert (dialog.folder() / "data" / "文件目录.xml").is_file()
    shutil.rmtree(dialog.folder() / "data" / "电子档案" / "2025" / "Q9-WS·2025-Y-0001")
    window.exporting.audit(str(dialog.folder()), str(tmp_path / "report.html"))
    settle(qtbot, window)
    assert "不通过" in window.status.message.text() and "四性检测报告" in (tmp_path / "report.html").read_text("utf-8")
    assert "归档包四性检测…" in {action.text() for action in window.menuBar().actions()[0].menu().actions()}


def test_the_archive_dialog_lists_the_years_problems_and_asks_before_building(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.ops import export

    show_text(qtbot, window, tmp_path / "notice.txt", NOTICE)
    show_text(qtbot, window, tmp_path / "again.txt", NOTICE + "\n")  # the same document from another file
    dialog = ArchiveDialog([2025], {"fonds": "Q9", "folder": str(tmp_path)})
    qtbot.addWidget(dialog)
    dialog.year_changed.connect(lambda year: window.runner.read(export.preflight(year), dialog.show_problems))
    dialog.ask_for_problems()
    settle(qtbot, window)
    labels = [dialog.problems.topLevelItem(i).text(0) for i in range(dialog.problems.topLevelItemCount())]
    assert "同一公文在两个来源中" in labels
    opened = []
    dialog.document_chosen.connect(lambda source_id, key: opened.append(key))
    dialog.problems.itemDoubleClicked.emit(dialog.problems.topLevelItem(0), 0)
    assert opened
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.No)
    dialog.accept()
    assert asked and dialog.result() != dialog.DialogCode.Accepted
