"""The window and the command line on one store: nothing either wrote is lost, and the window shows what the
other wrote."""
from __future__ import annotations

from tests.gui.conftest import settle, source_id_of
from tests.gui.test_tagging import _opened
from workbench.cli import main
from workbench.pipeline import import_files
from workbench.store import Store


def test_a_tag_the_cli_added_survives_the_windows_next_tag_edit(qtbot, window, tmp_path):
    source_id = _opened(qtbot, window, tmp_path)
    (row,) = window.store.library_rows([source_id])
    assert main(["tags", "add", "--db", str(window.store_path), row.doc_number, "命令行"]) == 0
    window.form.tags.setText("窗口")  # the window still shows the document without the CLI's tag
    window.form.tags.editingFinished.emit()
    settle(qtbot, window)
    assert window.store.library_rows([source_id])[0].tags == ["命令行", "窗口"]


def test_the_window_shows_what_another_program_imported(qtbot, window, tmp_path):
    path = tmp_path / "elsewhere.txt"
    path.write_text("清河市人民政府关于做好春耕的通知\n清府发〔2025〕5号\n各区人民政府：\n现就有关事项通知如下。\n"
                    "清河市人民政府\n2025年2月1日\n", encoding="utf-8")
    with Store(window.store_path) as other:
        import_files(other, [path])
    assert window.store_watch.poll()
    settle(qtbot, window)
    assert source_id_of(window, path) in window.library_model.source_ids()
    assert not window.store_watch.poll()  # seen once


def test_the_windows_own_import_is_not_taken_for_another_programs(qtbot, window, tmp_path):
    path = tmp_path / "own.txt"
    path.write_text("清河市人民政府关于做好春耕的通知\n清府发〔2025〕6号\n各区人民政府：\n现就有关事项通知如下。\n",
                    encoding="utf-8")
    window.import_paths([str(path)])
    settle(qtbot, window)
    assert not window.store_watch.poll()
