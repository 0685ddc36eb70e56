"""The store: one transaction per write, re-import in place, hand corrections kept."""
import sqlite3

import pytest

from workbench.errors import StoreError
from workbench.model import Cell, Document, Element, Line, Page, ParseResult, Source, Table, TablePart
from workbench.store import Store
from workbench.store.schema import SCHEMA_VERSION


def bulletin(title="关于加强城市绿化管理的通知", cell="市住建局", sha="a" * 64) -> ParseResult:
    table = Table(page=1, n_rows=2, n_cols=2, cells=[
        Cell(0, 0, "任务", page=1, bbox=(10, 10, 50, 20)), Cell(0, 1, "牵头单位", page=1),
        Cell(1, 0, "改造管网", page=1), Cell(1, 1, cell, page=1, line_no=9),
    ], parts=[TablePart(page=1, bbox=(10, 10, 90, 40), rows=[0, 1], row_separators=[10, 20, 40],
                        col_separators=[10, 50, 90])])
    doc = Document(
        order=1, issuer=["清河市人民政府"], doc_number="清河府发〔2025〕3号", title=title,
        doc_type="通知", recipients="各区人民政府", signatory=["清河市人民政府"], sign_date="2025-02-08",
        page_start=1, page_end=1,
        elements=[Element("body", "为进一步提升城市绿化水平，现就有关事项通知如下。", page=1, bbox=(1, 2, 3, 4)),
                  Element("appointment", "任命张三为清河市水务局局长。", attrs={"action": "任命", "name": "张三", "post": "清河市水务局局长"})],
        tables=[table],
    )
    source = Source(path="/tmp/b.pdf", sha256=sha, kind="pdf",
                    pages=[Page(1, lines=[Line("正文", bbox=(1, 2, 3, 4))], width=500, height=700, label="— 1 —")])
    return ParseResult(sources=[source], documents=[doc])


def test_new_store_has_the_newest_schema_and_wal(store):
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_save_and_load_round_trip(store):
    store.save(bulletin())
    loaded = store.load()
    assert loaded.to_json()["documents"] == bulletin().to_json()["documents"]
    assert store.page_texts(1) == ["正文\n"]


def test_reimport_updates_in_place_and_keeps_hand_corrections(store):
    source_id = store.save(bulletin())
    key = store.documents()[0].key
    store.correct_field(source_id, key, "title", "关于加强城市绿化和养护管理的通知")
    store.correct_cell(source_id, key, 0, 1, 1, "市住房城乡建设局")
    store.add_tag(source_id, key, "城乡建设")

    assert store.save(bulletin(cell="市住建委")) == source_id  # the parser now reads the cell differently
    assert len(store.source_rows()) == 1 and len(store.documents()) == 1
    (doc,) = store.load().documents
    assert doc.title == "关于加强城市绿化和养护管理的通知"
    assert doc.tables[0].grid()[1][1] == "市住房城乡建设局"
    assert doc.tags == ["城乡建设"]
    assert sorted(doc.edited) == ["table/0/cell/1/1", "title"]


def test_every_change_is_in_the_revision_log(store):
    source_id = store.save(bulletin())
    key = store.documents()[0].key
    store.correct_field(source_id, key, "sign_date", "2025-02-09")
    store.save(bulletin(title="关于加强绿化管理的通知"))
    log = [(r.author, r.field, r.old, r.new) for r in store.revisions()]
    assert log == [
        ("person", "sign_date", "2025-02-08", "2025-02-09"),
        ("parser", "title", "关于加强城市绿化管理的通知", "关于加强绿化管理的通知"),
    ]


def test_failed_write_changes_nothing(store, monkeypatch):
    store.save(bulletin())
    before = store.load().to_json()
    import workbench.store.save as save

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(save, "_insert_children", explode)
    with pytest.raises(RuntimeError):
        store.save(bulletin(title="另一个标题"))
    assert store.load().to_json() == before


def test_full_text_search_finds_chinese_words(store):
    store.save(bulletin())
    assert [hit.doc_number for hit in store.search("绿化").hits] == ["清河府发〔2025〕3号"]
    assert [hit.doc_number for hit in store.search("城市绿化管理").hits] == ["清河府发〔2025〕3号"]
    assert store.search("防汛").hits == []


def test_store_from_a_newer_release_is_refused(tmp_path):
    path = tmp_path / "future.db"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError) as err:
        Store(path)
    assert "升级" in str(err.value)


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not sqlite" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as err:
        Store(path)
    assert "notes.db" in str(err.value)


def test_reimporting_a_scan_never_runs_ocr_again(tmp_path, store, monkeypatch):
    from tests.builders import Placed, write_scan
    from workbench.pipeline import import_files
    from workbench.store import StoreOcrCache

    path = write_scan(tmp_path / "scan.pdf", [[Placed(79, 120, "清河市人民政府关于加强城市绿化管理的通知", 15)]])
    recognised = []
    real_put = StoreOcrCache.put
    monkeypatch.setattr(StoreOcrCache, "put", lambda self, digest, data: recognised.append(digest) or real_put(self, digest, data))
    import_files(store, [path])
    import_files(store, [path])
    assert len(recognised) == 1  # the second import found the page in the cache
    assert "绿化" in store.page_texts(1)[0]


def test_a_scan_imported_again_after_an_update_is_read_by_the_new_reader(tmp_path, store, monkeypatch):
    from tests.builders import Placed, write_scan
    from workbench.ingest import ocr
    from workbench.pipeline import import_files
    from workbench.store import StoreOcrCache

    path = write_scan(tmp_path / "scan.pdf", [[Placed(79, 120, "清河市人民政府关于加强城市绿化管理的通知", 15)]])
    import_files(store, [path])
    (digest,) = [row[0] for row in store.db.execute("SELECT image_sha256 FROM ocr_cache")]
    earlier = store.ocr_cache().get(digest)
    assert earlier is not None and store.ocr_page(1, 1) is not None
    monkeypatch.setattr(ocr, "engine_version", lambda: "an updated reader")
    assert store.ocr_cache().get(digest) is None  # not what this reader would read
    assert store.ocr_cache(any_reader=True).get(digest) == earlier and store.ocr_page(1, 1) is not None  # shown
    recognised = []
    real_put = StoreOcrCache.put
    monkeypatch.setattr(StoreOcrCache, "put", lambda self, key, data: recognised.append(key) or real_put(self, key, data))
    import_files(store, [path])
    assert recognised == [digest]
    assert store.db.execute("SELECT engine FROM ocr_cache").fetchall() == [("an updated reader",)]
    import_files(store, [path])
    assert recognised == [digest]  # read once by the new reader, then found


def test_export_has_the_same_schema_as_parse(tmp_path, store):
    from workbench.pipeline import import_files, parse_file

    sample = tmp_path / "bulletin.txt"
    sample.write_text("清河市人民政府\n关于加强城市绿化管理的通知\n清府发〔2025〕3号\n各区人民政府：\n"
                      "序号\t任务\n1\t改造\n清河市人民政府\n2025年2月8日\n", encoding="utf-8")
    import_files(store, [sample])
    assert store.load().to_json()["documents"] == parse_file(sample).to_json()["documents"]


def test_document_rows_show_what_a_person_corrected(store):
    source_id = store.save(bulletin())
    key = store.documents()[0].key
    store.correct_field(source_id, key, "title", "关于加强城市绿化和养护管理的通知")
    store.correct_field(source_id, key, "issuer", ["清河市人民政府", "清河市财政局"])
    (row,) = store.documents(source_id)
    assert row.title == "关于加强城市绿化和养护管理的通知" and row.key == key
    assert row.issuer == ["清河市人民政府", "清河市财政局"]


def test_a_text_correction_is_kept_across_reimport_undone_and_combined_with_a_kind(store):
    from workbench.edit.corrections import apply, edit_element, edit_text, revert

    source_id = store.save(bulletin())
    key = store.documents()[0].key
    doc = store.document(source_id, key)
    first = edit_text(store, source_id, key, doc, 0, "为进一步提升城市绿化水平，现将有关事项通知如下。")
    before = store.correction(source_id, key, first.field)
    changes = apply(store, first)
    assert changes.text and changes.findings and (source_id, key) in changes.documents
    store.save(bulletin())  # the same file imported again
    doc = store.document(source_id, key)
    assert doc.elements[0].text == "为进一步提升城市绿化水平，现将有关事项通知如下。" and "text/0" in doc.edited
    apply(store, edit_element(store, source_id, key, doc, 0, "heading", 1))  # a kind set after the text changed
    second = edit_text(store, source_id, key, store.document(source_id, key), 0, "为提升城市绿化水平。")
    assert second.value["text"] == "为进一步提升城市绿化水平，现就有关事项通知如下。"  # still the parsed text
    apply(store, second)
    doc = store.document(source_id, key)
    assert (doc.elements[0].text, doc.elements[0].kind) == ("为提升城市绿化水平。", "heading")
    assert store.load().documents[0].elements[0].text == "为提升城市绿化水平。"  # what every export reads
    revert(store, first, before)
    doc = store.document(source_id, key)
    assert doc.elements[0].text == "为进一步提升城市绿化水平，现就有关事项通知如下。" and doc.elements[0].kind == "heading"


def test_corrections_that_point_at_nothing_or_cannot_be_stored_are_refused(store):
    source_id = store.save(bulletin())
    key = store.documents()[0].key
    before = store.revisions()
    for source, doc_key, field, value in [(99, key, "title", "x"), (source_id, "nosuchkey", "title", "x"),
                                          (source_id, key, "text/9", {"text": "a", "new": "b"}),
                                          (source_id, key, "table/3/cell/0/0", "x"),
                                          (source_id, key, "table/0/cell/5/0", "x"),
                                          (source_id, key, "title", "标题\ud800")]:
        with pytest.raises(StoreError):
            store.set_correction(source, doc_key, field, value)
    assert store.revisions() == before
    store.correct_cell(source_id, key, 0, 1, 1, "市住房城乡建设局")  # one that is there still goes in
    assert store.correction(source_id, key, "table/0/cell/1/1") == (True, "市住房城乡建设局")
