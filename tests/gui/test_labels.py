"""Every proofreading category, source kind and status the core knows has a Chinese name in the window."""
import re

from ui.labels import category_names, finding_status_names, kind_name, severity_names, status_names
from workbench.model import ProofStatus, SourceKind
from workbench.proof.finding import CATEGORIES, FindingStatus, Severity

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_every_category_kind_and_status_has_a_chinese_label(window):
    names = category_names()
    assert all(CHINESE.search(names[category]) for category in CATEGORIES)
    assert all(kind_name(kind.value) != kind.value for kind in SourceKind)  # 文本, 图像, 网页, PDF, OFD …
    assert all(CHINESE.search(status_names()[status.value]) for status in ProofStatus)
    assert all(CHINESE.search(finding_status_names()[status.value]) for status in FindingStatus)
    assert all(CHINESE.search(severity_names()[severity.value]) for severity in Severity)
