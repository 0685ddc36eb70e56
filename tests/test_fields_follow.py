"""A field follows the line it was read from: correct the 文号, date, title, 主送, issuer or signature line
and the field (library, search, exports, archive) says the same — unless a person set the field by hand.
Undo puts both back."""
import pytest

from tests.test_parse_structure import parse_lines
from workbench.edit.corrections import apply, edit_field, edit_text, revert
from workbench.store import Store

LINES = ("清河市人民政府", "关于加强城市绿化管理的通知", "清府发[2022]167号", "各区人民政府，市政府各部门：",
         "现就有关事项通知如下。", "清河市人民政府", "2022.9.27")


@pytest.fixture
def stored(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.save(parse_lines(*LINES[:-1], "2021年9月27日"))
        (row,) = store.library_rows()
        yield store, row.source_id, row.key


def _seq(store, source_id, key, kind):
    doc = store.document(source_id, key)
    return next(i for i, e in enumerate(doc.elements) if e.kind == kind)


def _fix(store, source_id, key, kind, text):
    doc = store.document(source_id, key)
    edit = edit_text(store, source_id, key, doc, _seq(store, source_id, key, kind), text)
    before = store.correction(source_id, key, edit.field)
    apply(store, edit)
    return edit, before


@pytest.mark.parametrize("kind, text, field, value", [
    ("doc_number", "清府发〔2022〕167号", "doc_number", "清府发〔2022〕167号"),
    ("date", "2022年9月28日", "sign_date", "2022-09-28"),
    ("title", "关于加强城市园林绿化管理的通知", "title", "关于加强城市园林绿化管理的通知"),
    ("recipients", "各区人民政府：", "recipients", "各区人民政府"),
    ("issuer", "清河市人民政府办公室", "issuer", ["清河市人民政府办公室"]),
    ("signatory", "清河市人民政府办公室", "signatory", ["清河市人民政府办公室"]),
])
def test_a_corrected_line_corrects_its_field_everywhere_and_undo_takes_both_back(stored, kind, text, field, value):
    store, source_id, key = stored
    parsed = getattr(store.document(source_id, key), field)
    edit, before = _fix(store, source_id, key, kind, text)
    doc = store.document(source_id, key)
    assert getattr(doc, field) == value and field not in doc.edited  # follows the line: not marked as set by hand
    row = store.library_rows([source_id])[0]
    if hasattr(row, field):
        assert getattr(row, field) == value
    revert(store, edit, before)
    assert getattr(store.document(source_id, key), field) == parsed
    assert not store.correction(source_id, key, field)[0] and not store.correction(source_id, key, "follows")[0]


def test_a_date_line_the_parser_missed_becomes_the_date_once_corrected(tmp_path):
    with Store(tmp_path / "d.db") as store:
        store.save(parse_lines(*LINES))
        (row,) = store.library_rows()
        assert row.sign_date is None
        doc = store.document(row.source_id, row.key)
        seq = next(i for i, e in enumerate(doc.elements) if e.text == "2022.9.27")
        apply(store, edit_text(store, row.source_id, row.key, doc, seq, "2022年9月27日"))
        assert store.library_rows()[0].sign_date == "2022-09-27"


def test_a_field_set_by_hand_wins_over_its_line(stored):
    store, source_id, key = stored
    apply(store, edit_field(source_id, key, "doc_number", "清府发〔2022〕168号"))
    _fix(store, source_id, key, "doc_number", "清府发〔2022〕167号")
    doc = store.document(source_id, key)
    assert doc.doc_number == "清府发〔2022〕168号" and "doc_number" in doc.edited


def test_export_json_and_the_archive_catalogue_carry_the_corrected_fields(stored, tmp_path):
    import json

    from workbench.archive.catalogue import ArchiveSettings, catalogue_row, plan
    from workbench.cli import main

    store, source_id, key = stored
    _fix(store, source_id, key, "doc_number", "清府发〔2022〕167号")
    _fix(store, source_id, key, "date", "2022年9月27日")
    assert main(["export", "json", "--db", str(store.path), "-o", str(tmp_path / "all.json")]) == 0
    (doc,) = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["documents"]
    assert (doc["doc_number"], doc["sign_date"]) == ("清府发〔2022〕167号", "2022-09-27")
    (item,) = plan(store, ArchiveSettings(2022))  # filed under the year of its corrected date, not 2021
    assert catalogue_row(item, 1)["文号"] == "清府发〔2022〕167号"
