"""The 2023 archive of the corpus: one catalogue row per 2023 document, as the gold says; verify; round trip."""
import csv

from tests.corpus.gold import _flat, load_gold, number_key
from workbench.archive.catalogue import ArchiveSettings
from workbench.archive.package import build_package
from workbench.archive.verify import problems
from workbench.export.documents import write_documents
from workbench.import_command import import_paths as import_files
from workbench.store import Store

STEMS_2023 = {"001_39b8cc04802ef187": "txt", "003_63a411c4bd2a61c6": "pdf"}
OTHER_YEAR = "000_983109a600a64859"


def _docx_keeps_title_number_and_merges(store, path) -> None:
    """A corpus document with merged table cells, exported to Word and read back with python-docx."""
    import docx

    for row in store.documents():
        doc = store.document(row.source_id, row.key)
        merged = [table for table in doc.tables if any(c.rowspan > 1 or c.colspan > 1 for c in table.cells)]
        if merged:
            break
    write_documents(store, [(row.source_id, row.key)], "docx", path)
    document = docx.Document(str(path))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert doc.title in texts and doc.doc_number in texts
    assert len(document.tables) == len(doc.tables)
    table, cell = merged[0], next(c for c in merged[0].cells if c.colspan > 1 or c.rowspan > 1)
    exported = document.tables[doc.tables.index(table)]
    corner = exported.cell(cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1)
    assert exported.cell(cell.row, cell.col)._tc is corner._tc and exported.cell(cell.row, cell.col).text == cell.text


def _catalogue(package) -> list[dict]:
    with open(package / "data" / "归档文件目录.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_2023_package_holds_the_2023_documents_as_the_gold_says_and_survives_a_round_trip(corpus, tmp_path):
    settings = ArchiveSettings(2023, fonds="Z109", org="BGS")
    with Store(tmp_path / "s.db") as store:
        files = [corpus / f"{stem}.{kind}" for stem, kind in STEMS_2023.items()] + [corpus / f"{OTHER_YEAR}.txt"]
        assert not import_files(store, files).failed
        build_package(store, settings, tmp_path / "pkg")
        _docx_keeps_title_number_and_merges(store, tmp_path / "doc.docx")
    rows = _catalogue(tmp_path / "pkg")
    gold = [doc for stem in STEMS_2023 for doc in load_gold(corpus, stem) if doc["sign_date"].startswith("2023")]
    assert sorted(number_key(row["文号"]) for row in rows) == sorted(number_key(doc["doc_number"]) for doc in gold)
    by_number = {number_key(row["文号"]): row for row in rows}
    for doc in gold:
        row = by_number[number_key(doc["doc_number"])]
        assert _flat(row["题名"]) == _flat(doc["title"]), doc["doc_number"]
        assert row["责任者"] == "、".join(doc["issuer"]) and row["日期"] == doc["sign_date"].replace("-", "")
        assert int(row["页数"]) >= 1 and row["档号"].startswith("Z109-WS·2023-Y-BGS-")
    assert [row["日期"] for row in rows] == sorted(row["日期"] for row in rows)
    assert problems(tmp_path / "pkg") == []
    with Store(tmp_path / "empty.db") as empty:
        report = import_files(empty, [tmp_path / "pkg"])
        assert len(report.source_ids) == len(STEMS_2023) and not report.failed  # the year's sources only
        build_package(empty, settings, tmp_path / "again")
    assert _catalogue(tmp_path / "again") == rows
    first = sorted((tmp_path / "pkg" / "data").glob("*/*.json"))
    again = sorted((tmp_path / "again" / "data").glob("*/*.json"))
    assert [path.read_text(encoding="utf-8") for path in first] == [path.read_text(encoding="utf-8") for path in again]
    changed = first[0].relative_to(tmp_path / "pkg")
    (tmp_path / "pkg" / changed).write_text("{}", encoding="utf-8")
    assert problems(tmp_path / "pkg") == [f"已被改动：{changed}"]
