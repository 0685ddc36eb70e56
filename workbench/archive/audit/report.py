"""The 四性检测报告 as a person reads it (XLSX, HTML) and as a program reads it (JSON).

In: an ``AuditReport`` and a path; ``write(report, path, fmt)`` with fmt json, xlsx or html. The XLSX has a 汇总
sheet (every check: 性质, DA/T 70-2018 检测项目, 检测内容, 通过/不通过/未检测 counts) and a 明细 sheet (every
result, per 件, failures first); the HTML the same summary and the results that failed or were not done. Written beside the
target and renamed into place.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path

from workbench.archive.audit.checks import AuditReport
from workbench.export.safe import clean, neutralise, replaced

FORMATS = ("json", "xlsx", "html")
_VERDICT = {True: "通过", False: "不通过", None: "未检测"}


def write(report: AuditReport, path: Path, fmt: str) -> None:
    with replaced(path) as temp:
        {"json": _json, "xlsx": _xlsx, "html": _html}[fmt](report, Path(temp))


def _json(report: AuditReport, path: Path) -> None:
    path.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")


def _xlsx(report: AuditReport, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["四性检测报告（DA/T 70-2018）", clean(report.package), "结论：" + ("通过" if report.passed else "不通过")])
    summary.append(["性质", "检测项目", "检测内容", "通过", "不通过", "未检测"])
    for row in report.summary():
        summary.append([row["property"], row["item"], row["what"], row["passed"], row["failed"], row["not_done"]])
    details = book.create_sheet("明细")
    details.append(["性质", "检测项目", "件（档号）", "结果", "说明"])
    for result in sorted(report.results, key=lambda r: {False: 0, None: 1, True: 2}[r.passed]):  # failures first
        details.append([result.property, result.item, result.piece or "（整个归档包）", _VERDICT[result.passed],
                        clean(result.detail)])
    for sheet, widths in ((summary, (8, 26, 60, 8, 8, 8)), (details, (8, 26, 26, 8, 80))):
        for cell in sheet[2 if sheet is summary else 1]:
            cell.font = Font(bold=True)
        for column, width in zip("ABCDEF", widths):
            sheet.column_dimensions[column].width = width
    neutralise(book)
    book.save(path)


def _html(report: AuditReport, path: Path) -> None:
    rows = "".join(
        f"<tr class='{'bad' if row['failed'] else 'ok'}'><td>{escape(row['property'])}</td><td>{escape(row['item'])}"
        f"</td><td>{escape(row['what'])}</td><td>{row['passed']}</td><td>{row['failed']}</td><td>{row['not_done']}</td></tr>"
        for row in report.summary())
    notes = "".join(
        f"<tr class='{'bad' if result.passed is False else 'todo'}'><td>{escape(result.item)}</td>"
        f"<td>{escape(result.piece or '（整个归档包）')}</td><td>{_VERDICT[result.passed]}</td>"
        f"<td>{escape(result.detail)}</td></tr>"
        for result in report.results if result.passed is not True)
    verdict = "通过" if report.passed else "不通过"
    path.write_text(f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>四性检测报告</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse;margin-bottom:2em}}
td,th{{border:1px solid #999;padding:4px 8px;vertical-align:top}}.bad td{{background:#fde2e2}}
.todo td{{background:#fff6d5}}</style></head><body>
<h1>四性检测报告</h1><p>依据：DA/T 70-2018《文书类电子档案检测一般要求》。归档包：{escape(clean(report.package))}。
结论：<b>{verdict}</b>（{sum(r.passed is False for r in report.results)} 项不通过，
{sum(r.passed is None for r in report.results)} 项未检测）。</p>
<h2>汇总</h2><table><tr><th>性质</th><th>检测项目</th><th>检测内容</th><th>通过</th><th>不通过</th><th>未检测</th></tr>{rows}</table>
<h2>不通过与未检测的结果</h2><table><tr><th>检测项目</th><th>件（档号）</th><th>结果</th><th>说明</th></tr>{notes}</table>
</body></html>
""", encoding="utf-8")
