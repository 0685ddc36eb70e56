"""Topic suggestions and keywords on composed documents, and the tags command."""
from __future__ import annotations

import json

from workbench.cli import main
from workbench.model import Document, Element
from workbench.tags.scheme import class_names, load_scheme
from workbench.tags.suggest import suggest


def _doc(title: str, body: list[str]) -> Document:
    return Document(order=1, issuer=["清河市人民政府办公室"], doc_number="清府办发〔2025〕7号", title=title,
                    elements=[Element("title", title)] + [Element("body", text) for text in body])


def test_the_scheme_has_the_22_classes_in_order():
    names = class_names(load_scheme())
    assert len(names) == 22 and names[0] == "国务院组织机构" and names[-1] == "其他"
    assert "市场监管、安全生产监管" in names and "人口与计划生育、妇女儿童工作" in names


def test_a_safety_notice_is_suggested_under_market_and_safety_supervision_with_its_evidence():
    doc = _doc("清河市人民政府办公室关于开展安全生产大检查的通知",
               ["各区要全面排查安全生产隐患，严防重特大事故发生。", "重点检查危险化学品、消防和建筑施工领域。",
                "清河市人民政府办公室各部门要落实安全生产责任。"])
    suggestion = suggest(doc)
    top = suggestion.topics[0]
    assert top.name == "市场监管、安全生产监管" and top.subclass == "安全生产"
    assert "安全生产" in top.evidence[:2]
    assert len(suggestion.keywords) >= 3
    assert not any(word in "清河市人民政府办公室" for word in suggestion.keywords)  # the issuer is no keyword


def test_an_appointment_notice_goes_to_labour_and_personnel():
    doc = _doc("清河市人民政府关于任免张三等职务的通知", ["任命张三为清河市水务局局长；", "免去李四的清河市水务局局长职务。"])
    assert suggest(doc).topics[0].name == "劳动、人事、监察"


def test_tags_suggest_prints_keywords_and_ranked_topics(tmp_path, capsys):
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(["清河市人民政府办公室文件", "清府办发〔2025〕7号", "清河市人民政府办公室",
                               "关于加强城市生活垃圾分类和污染治理的通知", "各区人民政府，市政府各部门：",
                               "为改善生态环境质量，推进污染治理和垃圾分类，现就有关事项通知如下。",
                               "一、加强生态环境保护，严格控制大气污染物排放。", "清河市人民政府办公室", "2025年3月1日"]),
                    encoding="utf-8")
    assert main(["tags", "suggest", str(path), "--format", "json"]) == 0
    (document,) = json.loads(capsys.readouterr().out)["documents"]
    assert document["doc_number"] == "清府办发〔2025〕7号"
    assert document["topics"][0] == "城乡建设、环境保护" and len(document["keywords"]) >= 3
    assert set(document["topics"]) <= set(class_names(load_scheme()))


def test_suggestions_follow_the_classes_the_clerk_chose():
    """This office files waste sorting under 综合政务: after two such documents, a third follows."""
    from workbench.tags.learn import TopicModel

    def waste(n: int) -> Document:
        return _doc(f"关于做好第{n}批生活垃圾分类示范片区创建工作的通知",
                    ["各区要推进生活垃圾分类，建设示范片区，完善垃圾分类收运体系。", "加强污染治理和环境卫生管理。"])

    fresh = waste(3)
    before = suggest(fresh).topics
    assert before[0].name == "城乡建设、环境保护" and not before[0].learned
    other = _doc("关于任免张三职务的通知", ["任命张三为清河市水务局局长。"])
    model = TopicModel.fit([(waste(1), "综合政务"), (waste(2), "综合政务"), (other, "劳动、人事、监察")])
    after = suggest(fresh, model=model).topics
    assert after[0].name == "综合政务" and after[0].learned
    assert "垃圾" in after[0].evidence[:5] and "关于" not in after[0].evidence
    assert suggest(other, model=model).topics[0].name == "劳动、人事、监察"


def test_tags_add_remove_list_on_a_store_are_corrections(tmp_path, capsys):
    from workbench.model import ParseResult, Source
    from workbench.store import Store

    db = tmp_path / "s.db"
    with Store(db) as store:
        doc = _doc("关于开展安全生产大检查的通知", ["排查安全生产隐患。"])
        source_id = store.save(ParseResult(sources=[Source(path="/tmp/n.txt", sha256="d" * 64, kind="text", pages=[])],
                                           documents=[doc]))
    assert main(["tags", "add", "--db", str(db), "清府办发[2025]7号", "安全检查"]) == 0
    assert main(["tags", "add", "--db", str(db), "清府办发〔2025〕7号", "市场监管、安全生产监管"]) == 0
    assert main(["tags", "add", "--db", str(db), "清府办发〔2025〕9号", "安全检查"]) == 2  # no such document
    with Store(db) as store:
        (row,) = store.library_rows()
        assert row.tags == ["安全检查"] and row.topic == "市场监管、安全生产监管"
        assert [r.field for r in store.revisions(source_id)] == ["tags", "topic"]  # in the revision log
        assert store.load().documents[0].topic == "市场监管、安全生产监管"
    capsys.readouterr()
    assert main(["tags", "list", "--db", str(db)]) == 0
    listed = capsys.readouterr().out
    assert "市场监管、安全生产监管\t1" in listed and "安全检查\t1" in listed
    assert main(["tags", "remove", "--db", str(db), "清府办发〔2025〕7号", "安全检查"]) == 0
    with Store(db) as store:
        assert store.library_rows()[0].tags == []


def test_tags_of_an_older_store_become_corrections(tmp_path):
    import sqlite_utils

    from workbench.store import Store
    from workbench.store.schema import MIGRATIONS

    db = sqlite_utils.Database(tmp_path / "old.db")
    for migration in MIGRATIONS[:5]:
        migration(db)
    db.execute("PRAGMA user_version = 5")
    db["sources"].insert({"id": 1, "sha256": "e" * 64, "path": "/tmp/old.txt", "kind": "text", "pages": 1})
    db["tags"].insert_all([{"source_id": 1, "doc_key": "k", "tag": "城建", "at": ""},
                           {"source_id": 1, "doc_key": "k", "tag": "绿化", "at": ""}])
    db.conn.commit()
    db.close()
    with Store(tmp_path / "old.db") as store:
        assert store.tags() == {(1, "k"): ["城建", "绿化"]}
        assert "tags" not in store.db.table_names()


def test_keywords_are_weighed_by_the_store_once_it_holds_enough_documents(tmp_path):
    from workbench.model import Page, ParseResult, Source
    from workbench.store import Store
    from workbench.tags.suggest import keywords

    works = ["道路养护", "河道治理", "公园管理", "路灯维修", "停车管理", "垃圾清运"]
    with Store(tmp_path / "s.db") as store:
        for i in range(60):  # 城市绿化 is this office's everyday word
            work = works[i % len(works)]
            doc = _doc(f"关于做好{work}工作的通知", [f"为做好城市绿化和{work}工作，各区要加强城市绿化管理。",
                                                f"{work}第{i}项任务要按期完成，城市绿化经费足额保障。"])
            store.save(ParseResult(sources=[Source(path=f"/tmp/{i}.txt", sha256=f"{i:064d}", kind="text",
                                                   pages=[Page(1)])], documents=[doc]))
        target = _doc("关于做好古树名木保护工作的通知", ["各区要结合城市绿化，加强古树名木保护，城市绿化部门要建立古树名木档案。",
                                               "城市绿化养护单位要落实城市绿化巡查，城市绿化经费优先保障古树名木。"])
        general = keywords(target.title, target.text(), target.issuer)
        local = keywords(target.title, target.text(), target.issuer, idf=store.idf(minimum=50))
        assert store.idf() is None  # too few documents: jieba's general corpus is the better guess
    assert general[0] == "城市绿化"
    assert local.index("城市绿化") > local.index("保护")
