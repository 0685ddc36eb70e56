"""The checks of the 四性检测, each with the DA/T 70-2018 检测项目 it answers.

A ``Check`` looks at a ``PackageView`` and gives ``(件, passed, detail)`` triples — 件 is the 档号, or "" for the
package as a whole; passed is None for a check that could not run here. ``CHECKS`` lists them in the order of
the standard: 真实性, 完整性, 可用性, 安全性. Each check's function is in ``authenticity``, ``integrity``,
``usability`` or ``security``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from workbench.archive.audit import authenticity, integrity, security, usability
from workbench.archive.audit.view import PackageView

Found = Iterable[tuple[str, bool | None, str]]


@dataclass(frozen=True)
class Result:
    check: str
    property: str  # 真实性, 完整性, 可用性, 安全性
    item: str  # the DA/T 70-2018 检测项目
    piece: str  # the 件's 档号, "" for the package
    passed: bool | None  # None: not done here
    detail: str = ""


@dataclass(frozen=True)
class Check:
    id: str
    property: str
    item: str
    what: str  # what is looked at, as the report says it
    find: Callable[[PackageView], Found]

    def run(self, view: PackageView) -> list[Result]:
        return [Result(self.id, self.property, self.item, piece, passed, detail)
                for piece, passed, detail in self.find(view)]


@dataclass
class AuditReport:
    package: str
    results: list[Result]

    @property
    def passed(self) -> bool:
        return not any(result.passed is False for result in self.results)

    def failures(self) -> list[Result]:
        return [result for result in self.results if result.passed is False]

    def summary(self) -> list[dict]:
        """Per check: its property, item and what it looks at, and how many results passed, failed, not done."""
        rows = []
        for check in CHECKS:
            mine = [result for result in self.results if result.check == check.id]
            rows.append({"check": check.id, "property": check.property, "item": check.item, "what": check.what,
                         "passed": sum(r.passed is True for r in mine), "failed": sum(r.passed is False for r in mine),
                         "not_done": sum(r.passed is None for r in mine)})
        return rows

    def to_json(self) -> dict:
        return {"standard": "DA/T 70-2018", "package": self.package, "passed": self.passed,
                "summary": self.summary(), "results": [asdict(result) for result in self.results]}


AUTHENTIC, WHOLE, USABLE, SAFE = "真实性", "完整性", "可用性", "安全性"
CHECKS: tuple[Check, ...] = (
    Check("digests", AUTHENTIC, "固化信息有效性检测", "每个文件的 SHA-256 与清单一致，包结构完好（BagIt）",
          authenticity.digests),
    Check("archive_number", AUTHENTIC, "档号规范性检测", "档号合乎 全宗号-WS·年度-保管期限-(机构)-件号，与文件夹、元数据一致",
          authenticity.archive_numbers),
    Check("unique", AUTHENTIC, "元数据项数据重复性检测", "档号在归档文件目录中不重复", authenticity.unique_numbers),
    Check("content", AUTHENTIC, "电子属性一致性检测", "元数据的题名、文号、页数、文件名与 PDF 及其记录一致",
          authenticity.metadata_against_content),
    Check("catalogue", AUTHENTIC, "元数据与内容关联一致性检测", "归档文件目录每行有其文件夹，题名、文号、页数与元数据一致",
          authenticity.catalogue_links),
    Check("counts", WHOLE, "总件数相符性检测", "目录行数、件文件夹数、bag-info 与封面所记件数相同", integrity.counts),
    Check("required", WHOLE, "元数据必填著录项目检测", "DA/T 46 必填项（聚合层次、全宗名称、档号、题名、责任者、日期、页数、计算机文件名）",
          integrity.required_metadata),
    Check("files", WHOLE, "内容数据完整性检测", "每件有 PDF、JSON 记录与元数据 XML", integrity.piece_files),
    Check("sequence", WHOLE, "连续性元数据项检测", "每个保管期限内件号从 1 起连续", integrity.sequence),
    Check("stray", WHOLE, "归档信息包多余文件检测", "data/ 中没有归档包以外的文件", integrity.stray_files),
    Check("xml", USABLE, "元数据可读性检测", "元数据 XML 格式良好，符合工作台随附的 XSD", usability.metadata_valid),
    Check("pdf", USABLE, "内容数据可读性检测", "PDF 可打开、未加密、每页可渲染", usability.pdf_readable),
    Check("fonts", USABLE, "内容数据长期保存格式检测", "PDF 的字体全部嵌入", usability.fonts_embedded),
    Check("environment", USABLE, "软硬件环境合规性检测", "记录了制作软件及其版本", usability.environment),
    Check("active", SAFE, "内容数据安全性检测", "PDF 不含 JavaScript、启动动作、嵌入文件与外部链接", security.active_content),
    Check("suffix", SAFE, "文件格式一致性检测", "文件内容与其后缀相符", security.suffixes),
    Check("virus", SAFE, "病毒感染检测", "clamscan 扫描（本机装有时）", security.virus_scan),
    Check("build_log", SAFE, "过程安全性检测", "归档包附构建记录：库、软件、操作人、时间与归档前检查", security.build_log),
)
