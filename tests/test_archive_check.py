"""Before a year is archived: what its package would leave out, misfile or hold twice, each named."""
import json

from tests.test_parse_structure import parse_lines
from workbench.archive.preflight import check
from workbench.cli import main
from workbench.store import Store


def _doc(number, title, date):
    return [f"清河市人民政府关于{title}的通知", number, "各区人民政府：", "现就有关事项通知如下。", "清河市人民政府", date]


def _store(tmp_path):
    store = Store(tmp_path / "s.db")
    issue = ["清河市人民政府公报", "2022年第3期", "2·清河市人民政府关于加强河道管理的通知",
             "4·清河市人民政府关于做好春耕生产的通知", "6·清河市人民政府办公室关于开展安全检查的通知"]
    store.save(parse_lines(*issue, *_doc("清府发〔2022〕5号", "加强河道管理", "2022年3月1日"),
                           *_doc("清府发〔2022〕6号", "做好春耕生产", "2021年3月2日"),
                           "清河市人民政府关于做好防汛工作的通知", "清府发〔2022〕7号", "各区人民政府：", "通知如下。"))
    other = parse_lines(*_doc("清府发〔2022〕5号", "加强河道管理", "2022年3月1日"),
                        *_doc("清府发〔2022〕7号", "开展植树活动", "2022年4月1日"))
    other.sources[0].sha256 = "f" * 64
    store.save(other)
    return store


def test_each_kind_of_problem_is_named_with_its_document(tmp_path):
    with _store(tmp_path) as store:
        found = {(problem.kind, problem.doc_number or problem.title) for problem in check(store, 2022)}
    assert ("undated", "清府发〔2022〕7号") in found
    assert ("year", "清府发〔2022〕6号") in found  # signed 2021 with a 2022 文号: filed under 2021
    assert ("same_document", "清府发〔2022〕5号") in found
    assert ("duplicate_number", "清府发〔2022〕7号") in found
    assert ("contents", "清河市人民政府办公室关于开展安全检查的通知") in found


def test_archive_check_command_exits_1_and_prints_json(tmp_path, capsys):
    _store(tmp_path).close()
    assert main(["archive", "check", "--year", "2022", "--db", str(tmp_path / "s.db"), "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert {"undated", "year", "same_document", "duplicate_number", "contents"} <= {p["kind"] for p in problems}
    assert all(p["label"] for p in problems)
    assert main(["archive", "check", "--year", "1999", "--db", str(tmp_path / "s.db")]) == 0
