"""When SQLite cannot write — a full disk, a read-only store, a lock held elsewhere — the person gets one line
naming the store, an import says which files got in, and a reading command never creates a store."""
import sqlite3

import pytest

from tests.test_parse_structure import parse_lines
from workbench.cli import main
from workbench.errors import StoreError
from workbench.pipeline import import_files
from workbench.store import Store


def _issue(number: int) -> str:
    body = "现就有关事项通知如下，请结合实际认真贯彻落实。" * 40
    return "\n".join([f"清河市人民政府关于第{number}项工作的通知", f"清府发〔2025〕{number}号", "各区人民政府：",
                      *[body] * 30, "清河市人民政府", "2025年2月1日"])


def test_a_full_disk_stops_the_import_and_says_what_got_in(tmp_path):
    files = []
    for number in range(1, 7):
        files.append(tmp_path / f"{number}.txt")
        files[-1].write_text(_issue(number), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 50}")  # what a nearly full disk leaves
        report = import_files(store, files)
        assert report.store_failed and 1 <= len(report.imported) < len(files)
        assert "磁盘已满" in report.failed[-1][1] and str(tmp_path / "s.db") in report.failed[-1][1]
        assert len(store.source_rows()) == len(report.imported)  # the file it stopped at left nothing


def test_a_read_only_store_is_one_line(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.db.execute("PRAGMA query_only = ON")
        with pytest.raises(StoreError, match="只读"):
            store.save(parse_lines("清河市人民政府关于做好春耕的通知", "清府发〔2025〕5号", "各区人民政府：", "通知如下。"))


def test_a_lock_held_by_another_program_is_one_line(tmp_path):
    with Store(tmp_path / "s.db") as store:
        other = sqlite3.connect(tmp_path / "s.db")
        other.execute("BEGIN IMMEDIATE")
        store.db.execute("PRAGMA busy_timeout = 100")
        try:
            with pytest.raises(StoreError, match="其他程序占用"):
                store.save(parse_lines("清河市人民政府关于做好春耕的通知", "清府发〔2025〕5号", "各区人民政府：", "通知如下。"))
        finally:
            other.rollback()
            other.close()


@pytest.mark.parametrize("command", [
    ["export", "json", "-o", "{tmp}/out.json"], ["search", "通知"], ["archive", "build", "--year", "2025", "-o", "{tmp}/p"],
])
def test_reading_commands_refuse_a_store_that_is_not_there(tmp_path, capsys, command):
    missing = tmp_path / "typo.db"
    code = main([part.format(tmp=tmp_path) for part in command] + ["--db", str(missing)])
    assert code == 4 and not missing.exists()
    assert "数据库不存在" in capsys.readouterr().err


def test_a_store_whose_tables_were_dropped_is_refused_not_read_as_empty(tmp_path, capsys):
    Store(tmp_path / "s.db").close()
    with sqlite3.connect(tmp_path / "s.db") as db:
        db.execute("DROP TABLE documents")
    assert main(["export", "json", "--db", str(tmp_path / "s.db"), "-o", str(tmp_path / "out.json")]) == 4
    assert "缺少数据表" in capsys.readouterr().err and not (tmp_path / "out.json").exists()
