"""The editor's loop on a real defects file, through the command line: the 文号 and date findings accepted,
and search, export, the archive catalogue and the 校对单 carry the corrected values; the archive check had
listed the document it would have left out."""
import json
import shutil

import openpyxl

from workbench.archive.catalogue import ArchiveSettings, catalogue_row, plan
from workbench.cli import main
from workbench.store import Store

STEM = "002_4d4b2807dcec1cae"


def test_accepting_the_number_and_date_of_a_defects_file_reaches_every_consumer(corpus, tmp_path, capsys):
    source = tmp_path / f"{STEM}.defects.txt"
    shutil.copy(corpus / f"{STEM}.defects.txt", source)
    db = tmp_path / "s.db"
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert main(["archive", "check", "--year", "2021", "--db", str(db), "--format", "json"]) == 1
    assert "undated" in {p["kind"] for p in json.loads(capsys.readouterr().out)["problems"]}  # 2021.12.6 unread
    main(["proof", "--db", str(db), "--format", "json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    number = next(f for f in found if f["rule"].startswith("docno") and f["suggestion"] and "[2021]" in f["text"])
    date = next(f for f in found if f["rule"].startswith("date") and f["suggestion"] and "2021.12.6" in f["text"])
    assert main(["proof", "--db", str(db), "--accept", str(number["id"])]) == 0
    assert main(["proof", "--db", str(db), "--accept", str(date["id"])]) == 0
    with Store(db) as store:
        (row,) = store.library_rows()
        assert (row.doc_number, row.sign_date) == ("达市府办函〔2021〕156号", "2021-12-06")
        (item,) = plan(store, ArchiveSettings(2021))
        assert catalogue_row(item, 1)["文号"] == "达市府办函〔2021〕156号"
    capsys.readouterr()
    assert main(["search", "156号", "--db", str(db), "--format", "json"]) == 0
    assert "〔2021〕156号" in capsys.readouterr().out
    assert main(["export", "json", "--db", str(db), "-o", str(tmp_path / "all.json")]) == 0
    (doc,) = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["documents"]
    assert (doc["doc_number"], doc["sign_date"]) == ("达市府办函〔2021〕156号", "2021-12-06")
    main(["proof", "--db", str(db), "--sheet", str(tmp_path / "sheet.xlsx")])
    record = openpyxl.load_workbook(tmp_path / "sheet.xlsx")["更改记录"]
    values = [str(cell.value) for line in record.iter_rows(min_row=2) for cell in line]
    assert "达市府办函〔2021〕156号" in values and "2021年12月6日" in values
