"""Batch import on a Dask LocalCluster of two worker processes: the same store as an import at a desk, a bad file
reported with the rest imported, --resume after a stop, and a worker killed mid-run losing nothing."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from workbench.batch import cluster
from workbench.batch.run import batch_import
from workbench.import_command import import_paths
from workbench.store import Store


def _issues(folder: Path, count: int, paragraphs: int = 3) -> list[Path]:
    """Composed bulletin issues as text files: a notice each, numbered, with ``paragraphs`` body paragraphs."""
    folder.mkdir(exist_ok=True)
    files = []
    for n in range(1, count + 1):
        body = "\n".join(f"{k}．第{n}期第{k}段：各区要按照有关要求，认真做好相关工作，确保各项任务落到实处。"
                         for k in range(1, paragraphs + 1))
        text = (f"清河市人民政府关于做好第{n}项工作的通知\n清府发〔2024〕{n}号\n各区人民政府，市级各部门：\n"
                f"{body}\n清河市人民政府\n2024年3月{n % 28 + 1}日\n")
        path = folder / f"issue-{n:03d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def _content(db: Path) -> list:
    """What a store holds, by file name: documents as JSON (corrections none), page texts."""
    with Store(db) as store:
        rows = store.source_rows()
        return sorted((Path(row.path).name, json.dumps(store.load([row.id]).to_json()["documents"], sort_keys=True, ensure_ascii=False),
                       store.page_texts(row.id)) for row in rows)


@pytest.fixture(scope="module")
def client():
    opened = cluster.local_client(2, warm=False)
    yield opened
    cluster.close(opened)


def test_a_batch_gives_the_store_an_import_at_a_desk_gives(client, tmp_path):
    files = _issues(tmp_path / "in", 6)
    with Store(tmp_path / "desk.db") as desk:
        assert len(import_paths(desk, files).imported) == 6
    with Store(tmp_path / "batch.db") as batch:
        report = batch_import(batch, [str(tmp_path / "in")], client)
    assert len(report.imported) == 6 and not report.failed
    assert _content(tmp_path / "batch.db") == _content(tmp_path / "desk.db")


def test_a_bad_file_is_one_line_and_the_rest_are_imported(client, tmp_path):
    files = _issues(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    with Store(tmp_path / "s.db") as store:
        report = batch_import(store, [str(tmp_path / "in")], client)
        assert len(report.imported) == 3 and [Path(path).name for path, _ in report.failed] == ["broken.pdf"]
        assert len(store.source_rows()) == 3 and len(files) == 3


def test_resume_after_a_stop_imports_only_the_rest(client, tmp_path):
    _issues(tmp_path / "in", 8)
    with Store(tmp_path / "s.db") as store:
        done: list[int] = []
        first = batch_import(store, [str(tmp_path / "in")], client,
                             progress=lambda saved, *_: done.append(saved), cancelled=lambda: len(done) >= 3)
        assert first.cancelled and 3 <= len(first.imported) < 8
        second = batch_import(store, [str(tmp_path / "in")], client, resume=True)
        assert len(second.unchanged) == len(first.imported) and len(second.imported) == 8 - len(first.imported)
        assert len(store.source_rows()) == 8


def test_a_worker_killed_mid_run_loses_no_file_and_imports_none_twice(tmp_path, monkeypatch):
    _issues(tmp_path / "in", 10, paragraphs=400)  # each file some tenths of a second on a worker
    (tmp_path / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))  # the killed worker's copy of its file stays there, not in /tmp
    opened = cluster.local_client(2, warm=False)
    try:
        killed: list[str] = []

        def kill_one(saved: int, *_):
            if saved == 1 and not killed:
                victim = sorted(opened.scheduler_info()["workers"])[0]
                killed.append(victim)
                opened.run(os._exit, 1, workers=[victim], on_error="ignore")

        with Store(tmp_path / "s.db") as store:
            report = batch_import(store, [str(tmp_path / "in")], opened, progress=kill_one)
            assert killed and len(report.imported) == 10 and not report.failed
            assert sorted(Path(row.path).name for row in store.source_rows()) == \
                [f"issue-{n:03d}.txt" for n in range(1, 11)]
    finally:
        cluster.close(opened)


def test_a_scan_read_in_parts_gives_what_the_whole_file_gives(client, tmp_path):
    from tests.builders import Placed, write_pdf
    from workbench.mupdf import pymupdf

    text = write_pdf(tmp_path / "text.pdf", [[Placed(70, 100, "清河市人民政府关于做好防汛工作的通知", 16),
                                               Placed(70, 140, "清府发〔2024〕3号", 14)],
                                              [Placed(70, 100, "各区要认真落实防汛责任，确保安全度汛。", 14)]])
    scan = tmp_path / "in" / "scan.pdf"
    scan.parent.mkdir()
    with pymupdf.open(text) as source, pymupdf.open() as out:
        for page in source:
            image = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
            out.new_page(width=page.rect.width, height=page.rect.height).insert_image(page.rect, pixmap=image)
        out.save(scan)
    stores = []
    for pages_a_task in (1, 10):
        with Store(tmp_path / f"s{pages_a_task}.db") as store:
            assert len(batch_import(store, [str(scan)], client, pages_a_task=pages_a_task).imported) == 1
            assert store.ocr_page(store.source_rows()[0].id, 2) is not None  # what OCR read came back to the cache
        stores.append(_content(tmp_path / f"s{pages_a_task}.db"))
    assert stores[0] == stores[1] and "防汛" in stores[0][0][1]


def test_workers_keep_the_usual_malloc_trimming_and_this_process_is_not_changed(client):
    """Dask's default trim threshold made a page's OCR take twice as long; neither the workers nor the program
    that started them (whose OCR workers start later) carry it."""
    assert set(client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()) == {None}
    assert "MALLOC_TRIM_THRESHOLD_" not in os.environ
