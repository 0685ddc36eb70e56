"""An archive package is untrusted input: its snapshot is read, never run; its paths are never opened; its
OCR cache is never taken; a bag that points outside itself is refused. Each package here is built for real,
then altered the way a hostile sender would, its manifests rewritten so that the bag still verifies."""
import hashlib
import os
import sqlite3
import time

import bagit
import pytest

from tests.test_archive import store  # noqa: F401 - the fixture: a store of three documents, two of 2023
from workbench.archive.bag import SNAPSHOT
from workbench.archive.catalogue import ArchiveSettings
from workbench.archive.package import build_package
from workbench.archive.verify import problems
from workbench.import_command import import_paths as import_files
from workbench.store import Store


@pytest.fixture
def package(store, tmp_path):  # noqa: F811
    return build_package(store, ArchiveSettings(2023, fonds="Q1"), tmp_path / "pkg").path


def _alter(package, sql: str) -> None:
    """Run ``sql`` on the package's snapshot and rewrite the manifests (the bag verifies again)."""
    with sqlite3.connect(package / "data" / SNAPSHOT) as db:
        db.executescript(sql)
    bagit.Bag(str(package)).save(manifests=True)
    assert problems(package) == []


def _import(package, tmp_path):
    with Store(tmp_path / "target.db") as target:
        report = import_files(target, [package])
        titles = [row.title for row in target.documents()]
        cached = target.db.execute("SELECT count(*) FROM ocr_cache").fetchone()[0]
    return report, titles, cached


def test_a_trigger_in_the_snapshot_is_refused_and_nothing_runs(package, tmp_path):
    _alter(package, "CREATE TRIGGER t AFTER INSERT ON documents BEGIN UPDATE documents SET title = 'X'; END;")
    report, titles, _ = _import(package, tmp_path)
    assert titles == [] and "触发器" in report.failed[0][1]


def test_an_endless_view_is_refused_at_once(package, tmp_path):
    _alter(package, "ALTER TABLE sources RENAME TO real_sources; CREATE VIEW sources AS WITH RECURSIVE n(i) AS "
                    "(SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS id, '' AS sha256, '' AS path FROM n;")
    start = time.monotonic()
    report, titles, _ = _import(package, tmp_path)
    assert time.monotonic() - start < 10 and titles == [] and report.failed


@pytest.mark.parametrize("sql, said", [
    ("CREATE TABLE extra (x);", "未知的表"),
    ("ALTER TABLE documents ADD COLUMN payload TEXT;", "未知的列"),
    ("UPDATE documents SET ord = 'one';", "类型不符"),
    ("UPDATE documents SET issuer = '[broken';", "无效"),
    ("PRAGMA user_version = 99;", "数据库版本"),
])
def test_a_snapshot_that_is_not_plainly_ours_is_refused(package, tmp_path, sql, said):
    _alter(package, sql)
    report, titles, _ = _import(package, tmp_path)
    assert titles == [] and said in report.failed[0][1]


def test_the_ocr_cache_of_a_package_is_never_taken(package, tmp_path):
    _alter(package, "INSERT INTO ocr_cache VALUES ('" + "a" * 64 + "', 'rapidocr', '[]', '2025-01-01');")
    report, titles, cached = _import(package, tmp_path)
    assert len(titles) == 3 and cached == 0 and not report.failed


def test_a_path_the_snapshot_gives_is_never_opened(package, tmp_path):
    _alter(package, "UPDATE sources SET path = '/etc/passwd', sha256 = '" + "b" * 64 + "';")
    with Store(tmp_path / "target.db") as target:
        assert not import_files(target, [package]).failed
        (row,) = target.source_rows()
        assert row.path.startswith(str(package.resolve())) and "/etc" not in row.path
        report = build_package(target, ArchiveSettings(2023, fonds="Q1"), tmp_path / "again")
    texts = [p.read_bytes() for p in (report.path / "data").rglob("*.pdf")]
    assert texts and all(b"root:" not in text for text in texts)


def test_the_source_file_travels_in_the_package_and_is_what_a_restore_points_at(package, tmp_path):
    (original,) = (package / "data" / "原件").rglob("issue.pdf")
    with Store(tmp_path / "target.db") as target:
        import_files(target, [package])
        (row,) = target.source_rows()
    assert row.path == str(original.resolve())


def test_a_year_only_package_leaves_out_other_years_findings_and_revisions(store, tmp_path):  # noqa: F811
    store.db.execute("INSERT INTO revisions (source_id, doc_key, author, at, field, old, new) "
                     "VALUES (1, 'k', 'person', '2025', 'title', '', '')")
    year_only = build_package(store, ArchiveSettings(2023, fonds="Q1"), tmp_path / "year").path
    whole = build_package(store, ArchiveSettings(2023, fonds="Q1", whole_store=True), tmp_path / "whole").path
    with sqlite3.connect(year_only / "data" / SNAPSHOT) as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 3  # the source holds a 2022 one too
        assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0
        assert db.execute("SELECT path FROM sources").fetchone()[0].startswith("原件/")
    with sqlite3.connect(whole / "data" / SNAPSHOT) as db:
        assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] >= 1


def test_a_huge_bag_info_is_refused_without_reading_it(package):
    with open(package / "bag-info.txt", "ab") as handle:
        handle.write(b"X-Padding: " + b"a" * (3 * 1024**2) + b"\n")
    assert problems(package)[0].startswith("标签文件过大")


def test_a_manifest_path_to_a_sibling_folder_is_refused(package, tmp_path):
    sibling = tmp_path / "pkg-sib"
    sibling.mkdir()
    (sibling / "secret.txt").write_text("secret", encoding="utf-8")
    manifest = package / "manifest-sha256.txt"
    digest = hashlib.sha256(b"secret").hexdigest()
    manifest.write_text(manifest.read_text(encoding="utf-8") + f"{digest}  data/../../pkg-sib/secret.txt\n",
                        encoding="utf-8")
    tags = package / "tagmanifest-sha256.txt"
    fresh = hashlib.sha256(manifest.read_bytes()).hexdigest()
    tags.write_text("".join(f"{fresh} manifest-sha256.txt\n" if line.split()[-1] == "manifest-sha256.txt" else line
                            for line in tags.read_text(encoding="utf-8").splitlines(keepends=True)), encoding="utf-8")
    assert any("越出" in line for line in problems(package))


def test_a_symlinked_folder_in_data_is_reported(package, tmp_path):
    os.symlink(tmp_path, package / "data" / "elsewhere")
    assert any("符号链接" in line for line in problems(package))


def test_a_tag_file_in_another_encoding_is_one_line(package):
    (package / "bag-info.txt").write_bytes("Source-Organization: 清河\n".encode("utf-16"))
    (line,) = problems(package)
    assert "归档包" in line
