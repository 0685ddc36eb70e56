"""Hostile inputs: each ends quickly and in bounded memory, with one clear line (no traceback), and the store
is left as it was — or, for what is readable, is read."""
import pytest

from tests.bad_inputs import OPTIONS, make, run_import
from workbench.store import Store

REFUSED = {  # case: what the line must say
    "huge page (14,400 pt)": "14400×14400 pt",
    "image 30,000 × 30,000 px": "30000×30000",
    "docx bomb (xml)": "解压后",
    "docx bomb (whitespace)": "解压后",
    "large text": "上限 4 MB",
    "folder with nothing to import": "未找到可导入的文件",
    "too many pages": "300 页，上限 100 页",
    "docx heavier to read than the memory budget": "所需内存超过上限 150 MB",
}
TIGHTENED = {**OPTIONS, "too many pages": ["--limit", "pages=100"]}
READ = {"300 blank pages": "未识别到公文", "owner password only (readable)": "新增 1",
        "name with spaces, Chinese and quotes": "新增 1", "folder with a symlink loop": "新增 1"}


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    made = make(tmp_path_factory.mktemp("bad"), blank_pages=300)
    made["too many pages"] = made["300 blank pages"]  # with a tightened limit
    return made


def _sources(db) -> int:
    with Store(db) as store:
        return len(store.source_rows())


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_hostile_input_is_refused_with_one_line_and_changes_nothing(case, cases, tmp_path):
    db = tmp_path / "s.db"
    Store(db).close()
    outcome = run_import(cases[case], db, *TIGHTENED.get(case, []))
    assert outcome.code == 2, outcome.stderr
    assert REFUSED[case] in outcome.stderr and "Traceback" not in outcome.stderr + outcome.stdout
    assert outcome.seconds < 60 and outcome.peak_mb < 1024
    assert _sources(db) == 0


@pytest.mark.parametrize("case", sorted(READ))
def test_what_is_readable_is_read_and_said(case, cases, tmp_path):
    db = tmp_path / "s.db"
    outcome = run_import(cases[case], db)
    assert outcome.code == 0 and READ[case] in outcome.stderr and "Traceback" not in outcome.stderr, outcome.stderr
    assert outcome.seconds < 60 and outcome.peak_mb < 1024
    assert _sources(db) == 1
