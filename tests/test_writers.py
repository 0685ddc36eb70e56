"""Two writers at once: imports in two processes into one store (a new one), and an import while edits are
saved — every file imported, every edit kept, no traceback (20 runs each)."""
import subprocess
import sys
import threading

from workbench.store import Store

RUNS = 20
NOTICE = "清河市人民政府办公室\n清府办发〔2025〕{n}号\n关于做好第{n}项工作的通知\n各区人民政府：\n现将有关事项通知如下。\n清河市人民政府办公室\n2025年3月{day}日\n"


def _notices(folder, first: int, count: int) -> list[str]:
    paths = []
    for n in range(first, first + count):
        path = folder / f"notice-{n}.txt"
        path.write_text(NOTICE.format(n=n, day=1 + n % 28), encoding="utf-8")
        paths.append(str(path))
    return paths


def _import(db, paths) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench", "import", *paths, "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_imports_into_one_new_store_both_finish(tmp_path):
    for run in range(RUNS):
        db = tmp_path / f"s{run}.db"
        first, second = _notices(tmp_path, 100 * run, 8), _notices(tmp_path, 100 * run + 50, 8)
        jobs = [_import(db, first), _import(db, second)]
        outputs = [job.communicate(timeout=120) for job in jobs]
        for job, (_, err) in zip(jobs, outputs):
            assert job.returncode == 0 and "Traceback" not in err, err
        with Store(db) as store:
            assert len(store.source_rows()) == 16, run


def _edit(db, source_id: int, key: str, run: int, failures: list) -> None:
    """Ten title edits, each its own transaction, on another connection (as the window saves them)."""
    try:
        with Store(db) as editor:
            for step in range(10):
                editor.correct_field(source_id, key, "title", f"第{run}轮第{step}次修改的标题")
    except BaseException as err:
        failures.append(err)


def test_an_import_while_edits_are_saved_loses_nothing(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as store:
        from workbench.pipeline import import_files

        import_files(store, _notices(tmp_path, 0, 1))
        source_id, key = store.documents()[0].source_id, store.documents()[0].key
    for run in range(RUNS):
        job = _import(db, _notices(tmp_path, 1000 + 10 * run, 3))
        failures: list[BaseException] = []
        editing = threading.Thread(target=_edit, args=(db, source_id, key, run, failures))
        editing.start()
        _, err = job.communicate(timeout=120)
        editing.join()
        assert job.returncode == 0 and "Traceback" not in err and not failures, (err, failures)
    with Store(db) as store:
        assert len(store.source_rows()) == 1 + 3 * RUNS
        titles = [r.new for r in store.revisions(source_id) if r.field == "title" and r.author == "person"]
        assert len(titles) == 10 * RUNS and titles[-1] == f"第{RUNS - 1}轮第9次修改的标题"
        assert store.documents(source_id)[0].title == titles[-1]
