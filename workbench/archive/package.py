"""Build the annual archive package: a BagIt bag (RFC 8493) of a year's documents, ready to hand over.

In: a store, ``ArchiveSettings`` and the folder to create. ``build_package`` writes, under ``data/``:
归档文件目录.xlsx (with its cover sheet) and .csv; per document a folder named by its 档号 holding its
pages as PDF (with XMP metadata; an OFD source's original file beside it), its JSON and its DA/T 46
metadata XML; the 年度总目录 (DOCX, XLSX); the files the year's
documents were read from (``原件/<SHA-256>/<name>``, when still where they were imported from and
unchanged); a snapshot of the store — of the year's sources only, their paths those files (the
default), or of the whole store with ``settings.whole_store`` (other years, findings, the revision
log and the paths on this machine). ``bag-info.txt`` names the fonds, year, retention and the software;
the manifests are SHA-256. The bag is built beside ``out`` and renamed into place at the end, so a
cancelled or failed build leaves nothing behind. Documents are read one source at a time (memory
stays flat as the year grows); the PDFs are written by ``pdf_workers`` (two processes for a year of forty
documents or more). Out: a ``PackageReport``.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import bagit

from workbench import __version__
from workbench.archive import annual_index, catalogue
from workbench.archive.audit import AuditReport, audit
from workbench.archive.audit.report import write as write_report
from workbench.archive.audit.view import AUDIT_REPORT, BUILD_LOG
from workbench.archive.bag import MARKER, ORIGINALS, SNAPSHOT
from workbench.archive.build_log import build_log, now
from workbench.archive.catalogue import ArchiveSettings, Planned
from workbench.archive.metadata import metadata_xml, pdf_xmp
from workbench.archive.pages import foreign_boxes
from workbench.archive.pdf_workers import POOL_FROM, PdfWriters
from workbench.archive.preflight import check
from workbench.archive.transfer import LAYOUTS, piece_folder, write_transfer_files
from workbench.errors import Cancelled, UsageError
from workbench.export.leftovers import remove_stale
from workbench.ingest.sniff import sha256_of
from workbench.model import document_to_json
from workbench.store import Store
from workbench.store.snapshot import snapshot_sources, snapshot_whole
from workbench.vocabulary import SourceKind


@dataclass
class PackageReport:
    path: Path
    documents: int
    pages: int
    audit: AuditReport | None = None  # the 四性检测 run on the package just built


def build_package(store: Store, settings: ArchiveSettings, out: Path,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> PackageReport:
    out = Path(out)
    if settings.layout not in LAYOUTS:
        raise UsageError(detail=f"归档包的结构应为 bag 或 transfer，而不是“{settings.layout}”")
    if settings.retention not in catalogue.RETENTION_CODES:
        raise UsageError(detail=f"保管期限应为 永久、D30 或 D10，而不是“{settings.retention}”")
    if out.exists() and any(out.iterdir()):
        raise UsageError(str(out), "目标文件夹已存在且不是空的")
    planned = catalogue.plan(store, settings)
    if not planned:
        raise UsageError(detail=f"库中没有成文日期在 {settings.year} 年的公文")
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(out.parent, f".{out.name}-*")  # a build killed before it could clean up
    started, preflight = now(), check(store, settings.year)
    work = out.parent / f".{out.name}-{secrets.token_hex(8)}"
    work.mkdir()  # the mode any new folder of the user gets (mkdtemp's is 0700, and bagit gives data/ the same)
    try:
        if workers is None:  # a core each for a year of many documents; one process for a few
            workers = min(2, os.cpu_count() or 1) if len(planned) >= POOL_FROM else 1
        report = _fill(store, settings, planned, work, progress, cancelled, workers)
        (work / BUILD_LOG).write_text(build_log(store, settings, started, preflight), encoding="utf-8")
        fonds_name = _fonds_name(store, settings, planned)
        bagit.make_bag(str(work), {
            "Source-Organization": fonds_name, "External-Identifier": f"{settings.fonds}-WS·{settings.year}",
            "External-Description": f"{fonds_name} {settings.year} 年度文书档案（{len(planned)} 件）",
            "Fonds-Code": settings.fonds, "Fonds-Name": fonds_name, "Archive-Year": str(settings.year),
            "Retention-Period": settings.retention, MARKER: f"Bulletin Workbench {__version__}",
        }, checksums=["sha256"])
        report.audit = _audited(work, out)
        if out.exists():
            out.rmdir()
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    report.path = out
    return report


def _audited(bag: Path, out: Path) -> AuditReport:
    """The 四性检测 of the bag just made (to be renamed ``out``), its report (JSON, HTML) added as tag files the
    tag manifest lists."""
    report = audit(bag)
    report.package = str(out)
    lines = []
    for fmt in ("json", "html"):
        path = bag / f"{AUDIT_REPORT}.{fmt}"
        write_report(report, path, fmt)
        lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n")
    with open(bag / "tagmanifest-sha256.txt", "a", encoding="utf-8") as manifest:
        manifest.writelines(lines)
    return report


def _fonds_name(store: Store, settings: ArchiveSettings, planned: list[Planned]) -> str:
    """全宗名称: as given, else the most frequent issuer of the year's documents."""
    if settings.fonds_name:
        return settings.fonds_name
    issuers = [row.row.issuer[0] for row in planned if row.row.issuer]
    return max(set(issuers), key=issuers.count) if issuers else ""


def _fill(store: Store, settings: ArchiveSettings, planned: list[Planned], work: Path,
          progress, cancelled, workers: int) -> PackageReport:
    fonds_name = _fonds_name(store, settings, planned)
    rows: dict[str, dict[str, str]] = {}
    by_source: dict[int, list[Planned]] = {}
    for item in planned:
        by_source.setdefault(item.source.id, []).append(item)
    pages_total = 0
    originals = _originals(store, list(by_source), work / ORIGINALS)
    recorded = {source_id: f"{ORIGINALS}/{originals[source_id].parent.name}/{originals[source_id].name}"
                if source_id in originals
                else Path(items[0].source.path).name for source_id, items in by_source.items()}
    writers = PdfWriters(workers)
    waiting: dict[str, tuple] = {}  # 档号 → what its metadata and catalogue row need once its pages are counted

    def finish(done: list) -> None:
        nonlocal pages_total
        for number, pages in done:
            item, doc, sha256, note = waiting.pop(number)
            pages_total += pages
            folder, pdf_name = piece_folder(work, settings, number), f"{number}.pdf"
            (folder / f"{number}.xml").write_bytes(metadata_xml(
                item, doc, settings, fonds_name, sha256, Path(item.source.path).name, pdf_name, pages))
            rows[number] = catalogue.catalogue_row(item, pages, note)
            if progress:
                progress(len(rows), len(planned), number)

    try:
        for source_id, items in by_source.items():
            keyed = dict(store.keyed_documents(source_id))
            issue = store.issue(source_id)
            sha256 = store.sha256_of(source_id)
            note = f"{issue.year}年第{issue.number}期" if issue and issue.number else Path(items[0].source.path).name
            for item in items:
                if cancelled and cancelled():
                    raise Cancelled()
                doc = keyed[item.row.key]
                folder = piece_folder(work, settings, item.archive_number)
                folder.mkdir(parents=True)
                others = [other for key, other in keyed.items() if key != item.row.key]
                first, last = doc.page_start or 0, doc.page_end or doc.page_start or 0
                foreign = foreign_boxes(others, first, last) if item.source.kind in (SourceKind.PDF, SourceKind.OFD) \
                    else {}
                if item.source.kind == SourceKind.OFD and source_id in originals:  # the format it was made in
                    shutil.copyfile(originals[source_id], folder / f"{item.archive_number}.ofd")
                record = {"archive_number": item.archive_number, "key": item.row.key,
                          "source": {"path": recorded[source_id], "kind": item.source.kind, "sha256": sha256},
                          "issue": asdict(issue) if issue else None, "document": document_to_json(doc)}
                (folder / f"{item.archive_number}.json").write_text(
                    json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
                waiting[item.archive_number] = (item, doc, sha256, note)
                finish(writers.submit(item.archive_number, item.source.kind, doc,
                                      folder / f"{item.archive_number}.pdf", originals.get(source_id), foreign,
                                      pdf_xmp(item, doc)))
            del keyed
        finish(writers.drain())
    finally:
        writers.close()
    ordered = [rows[item.archive_number] for item in planned]
    catalogue.write_csv(ordered, work / "归档文件目录.csv")
    catalogue.write_xlsx(ordered, settings, fonds_name, work / "归档文件目录.xlsx")
    if settings.layout == "transfer":
        write_transfer_files(work, settings, ordered, fonds_name)
    entries = annual_index.annual_index(store, settings.year)
    annual_index.write_docx(entries, settings.year, work / f"{settings.year}年度总目录.docx")
    annual_index.write_xlsx(entries, settings.year, work / f"{settings.year}年度总目录.xlsx")
    if settings.whole_store:
        snapshot_whole(store, work / SNAPSHOT)
    else:
        snapshot_sources(store, work / SNAPSHOT, recorded)
    return PackageReport(work, len(planned), pages_total)


def _originals(store: Store, source_ids: list[int], folder: Path) -> dict[int, Path]:
    """Copy each source's file into ``folder`` as ``<SHA-256>/<its name>`` when it is still where it was
    imported from and unchanged; {source id: the copy}."""
    copies: dict[int, Path] = {}
    for row in store.source_rows(source_ids):
        sha256 = store.sha256_of(row.id)
        original = Path(row.path)
        try:
            if not original.is_file() or sha256_of(original) != sha256:
                continue
            (folder / sha256).mkdir(parents=True, exist_ok=True)
            copies[row.id] = Path(shutil.copyfile(original, folder / sha256 / original.name))
        except OSError:
            continue  # unreadable now: the document's pages are typeset from what the store holds
    return copies
