"""The ``workbench`` command as a person uses it."""
import argparse
import json
from pathlib import Path

import pymupdf
import pytest

from tests.builders import two_column_pages, write_docx, write_pdf
from workbench.cli import build_parser, main
from workbench.store import Store


@pytest.fixture
def bulletin_pdf(tmp_path):
    return write_pdf(tmp_path / "bulletin.pdf", two_column_pages(3))


def test_text_prints_pages_in_reading_order_separated_by_form_feeds(bulletin_pdf, capsys):
    assert main(["text", str(bulletin_pdf)]) == 0
    pages = capsys.readouterr().out.split("\f")
    assert len(pages) == 3
    assert pages[1].splitlines()[0] == "2-清河市人民政府"
    assert "·· 2" not in pages[1]


def test_text_all_includes_headers_and_footers(bulletin_pdf, capsys):
    main(["text", "--all", str(bulletin_pdf)])
    out = capsys.readouterr().out
    assert "清河市人民政府公报" in out and "·· 3" in out


def test_parse_json_has_the_shared_schema_and_touches_no_store(bulletin_pdf, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "never.db"))
    assert main(["parse", str(bulletin_pdf), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"sources", "issue", "documents"} <= set(result) <= {"sources", "issue", "documents", "unassigned"}
    assert result["sources"][0]["kind"] == "pdf" and result["sources"][0]["pages"] == 3
    assert not (tmp_path / "never.db").exists()


def test_import_twice_updates_in_place_then_export(tmp_path, bulletin_pdf, capsys):
    db = tmp_path / "store.db"
    folder = tmp_path / "in"
    folder.mkdir()
    write_docx(folder / "plan.docx")
    (folder / "notice.txt").write_text("清河市人民政府\n关于加强城市绿化管理的通知\n", encoding="gb18030")
    assert main(["import", str(bulletin_pdf), str(folder), "--db", str(db)]) == 0
    assert "新增 3" in capsys.readouterr().err
    assert main(["import", str(bulletin_pdf), "--db", str(db)]) == 0
    assert "更新 1" in capsys.readouterr().err
    store = Store(db)
    assert sorted(row.kind for row in store.source_rows()) == ["docx", "pdf", "text"]
    store.close()
    out = tmp_path / "export.json"
    assert main(["export", "json", "--db", str(db), "-o", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported["sources"]) == 3 and set(exported) == {"sources", "issue", "documents"}
    assert all("issue" in source for source in exported["sources"])  # each source with its own issue
    digests = {source["sha256"] for source in exported["sources"]}
    assert exported["documents"] and all(doc["source"] in digests for doc in exported["documents"])
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()  # as any new file of the user, not owner-only
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".export-")] == []


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def _encrypted(path):
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 50), "secret")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")


BAD_INPUTS = {
    "missing.pdf": None,
    "empty.txt": lambda p: p.write_bytes(b""),
    "binary.txt": lambda p: p.write_bytes(bytes(range(256)) * 8),
    "corrupt.pdf": lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj garbage"),
    "locked.pdf": _encrypted,
    "notzip.docx": lambda p: p.write_text("纯文本", encoding="utf-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_one_clear_line_and_changes_nothing(tmp_path, capsys, name):
    path = tmp_path / name
    if BAD_INPUTS[name]:
        BAD_INPUTS[name](path)
    db = tmp_path / "store.db"
    good = write_pdf(tmp_path / "good.pdf", two_column_pages(1))
    main(["import", str(good), "--db", str(db)])
    capsys.readouterr()
    before = Store(db).load().to_json()

    assert main(["text", str(path)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("错误：") and name in err[0]
    assert "Traceback" not in err[0]

    assert main(["import", str(path), "--db", str(db)]) != 0
    assert name in capsys.readouterr().err
    assert Store(db).load().to_json() == before


def test_text_of_a_scan_comes_from_ocr(tmp_path, capsys):
    from tests.builders import Placed, write_scan

    lines = [Placed(79, 120 + 30 * i, text, 15) for i, text in enumerate(
        ["清河市人民政府关于加强城市绿化管理的通知", "清河府发〔2025〕3号", "各区人民政府，市级各部门："])]
    path = write_scan(tmp_path / "scan.pdf", [lines])
    assert main(["text", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["清河市人民政府关于加强城市绿化管理的通知", "清河府发〔2025〕3号", "各区人民政府，市级各部门："]


def test_pages_of_a_scan_are_recognised_side_by_side_in_order(tmp_path):
    from tests.builders import Placed, write_scan
    from tests.corpus.scans import MemoryCache
    from workbench.ingest import read_source
    from workbench.ingest.recognition import recognise_pages

    texts = ["清河市人民政府", "关于加强城市绿化管理的通知", "清府发〔2025〕3号", "各区人民政府："]
    path = write_scan(tmp_path / "four.pdf", [[Placed(79, 120, text, 15)] for text in texts])
    source, cache, progress = read_source(path), MemoryCache(), []
    recognise_pages(source, cache, on_page=lambda done, total: progress.append((done, total)))
    assert [page.lines[0].text for page in source.pages] == texts
    assert progress == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)] and len(cache.entries) == 4


def test_every_command_and_option_is_in_the_readme():
    """The README's command table names each subcommand with each of its options."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = {line.split("`")[1]: line for line in readme.splitlines() if line.startswith("| `workbench ")}
    commands = next(action for action in build_parser()._actions if isinstance(action, argparse._SubParsersAction))
    for name, parser in commands.choices.items():
        usage = next((usage for usage in rows if usage.split()[1] == name), None)
        assert usage is not None, f"`workbench {name}` is not in the README's command table"
        for action in parser._actions:
            long = [option for option in action.option_strings if option.startswith("--") and option != "--help"]
            if long:
                assert any(option in usage for option in long) or any(
                    option in usage for option in action.option_strings if not option.startswith("--")), \
                    f"`workbench {name}` option {long[0]} is not in the README"
