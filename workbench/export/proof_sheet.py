"""The 校对单: an issue's findings in the form an editor hands to a typesetter, as XLSX or DOCX.

In: ``Finding``s (each with its status; ``reasons`` by position for ignored ones) and a title.
Out: a file with one row per finding — 页码/行, 原文 (the flagged part in red and
underlined), 问题, 建议, 状态 — plus the document each is in. ``write_sheet`` picks
the format from the file's suffix. openpyxl and python-docx write the files.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.errors import UsageError
from workbench.export.safe import clean, neutralise, replaced
from workbench.field_path import FieldPath, Part
from workbench.finding import Finding

HEADERS = ("序号", "公文", "页码/行", "原文", "问题", "建议", "状态")
STATUS_NAMES = {"open": "未处理", "fixed": "已更正", "ignored": "不改"}
_MARK = "C00000"  # the red of the flagged part


@dataclass
class SheetRow:
    number: int
    document: str
    place: str
    before: str
    flagged: str
    after: str
    problem: str
    suggestion: str
    status: str


def sheet_rows(findings: list[Finding], reasons: list[str] | None = None) -> list[SheetRow]:
    rows = []
    for number, finding in enumerate(findings, start=1):
        reason = (reasons or [""] * len(findings))[number - 1]
        context = clean(finding.context or finding.text)
        text = clean(finding.text)
        start = finding.start if context[finding.start:finding.start + len(text)] == text \
            else max(0, context.find(text))
        end = start + len(text)
        place = finding.provenance.said()
        status = STATUS_NAMES.get(finding.status, finding.status)
        rows.append(SheetRow(number, clean(finding.document or ""), place, context[:start], context[start:end],
                             context[end:], finding.message, clean(finding.suggestion or ""),
                             f"{status}（{reason}）" if reason else status))
    return rows


CHANGE_HEADERS = ("时间", "公文", "位置", "原文", "改为")


def change_rows(revisions, labels: dict[str, str]) -> list[tuple[str, str, str, str, str]]:
    """Every change a person made to the text and fields (``Revision``s), for the 更改记录 sheet; ``labels``:
    a document key → how the sheet names it."""
    rows = []
    for revision in revisions:
        if revision.author != "person" or revision.field in ("status", "tags", "topic", "follows", "structure"):
            continue
        old, new = revision.old, revision.new
        if FieldPath.parse(revision.field).part is Part.TEXT:
            old = (old or {}).get("new") or (new or {}).get("text") if isinstance(old, dict) or old is None else old
            new = (new or {}).get("new") if isinstance(new, dict) else new
        rows.append((revision.at[:19].replace("T", " "), clean(labels.get(revision.doc_key, revision.doc_key)),
                     revision.field, clean(_shown(old)), clean(_shown(new))))
    return rows


def _shown(value) -> str:
    if isinstance(value, list):
        return "、".join(str(item) for item in value)
    return "" if value is None else str(value)


def write_sheet(path: str | Path, findings: list[Finding], title: str, reasons: list[str] | None = None,
                changes: list[tuple[str, str, str, str, str]] | None = None) -> None:
    """Write the 校对单 to ``path`` (``.xlsx`` or ``.docx``); ``changes`` (``change_rows``) as its 更改记录."""
    suffix = Path(path).suffix.lower()
    rows = sheet_rows(findings, reasons)
    if suffix == ".xlsx":
        write_xlsx(path, rows, title, changes or [])
    elif suffix == ".docx":
        write_docx(path, rows, title, changes or [])
    else:
        raise UsageError(detail=f"校对单只能存为 .xlsx 或 .docx：{path}")


def write_xlsx(path: str | Path, rows: list[SheetRow], title: str, changes: list | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "校对单"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(list(HEADERS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    mark = InlineFont(color=_MARK, b=True, u="single")
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([row.number, row.document, row.place, "", row.problem, row.suggestion, row.status])
        parts = [part for part in (row.before, TextBlock(mark, row.flagged) if row.flagged else None, row.after) if part]
        sheet.cell(row=sheet.max_row, column=4).value = CellRichText(*parts)
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
    for column, width in zip("ABCDEFG", (6, 22, 10, 50, 36, 18, 12)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"
    if changes:
        record = book.create_sheet("更改记录")
        record.append(list(CHANGE_HEADERS))
        for values in changes:
            record.append(list(values))
        for column, width in zip("ABCDE", (20, 30, 14, 50, 50)):
            record.column_dimensions[column].width = width
    neutralise(book)
    with replaced(path) as temp:
        book.save(temp)


def write_docx(path: str | Path, rows: list[SheetRow], title: str, changes: list | None = None) -> None:
    import docx
    from docx.shared import RGBColor

    document = docx.Document()
    document.add_heading(title, level=1)
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, HEADERS):
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, (str(row.number), row.document, row.place, None, row.problem,
                                       row.suggestion, row.status)):
            if value is not None:
                cell.text = value
        paragraph = cells[3].paragraphs[0]
        paragraph.add_run(row.before)
        flagged = paragraph.add_run(row.flagged)
        flagged.bold = flagged.underline = True
        flagged.font.color.rgb = RGBColor.from_string(_MARK)
        paragraph.add_run(row.after)
    if changes:
        document.add_heading("更改记录", level=2)
        record = document.add_table(rows=1, cols=len(CHANGE_HEADERS))
        record.style = "Table Grid"
        for cell, header in zip(record.rows[0].cells, CHANGE_HEADERS):
            cell.text = header
        for values in changes:
            for cell, value in zip(record.add_row().cells, values):
                cell.text = value
    with replaced(path) as temp:
        document.save(str(temp))
