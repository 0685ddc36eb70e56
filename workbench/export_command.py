"""``workbench export FORMAT``: what a store holds, as JSON, or chosen documents as DOCX/HTML/Markdown/text
and their tables as XLSX/CSV.

In: parsed arguments (a format, ``--document`` by 文号 or key, ``--source`` by id, ``-o``). Out: the
file, a line saying what was written, the exit code.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import ExitCode, UsageError
from workbench.export.formats import EXPORTERS, Scope, exporter
from workbench.model import normalise_doc_number

if TYPE_CHECKING:
    from workbench.store import Store

FORMATS = tuple(exporter.name for exporter in EXPORTERS)


def add_parser(commands) -> None:
    export = commands.add_parser("export", help="导出：全部内容为 JSON，或一篇公文、一期为 DOCX/HTML/Markdown/纯文本，表格为 XLSX/CSV")
    export.add_argument("format", choices=FORMATS,
                        help="；".join(f"{exporter.name}：{exporter.label}" for exporter in EXPORTERS))
    export.add_argument("-o", "--output", required=True, type=Path)
    export.add_argument("--db", type=Path)
    export.add_argument("--document", help="只导出这篇公文（文号或文档键）")
    export.add_argument("--source", type=int, help="只导出这一来源（一期）的公文")


def run(store: Store, args: argparse.Namespace) -> int:
    if exporter(args.format).scope is Scope.STORE:
        count = exporter(args.format).write(store, args.output, [args.source] if args.source else None)
        print(f"已导出 {count} 篇公文到 {args.output}", file=sys.stderr)
        return ExitCode.OK
    from workbench.export.documents import issue_title, write_documents

    if args.document:
        chosen = _document(store, args.document, args.source)
        title = None
    elif args.source:
        chosen = [(row.source_id, row.key) for row in store.documents(args.source)]
        title = issue_title(store, args.source)
    else:
        raise UsageError(detail="请用 --document 指定一篇公文，或用 --source 指定一期")
    count = write_documents(store, chosen, args.format, args.output, title)
    unit = "张表格" if exporter(args.format).scope is Scope.TABLES else "篇公文"
    print(f"已导出 {count} {unit}到 {args.output}", file=sys.stderr)
    return ExitCode.OK


def _document(store: Store, wanted: str, source_id: int | None) -> list[tuple[int, str]]:
    key = normalise_doc_number(wanted)
    rows = [row for row in store.documents(source_id) if row.key == wanted
            or (row.doc_number and normalise_doc_number(row.doc_number) == key)]
    if not rows:
        raise UsageError(detail=f"库中没有文号为“{wanted}”的公文")
    if len({(row.source_id, row.key) for row in rows}) > 1 and source_id is None:
        sources = "、".join(str(row.source_id) for row in rows)
        raise UsageError(detail=f"文号“{wanted}”见于多个来源（{sources}），请用 --source 指定")
    return [(rows[0].source_id, rows[0].key)]
