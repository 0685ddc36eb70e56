"""The operation runner and the status widget on their own, and edits when the store cannot be written."""
import sqlite3
import threading

from tests.gui.conftest import settle
from ui.operations import OperationRunner
from ui.status import OperationStatus


def test_two_operations_at_once_each_keep_their_own_progress_and_cancel(qtbot, tmp_path):
    runner = OperationRunner(tmp_path / "store.db")
    status = OperationStatus(runner)
    qtbot.addWidget(status)
    status.show()
    release = {name: threading.Event() for name in ("import", "reextract")}
    results = {}

    def work(name):
        def run(store, ctx):
            ctx.progress(1, 4 if name == "import" else 2, name)
            while not (release[name].is_set() or ctx.cancelled()):
                release[name].wait(0.01)
            return "cancelled" if ctx.cancelled() else store.document_count()
        return run

    first = runner.write(work("import"), lambda r: results.setdefault("import", r), "导入")
    second = runner.write(work("reextract"), lambda r: results.setdefault("reextract", r), "重新提取")
    qtbot.waitUntil(lambda: first.progress_state[1] == 4 and second.progress_state[1] == 2, timeout=5000)
    assert status.shown is second and status.progress.maximum() == 2 and status.others.isVisible()
    status.cancel_button.click()  # cancels the one shown, not the import
    qtbot.waitUntil(lambda: "reextract" in results, timeout=5000)
    assert results["reextract"] == "cancelled" and first.running
    assert status.shown is first and status.progress.maximum() == 4  # the import's own progress again
    release["import"].set()
    qtbot.waitUntil(lambda: "import" in results, timeout=5000)
    assert results["import"] == 0 and not runner.running()
    assert not status.cancel_button.isVisible()
    runner.close()


def test_a_store_error_during_an_edit_is_shown_and_changes_nothing(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.controllers.editing.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    window.structure_pane.select_document(0)
    source_id, key = window.current_source.id, window.current_node.key
    before = window.store.document(source_id, key).title
    original = window.store.set_correction

    def locked(*args):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(window.store, "set_correction", locked)
    title = window.form.editors["title"]
    title.setText("不会保存的标题")
    title.editingFinished.emit()
    assert len(shown) == 1 and "数据库" in shown[0] and "占用" in shown[0]
    assert window.undo_stack.count() == 0  # the failed edit is not in the history
    monkeypatch.setattr(window.store, "set_correction", original)
    assert window.store.document(source_id, key).title == before
    assert title.text() == before  # the form shows what is stored
    title.setText("改后的标题")
    title.editingFinished.emit()
    settle(qtbot, window)
    assert window.undo_stack.count() == 1 and window.store.document(source_id, key).title == "改后的标题"
    window.undo_stack.undo()
    assert window.store.document(source_id, key).title == before
