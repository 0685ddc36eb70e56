"""The editor's loop from the command line: proofread a store, accept the 文号 and date findings, and every
consumer — library, search, export, the archive catalogue, the 校对单 — carries the corrected values."""
import json

import openpyxl

from workbench.archive.catalogue import ArchiveSettings, catalogue_row, plan
from workbench.cli import main
from workbench.store import Store

ISSUE = "\n".join(["清河市人民政府", "关于加强城市绿化管理的通知", "清府发[2022]167号", "各区人民政府，市政府各部门：",
                   "现就有关事项通知如下。", "清河市人民政府", "2022.9.27"])


def _findings(db, capsys):
    main(["proof", "--db", str(db), "--format", "json"])
    return json.loads(capsys.readouterr().out)["findings"]


def test_accepting_the_number_and_date_findings_reaches_every_field(tmp_path, capsys):
    (tmp_path / "issue.txt").write_text(ISSUE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["import", str(tmp_path / "issue.txt"), "--db", str(db)]) == 0
    found = _findings(db, capsys)
    number = next(f for f in found if f["rule"].startswith("docno") and f["suggestion"])
    date = next(f for f in found if f["rule"].startswith("date") and f["suggestion"])
    assert main(["proof", "--db", str(db), "--accept", str(number["id"])]) == 0
    assert main(["proof", "--db", str(db), "--accept", str(date["id"])]) == 0
    assert main(["proof", "--db", str(db), "--accept", str(date["id"])]) == 2  # not open any more
    again = {f["id"]: f["status"] for f in _findings(db, capsys)}
    assert again[number["id"]] == again[date["id"]] == "fixed"
    with Store(db) as store:
        (row,) = store.library_rows()
        assert (row.doc_number, row.sign_date) == ("清府发〔2022〕167号", "2022-09-27")
        (item,) = plan(store, ArchiveSettings(2022))
        assert catalogue_row(item, 1)["文号"] == "清府发〔2022〕167号"
    assert main(["export", "json", "--db", str(db), "-o", str(tmp_path / "all.json")]) == 0
    (doc,) = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["documents"]
    assert doc["doc_number"] == "清府发〔2022〕167号" and doc["sign_date"] == "2022-09-27"
    capsys.readouterr()
    assert main(["search", "167号", "--db", str(db), "--format", "json"]) == 0
    assert "〔2022〕167号" in capsys.readouterr().out
    main(["proof", "--db", str(db), "--sheet", str(tmp_path / "sheet.xlsx")])
    changes = openpyxl.load_workbook(tmp_path / "sheet.xlsx")["更改记录"]
    values = [str(cell.value) for row in changes.iter_rows(min_row=2) for cell in row]
    assert "清府发〔2022〕167号" in values and "2022年9月27日" in values


def test_ignoring_needs_a_reason_and_keeps_it(tmp_path, capsys):
    (tmp_path / "issue.txt").write_text(ISSUE, encoding="utf-8")
    db = tmp_path / "s.db"
    main(["import", str(tmp_path / "issue.txt"), "--db", str(db)])
    first = _findings(db, capsys)[0]
    assert main(["proof", "--db", str(db), "--ignore", str(first["id"])]) == 2
    assert main(["proof", "--db", str(db), "--ignore", str(first["id"]), "--reason", "原文如此"]) == 0
    assert {f["id"]: f["status"] for f in _findings(db, capsys)}[first["id"]] == "ignored"
