"""A file heavier to read than the memory budget, imported from the window: read in a worker process that
runs out of its budget, reported per file in the import summary; the window lives on, the store unchanged."""
from PySide6.QtWidgets import QMessageBox

from tests.bad_inputs import _heavy_docx
from tests.gui.conftest import settle
from ui.app import create_app, open_window
from workbench import limits


def test_a_file_beyond_the_memory_budget_is_reported_and_the_window_lives_on(qtbot, tmp_path, settings, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    settings.setValue("input/limits", ["memory_mb=150"])
    create_app()
    window = open_window(tmp_path / "store.db", settings)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    try:
        before = len(window.store.source_rows())
        heavy = _heavy_docx(tmp_path / "重 文件.docx", 30)
        window.import_paths([str(heavy)])
        settle(qtbot, window)
        assert len(warnings) == 1 and "重 文件.docx" in warnings[0] and "所需内存超过上限 150 MB" in warnings[0]
        assert "Traceback" not in warnings[0]
        assert len(window.store.source_rows()) == before
        assert "失败 1" in warnings[0]  # the summary counts the failure
        small = tmp_path / "notice.txt"
        small.write_text("清河市人民政府\n关于加强城市绿化管理的通知\n各区人民政府：\n现将有关事项通知如下。\n", encoding="utf-8")
        window.import_paths([str(small)])  # the worker pool works again after the failure
        settle(qtbot, window)
        assert len(window.store.source_rows()) == before + 1
    finally:
        window.close()
        limits.use(limits.Limits())
