"""Full-text search: any run of characters findable, phrases by default, filters, and results that follow edits."""
import sqlite3

import pytest

from workbench.edit.corrections import edit_text
from workbench.model import Cell, Document, Element, Issue, Page, ParseResult, Source, Table
from workbench.store import Store
from workbench.store.schema import SCHEMA_VERSION
from workbench.store.search import Filters, Query, index_words, locate


def _doc(order, number, title, lines, issuer="清河市人民政府", doc_type="通知", date="2025-03-01", table=None):
    elements = [Element("title", title, page=1, bbox=(60, 100, 460, 120))]
    elements += [Element("body", line, page=1, bbox=(60, 140 + 20 * i, 60 + 16 * len(line), 156 + 20 * i))
                 for i, line in enumerate(lines)]
    return Document(order=order, issuer=[issuer], doc_number=number, title=title, doc_type=doc_type,
                    sign_date=date, page_start=1, page_end=1, elements=elements, tables=[table] if table else [])


def issue(sha="1" * 64, year=2025, number=3, extra_line="") -> ParseResult:
    table = Table(page=1, n_rows=2, n_cols=2, cells=[
        Cell(0, 0, "姓名", page=1), Cell(0, 1, "职务", page=1),
        Cell(1, 0, "欧阳明", page=1, bbox=(60, 400, 120, 416)), Cell(1, 1, "副局长", page=1)])
    documents = [
        _doc(1, "清河府发〔2025〕3号", "清河市人民政府关于加强安全生产工作的通知",
             ["各区人民政府：", "为做好安全生产工作，现将有关事项通知如下。" + extra_line]),
        _doc(2, "清河府人〔2025〕13号", "清河市人民政府关于王小明等同志职务任免的通知",
             ["任命王小明为清河市应急管理局局长；", "免去李强的清河市", "应急管理局副局长职务。"],
             doc_type="通知", table=table),
        _doc(3, "清河府办函〔2025〕7号", "清河市人民政府办公室关于生产经营单位安全检查的函",
             ["请各单位对生产经营场所开展安全检查。"], issuer="清河市人民政府办公室", doc_type="函"),
    ]
    source = Source(path=f"/tmp/{sha[:4]}.pdf", sha256=sha, kind="pdf",
                    pages=[Page(1, width=524, height=737)])
    return ParseResult(sources=[source], issue=Issue(publication="清河市人民政府公报", year=year, number=number),
                       documents=documents)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as opened:
        opened.save(issue())
        yield opened


def numbers(found) -> list[str]:
    return [hit.doc_number for hit in found.hits]


def test_index_words_are_overlapping_pairs_and_a_runs_last_character():
    assert index_words("安全生产") == "安全 全生 生产 产"
    assert index_words("清河府发〔2025〕3号") == "清河 河府 府发 发 2025 3 号"
    assert index_words("ＧＢ／Ｔ９７０４") == "gb t 9704"


def test_a_query_is_a_phrase_by_default_and_other_ways_on_request(store):
    assert numbers(store.search("安全生产")) == ["清河府发〔2025〕3号"]  # not the 函 with 生产经营…安全检查
    assert set(numbers(store.search(Query("安全 生产")))) == {"清河府发〔2025〕3号", "清河府办函〔2025〕7号"}
    assert set(numbers(store.search(Query("安全检查 任免", mode="any")))) == {"清河府人〔2025〕13号",
                                                                           "清河府办函〔2025〕7号"}
    assert set(numbers(store.search(Query("生产安全", mode="words")))) == {"清河府发〔2025〕3号",
                                                                          "清河府办函〔2025〕7号"}
    assert store.search("，。").total == 0 and store.search("防汛").total == 0


def test_any_run_of_characters_is_found_names_and_doc_numbers_included(store):
    for name in ("王小明", "李强", "欧阳明", "小明"):  # in a list of appointments and in a table cell
        assert numbers(store.search(name)) == ["清河府人〔2025〕13号"], name
    assert numbers(store.search("清河府人〔2025〕13号")) == ["清河府人〔2025〕13号"]
    assert numbers(store.search("府人[2025]13号")) == ["清河府人〔2025〕13号"]  # brackets written otherwise
    assert numbers(store.search("〔2025〕3号")) == ["清河府发〔2025〕3号"]  # not 13号
    assert numbers(store.search("应急管理局副局长")) == ["清河府人〔2025〕13号"]  # across a printed line break


def test_title_hits_rank_first_and_snippets_mark_the_hit(store):
    found = store.search("安全")
    assert found.total == 2 and found.hits[0].doc_number == "清河府发〔2025〕3号"
    snippet = store.search("王小明").hits[0].snippet
    assert snippet.hit == "王小明" and "任命" in snippet.before + snippet.after
    assert "【王小明】" in snippet.marked()


def test_filters_narrow_with_or_without_words(store, tmp_path):
    store.save(issue(sha="2" * 64, year=2024, number=12))
    assert store.search("安全生产").total == 2
    assert [hit.year for hit in store.search(Query("安全生产", filters=Filters(year=2024))).hits] == [2024]
    assert store.search(Query("", filters=Filters(number=12))).total == 3
    assert numbers(store.search(Query("", filters=Filters(doc_type="函", year=2025)))) == ["清河府办函〔2025〕7号"]
    assert store.search(Query("", filters=Filters(issuer="办公室"))).total == 2
    assert store.search(Query("", filters=Filters(status="done"))).total == 0


def test_results_follow_corrections_tags_status_and_undo(store):
    key = next(row.key for row in store.documents() if row.doc_number == "清河府发〔2025〕3号")
    store.correct_field(1, key, "title", "清河市人民政府关于做好防汛工作的通知")
    assert numbers(store.search("防汛")) == ["清河府发〔2025〕3号"]
    store.clear_correction(1, key, "title")
    assert store.search("防汛").total == 0
    edit = edit_text(store, 1, key, store.document(1, key), 2, "为做好森林防火工作，现将有关事项通知如下。")
    store.set_correction(edit.source_id, edit.doc_key, edit.field, edit.value)
    assert numbers(store.search("森林防火")) == ["清河府发〔2025〕3号"]
    store.add_tag(1, key, "应急")
    store.set_correction(1, key, "topic", "市场监管、安全生产监管")
    store.set_correction(1, key, "status", "done")
    by = Filters(tag="应急", topic="市场监管、安全生产监管", status="done")
    assert numbers(store.search(Query("", filters=by))) == ["清河府发〔2025〕3号"]
    assert numbers(store.search("安全生产监管")) == ["清河府发〔2025〕3号"]  # the class name is searchable


def test_a_split_off_document_is_found_under_its_own_title_and_reimport_keeps_one_entry_each(store):
    key = next(row.key for row in store.documents() if row.doc_number == "清河府人〔2025〕13号")
    doc = store.document(1, key)
    store.regroup(1, {"op": "split", "key": key, "seq": 2, "text": doc.elements[2].text})
    assert [hit.title for hit in store.search("免去李强").hits] == ["免去李强的清河市"]
    store.save(issue(extra_line="特此通知。"))
    assert store.search("特此通知").total == 1
    assert store.search(Query("")).total == len(store.documents()) == 4


def test_locate_gives_the_element_and_a_box_inside_its_line(store):
    key = next(row.key for row in store.documents() if row.doc_number == "清河府人〔2025〕13号")
    doc = store.document(1, key)
    assert locate(doc, Query("王小明")).element == 0  # the title comes first
    place = locate(doc, Query("任命王小明为"))
    assert place.element == 1 and place.page == 1 and place.text == "任命王小明为"
    x0, _, x1, _ = place.bbox
    assert 60 == x0 < x1 < doc.elements[1].bbox[2]  # the line starts with the hit; its box ends before the line does
    assert locate(doc, Query("欧阳明")).cell == (0, 1, 0)
    assert locate(doc, Query("防汛")) is None


def test_a_version_6_store_gets_its_index_built_from_what_it_holds(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.save(issue())
        key = store.documents()[0].key
        store.correct_field(1, key, "title", "关于防汛的通知")
        store.db.execute("DROP TABLE search_words")
        store.db.execute("DROP TABLE search_docs")
        store.db.execute("ALTER TABLE documents ADD COLUMN search_text TEXT")
        store.db["documents"].enable_fts(["title", "search_text"], create_triggers=True)
        store.db.execute("PRAGMA user_version = 6")
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert numbers(store.search("防汛")) == ["清河府发〔2025〕3号"]
        assert "search_text" not in store.db["documents"].columns_dict
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(path).execute("SELECT * FROM documents_fts")
