"""What an installed program offers a clerk and a support person: --smoke, Help → About, the icon, the crash
dialog that names the log, and a licence notice covering every run-time requirement."""
import os
import re
import subprocess
import sys
from pathlib import Path

import tomllib
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import settle
from ui import crash, logs

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_opens_the_window_imports_and_shows_the_sample_then_ends_with_zero_leaving_nothing_behind(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "WORKBENCH_DB": str(tmp_path / "smoke.db"), "HOME": str(tmp_path), "TMPDIR": str(scratch),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    run = subprocess.run([sys.executable, "-m", "workbench", "--smoke"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    assert "smoke: 正常" in run.stdout and "篇公文" in run.stdout
    assert (tmp_path / "smoke.db").exists()
    assert not list(scratch.iterdir())  # its settings folder is gone (it once came back, written at exit)


def test_about_names_version_licence_store_log_and_the_components(qtbot, window):
    dialog = window.show_about()
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "0.1.0" in text and "AGPL-3.0-or-later" in text
    assert str(window.store.path) in text and str(logs.log_path()) in text
    listed = dialog.components.toPlainText()
    assert "PySide6" in listed and "pymupdf" in listed.lower() and "LGPL-3.0" in listed


def test_the_window_carries_the_workbench_icon(window):
    sizes = {size.width() for size in QApplication.instance().windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_an_unexpected_error_is_logged_and_the_dialog_names_the_log(qtbot, window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(logs, "log_path", lambda: tmp_path / "log" / "workbench.log")
    monkeypatch.setattr(crash, "log_path", logs.log_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logs.start_logging()
    crash.install_crash_handler()
    try:
        raise ValueError("示例错误")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    settle(qtbot, window)
    assert len(shown) == 1 and "示例错误" in shown[0] and str(tmp_path / "log" / "workbench.log") in shown[0]
    assert "ValueError: 示例错误" in (tmp_path / "log" / "workbench.log").read_text(encoding="utf-8")


def test_the_third_party_notice_lists_every_run_time_requirement():
    requirements = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=;\s\[]", requirement, maxsplit=1)[0].lower().replace("_", "-") for requirement in requirements}
    notice = (ROOT / "THIRD_PARTY.md").read_text(encoding="utf-8").lower().replace("_", "-")
    listed = {row.split("|")[1].strip() for row in notice.splitlines() if row.startswith("| ") and "↳" not in row}
    assert names <= listed, names - listed
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").lstrip().startswith("GNU AFFERO GENERAL PUBLIC LICENSE")
