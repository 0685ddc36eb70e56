"""An archive package as the audit reads it: its tag files, its catalogue and its 件, each read once.

In: the package folder. ``PackageView`` holds bag-info's fields, the 归档文件目录 rows (CSV) and the cover
sheet's 件数 (XLSX), and for each 件 folder under ``data/`` a ``Piece``: its files, its metadata XML (parsed;
None when it is not well-formed), its JSON record, and its PDF's facts (``pdf_probe``, on first use).
Nothing is written; a file that cannot be read is what a check reports.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lxml import etree

from workbench.archive.audit.pdf_probe import PdfFacts, probe
from workbench.archive.bag import ORIGINALS, SNAPSHOT
from workbench.archive.transfer import FOLDER as TRANSFER
from workbench.archive.transfer import LIST as TRANSFER_LIST
from workbench.archive.transfer import README as TRANSFER_README

CATALOGUE = "归档文件目录"
BUILD_LOG = "构建记录.json"
AUDIT_REPORT = "四性检测报告"
ARCHIVE_NUMBER = re.compile(r"^[0-9A-Za-z]+-WS·\d{4}-(Y|D30|D10)(-[0-9A-Za-z]+)?-(\d{4,})$")


@dataclass
class Piece:
    """One 件: its folder under ``data/`` and what it holds."""

    folder: Path

    @property
    def number(self) -> str:
        return self.folder.name

    def file(self, suffix: str) -> Path:
        return self.folder / f"{self.number}{suffix}"

    @cached_property
    def metadata(self) -> etree._ElementTree | None:
        try:
            return etree.parse(str(self.file(".xml")), etree.XMLParser(resolve_entities=False, no_network=True))
        except (OSError, etree.XMLSyntaxError):
            return None

    def field(self, path: str) -> str:
        """The text of a metadata element (``内容描述/题名``), "" when missing."""
        found = self.metadata.find(path) if self.metadata is not None else None
        return (found.text or "").strip() if found is not None else ""

    @cached_property
    def record(self) -> dict | None:
        try:
            return json.loads(self.file(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    @cached_property
    def pdf(self) -> PdfFacts:
        return probe(self.file(".pdf")) if self.file(".pdf").is_file() else PdfFacts(error="没有 PDF 文件")


@dataclass
class PackageView:
    root: Path
    pieces: list[Piece] = field(init=False)

    def __post_init__(self) -> None:
        data = self.root / "data"
        folders = sorted(p for p in data.iterdir() if p.is_dir() and p.name not in (ORIGINALS, TRANSFER)) \
            if data.is_dir() else []
        transferred = sorted(p for year in (data / TRANSFER).iterdir() if year.is_dir() for p in year.iterdir()
                             if p.is_dir()) if (data / TRANSFER).is_dir() else []
        self.pieces = [Piece(folder) for folder in folders + transferred]

    def judge_pdfs(self, judge):
        """Each 件's result from ``judge(its PdfFacts) → (passed, detail)``; a PDF that cannot be read is not judged
        here (None: the readability check reports it)."""
        for piece in self.pieces:
            if piece.pdf.readable:
                yield (piece.number, *judge(piece.pdf))
            else:
                yield piece.number, None, "PDF 不可读（见内容数据可读性检测）"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @cached_property
    def bag_info(self) -> dict[str, str]:
        info: dict[str, str] = {}
        try:
            for line in (self.root / "bag-info.txt").read_text(encoding="utf-8").splitlines():
                name, _, value = line.partition(":")
                if value:
                    info[name.strip()] = value.strip()
        except (OSError, UnicodeError):
            pass
        return info

    @cached_property
    def catalogue(self) -> list[dict[str, str]]:
        try:
            with open(self.data / f"{CATALOGUE}.csv", encoding="utf-8-sig", newline="") as handle:
                return [{key: (value or "").lstrip("'") for key, value in row.items()} for row in csv.DictReader(handle)]
        except (OSError, UnicodeError, csv.Error):
            return []

    @cached_property
    def cover_count(self) -> str:
        """件数 on the 归档文件目录's cover sheet, "" when it cannot be read."""
        try:
            from openpyxl import load_workbook

            book = load_workbook(self.data / f"{CATALOGUE}.xlsx", read_only=True)
            rows = {row[0]: row[1] for row in book["封面"].iter_rows(values_only=True) if row and row[0]}
            book.close()
            return str(rows.get("件数", ""))
        except Exception:
            return ""

    def known_files(self) -> set[str]:
        """Names a package holds at ``data/`` besides its 件 folders and its originals."""
        year = self.bag_info.get("Archive-Year", "")
        return {f"{CATALOGUE}.csv", f"{CATALOGUE}.xlsx", f"{year}年度总目录.docx", f"{year}年度总目录.xlsx",
                SNAPSHOT, BUILD_LOG, TRANSFER_LIST, TRANSFER_README}

    @cached_property
    def transfer_list(self) -> list[str] | None:
        """The 档号 of 文件目录.xml's entries (the transfer layout), None when the package has none."""
        path = self.data / TRANSFER_LIST
        if not path.is_file():
            return None
        try:
            return [(entry.findtext("档号") or "") for entry in etree.parse(str(path)).getroot().iter("文件")]
        except etree.XMLSyntaxError:
            return []
