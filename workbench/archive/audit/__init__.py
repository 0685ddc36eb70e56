"""The 四性检测 of an archive package (DA/T 70-2018): authenticity, integrity, usability, security.

In: a package folder the workbench built. ``audit(path)`` reads it once (``view.PackageView``: bag-info, the
归档文件目录, each 件's PDF, JSON and metadata XML, one pass over each PDF in ``pdf_probe``) and runs every
check (``checks``): each has the DA/T 70-2018 检测项目 it answers and gives a result per 件 (or for the
package). Out: an ``AuditReport`` — ``passed`` when no check failed (a check that could not run, such as the
virus scan on a machine without ``clamscan``, is reported as not done and fails nothing); ``report`` writes
it as JSON, XLSX or HTML.
"""
from __future__ import annotations

from pathlib import Path

from workbench.archive.audit.checks import CHECKS, AuditReport, Result
from workbench.archive.audit.view import PackageView

__all__ = ["AuditReport", "Result", "audit"]


def audit(path: Path) -> AuditReport:
    view = PackageView(Path(path))
    return AuditReport(str(path), [result for check in CHECKS for result in check.run(view)])
