"""The 归档文件目录 of a year (DA/T 22-2015): which documents, in which order, under which 档号.

In: a store and ``ArchiveSettings`` (year, 全宗号, 全宗名称, 保管期限, 机构代码). ``plan(store,
settings)`` → the year's documents (a document's year is that of its 成文日期) in 成文日期 order, each
with its 件号 and 档号 (全宗号-WS·年度-保管期限-机构代码-件号). ``catalogue_row`` makes a planned
document's row once its page count is known; ``write_csv`` / ``write_xlsx`` write the rows (the
XLSX with a cover sheet: 全宗名称, 年度, 保管期限).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from pathlib import Path

from workbench.export.safe import clean, csv_cell, neutralise
from workbench.store import DocumentRow, SourceRow, Store

COLUMNS = ("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注")
RETENTION_CODES = {"永久": "Y", "D30": "D30", "D10": "D10"}


@dataclass(frozen=True)
class ArchiveSettings:
    year: int
    fonds: str = "0001"  # 全宗号
    fonds_name: str = ""  # 全宗名称 (empty: the publication's name)
    retention: str = "永久"  # 保管期限: 永久, D30 or D10
    org: str = ""  # 机构（问题）代码, left out of the 档号 when empty
    whole_store: bool = False  # the snapshot holds the whole store (other years, findings, revisions, paths)
    layout: str = "bag"  # "transfer": 件 under 电子档案/<年度>/, with 文件目录.xml and 说明文件.txt

    def archive_number(self, item: int) -> str:
        """档号 of the ``item``-th document (件号, from 1)."""
        parts = [self.fonds, f"WS·{self.year}", RETENTION_CODES[self.retention], self.org, f"{item:04d}"]
        return "-".join(part for part in parts if part)


@dataclass
class Planned:
    item: int  # 件号, within its 保管期限
    archive_number: str  # 档号
    row: DocumentRow
    source: SourceRow
    retention: str = "永久"  # its 保管期限
    secrecy: str = ""  # its 密级, as a person set it


def document_year(row: DocumentRow) -> int | None:
    date = row.sign_date or ""
    return int(date[:4]) if date[:4].isdigit() else None


def plan(store: Store, settings: ArchiveSettings) -> list[Planned]:
    """The year's documents as corrected, in 成文日期 order (then issue, then place in it), numbered within each
    保管期限 (a document's own, a person set, else the package's): 永久 first, then D30, then D10."""
    sources = {source.id: source for source in store.source_rows()}
    retention, secrecy = store.marks("retention"), store.marks("secrecy")
    rows = [row for row in store.library_rows() if document_year(row) == settings.year]
    rows.sort(key=lambda row: (row.sign_date or "", row.source_id, row.ord))
    planned = []
    for period in RETENTION_CODES:
        mine = [row for row in rows if (retention.get((row.source_id, row.key)) or settings.retention) == period]
        own = replace(settings, retention=period)
        planned += [Planned(item, own.archive_number(item), row, sources[row.source_id], period,
                            secrecy.get((row.source_id, row.key)) or "")
                    for item, row in enumerate(mine, start=1)]
    return planned


def printed_title(title: str | None, issuers: list[str]) -> str:
    """题名: the title as printed, without the issuer when the printed title starts with it."""
    title = (title or "").strip()
    for issuer in sorted(issuers, key=len, reverse=True):
        if issuer and title.startswith(issuer) and len(title) > len(issuer):
            return title[len(issuer):]
    return title


def catalogue_row(planned: Planned, pages: int, note: str = "") -> dict[str, str]:
    row = planned.row
    return {"序号": str(planned.item), "档号": planned.archive_number, "文号": row.doc_number or "",
            "责任者": "、".join(row.issuer), "题名": printed_title(row.title, row.issuer),
            "日期": (row.sign_date or "").replace("-", "")[:8], "密级": planned.secrecy, "页数": str(pages), "备注": note}


def write_csv(rows: list[dict[str, str]], path: Path) -> None:
    """UTF-8 with a BOM, so Excel opens the Chinese as it is."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({name: csv_cell(value) for name, value in row.items()} for row in rows)


def write_xlsx(rows: list[dict[str, str]], settings: ArchiveSettings, fonds_name: str, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    cover = book.active
    cover.title = "封面"
    cover["A1"] = "归档文件目录"
    cover["A1"].font = Font(size=20, bold=True)
    for at, (label, value) in enumerate((("全宗名称", fonds_name), ("全宗号", settings.fonds),
                                         ("年度", str(settings.year)), ("保管期限", settings.retention),
                                         ("件数", str(len(rows)))), start=3):
        cover.cell(at, 1, label).font = Font(bold=True)
        cover.cell(at, 2, clean(value))
    cover.column_dimensions["A"].width, cover.column_dimensions["B"].width = 12, 40
    sheet = book.create_sheet("归档文件目录")
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row in rows:
        sheet.append([clean(row[column]) for column in COLUMNS])
    for column, width in zip("ABCDEFGHI", (6, 26, 22, 22, 50, 10, 6, 6, 20)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    neutralise(book)
    book.save(path)
