"""Exports and the annual archive as operations (progress and cancel where the work is long).

``export_json(path)`` → documents written; ``export_documents(chosen, fmt, path, issue_of)`` → documents
(or tables) written, ``issue_of`` the source whose issue heads the file (None: no contents);
``build_archive(settings, folder)`` → a ``PackageReport``.
"""
from __future__ import annotations

from pathlib import Path

from workbench.archive.catalogue import ArchiveSettings
from workbench.archive.package import build_package
from workbench.export.documents import issue_title, write_documents
from workbench.export.json import write_store_json


def export_json(path: str):
    return lambda store, ctx: write_store_json(store, path, progress=ctx.progress, cancelled=ctx.cancelled)


def export_documents(chosen: list[tuple[int, str]], fmt: str, path: str, issue_of: int | None):
    def work(store, ctx):
        title = issue_title(store, issue_of) if issue_of is not None else None
        return write_documents(store, chosen, fmt, path, title)
    return work


def preflight(year: int):
    """What the year's package would leave out, misfile or hold twice (``archive.preflight``)."""
    from workbench.archive.preflight import check

    return lambda store, ctx: check(store, year)


def audit_package(package: Path, report: Path):
    """The 四性检测 of a package (read only), its report written to ``report`` (HTML, XLSX or JSON by suffix)."""
    def work(store, ctx):
        from workbench.archive.audit import audit
        from workbench.archive.audit.report import write

        found = audit(package)
        write(found, report, report.suffix.lower().lstrip(".") if report.suffix.lower() in (".xlsx", ".json") else "html")
        return found
    return work


def build_archive(settings: ArchiveSettings, folder: Path):
    return lambda store, ctx: build_package(store, settings, folder, progress=ctx.progress, cancelled=ctx.cancelled)
