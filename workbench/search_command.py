"""``workbench search``: its options and its output (text lines or JSON).

In: parsed arguments (a query, filters, a mode, a format). Out: the hits printed to
stdout, best first, and the exit code (0 when something was found, 1 when nothing was).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from workbench.errors import ExitCode
from workbench.vocabulary import ProofStatus


def add_parser(commands) -> None:
    search = commands.add_parser("search", help="全文检索已导入的公文（默认按短语：字词相连、次序一致）")
    search.add_argument("query", nargs="?", default="", help="要找的字词；以空格分开的几段须都出现")
    search.add_argument("--db", type=Path)
    mode = search.add_mutually_exclusive_group()
    mode.add_argument("--any", action="store_true", help="出现其中任何一段即可")
    mode.add_argument("--words", action="store_true", help="把每段分成词，各词出现即可，不论次序和是否相连")
    search.add_argument("--year", type=int, help="年度")
    search.add_argument("--number", type=int, help="期号")
    search.add_argument("--issuer", help="发文机关（名称的一部分即可）")
    search.add_argument("--type", dest="doc_type", help="文种，如 通知、决定、函")
    search.add_argument("--topic", help="主题分类")
    search.add_argument("--tag", help="标签")
    search.add_argument("--status", choices=[status.value for status in ProofStatus], help="校对状态")
    search.add_argument("--limit", type=int, default=50, help="最多列出几篇（默认 50）")
    search.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace) -> int:
    from workbench.store import Store, default_store_path, existing_store
    from workbench.store.search import Filters, Query

    filters = Filters(year=args.year, number=args.number, issuer=args.issuer, doc_type=args.doc_type,
                      topic=args.topic, tag=args.tag, status=args.status)
    query = Query(args.query, "any" if args.any else "words" if args.words else "phrase", filters)
    with Store(existing_store(args.db) if args.db else default_store_path()) as store:
        found = store.search(query, limit=args.limit)
    if args.format == "json":
        json.dump({"total": found.total, "hits": [asdict(hit) for hit in found.hits]}, sys.stdout,
                  ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for hit in found.hits:
            issue = f"{hit.year or ''}年第{hit.number}期" if hit.number else f"{hit.year or ''}"
            shown = hit.snippet.marked() if hit.snippet else ""
            print("\t".join((hit.doc_number or "（无文号）", hit.title or "", issue, shown)))
        print(f"共 {found.total} 篇" + (f"，列出前 {len(found.hits)} 篇" if found.total > len(found.hits) else ""),
              file=sys.stderr)
    return ExitCode.OK if found.total else ExitCode.FAILED  # like grep: 1 when nothing matched
