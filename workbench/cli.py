"""The ``workbench`` command: text, parse, proof, import, export, search — or, with no
arguments, the desktop window on the default store.

Every expected failure is printed as one line (``错误：file：reason``) and the
command exits with the error's code; never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import __version__, archive_command, batch_command, export_command, limits, memory, search_command
from workbench.errors import ExitCode, FileMissing, UsageError, WorkbenchError

# Each command imports what it needs when it runs: a search need not load PyMuPDF or the OCR engine.

if TYPE_CHECKING:
    from workbench.store import Store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench", description="公报工作台：解析、校对、存档政府公报（不带参数时打开桌面窗口）"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="自检：在 $WORKBENCH_DB（或临时库）上打开窗口、导入并显示示例公报，成功则返回 0")
    commands = parser.add_subparsers(dest="command")

    text = commands.add_parser("text", help="按阅读顺序输出文件的文字，页间以换页符分隔")
    text.add_argument("file")
    text.add_argument("--all", action="store_true", help="同时输出页眉、页脚（页码）")

    parse = commands.add_parser("parse", help="解析文件并输出结果（不写入数据库）")
    parse.add_argument("file")
    parse.add_argument("--format", choices=["json"], default="json")

    imp = commands.add_parser("import", help="把文件或文件夹导入数据库")
    imp.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    imp.add_argument("--db", type=Path, help="数据库路径（默认：用户数据目录）")

    export_command.add_parser(commands)

    search_command.add_parser(commands)
    archive_command.add_parser(commands)
    batch_command.add_parser(commands)

    proof = commands.add_parser("proof", help="校对：检查文号、标点、配对、重复字词、日期、标题序号等，列出发现的问题")
    proof.add_argument("file", nargs="?", help="要校对的文件（不写入数据库）")
    proof.add_argument("--db", type=Path, help="改为校对数据库中已导入的内容（含人工更正）")
    proof.add_argument("--source", type=int, help="只校对数据库中这一来源（编号）")
    proof.add_argument("--format", choices=["json", "text"], default="text")
    proof.add_argument("--sheet", type=Path, help="同时把校对单存为 .xlsx 或 .docx 文件")
    proof.add_argument("--accept", type=int, metavar="FINDING_ID", help="采纳这一校对问题的建议（编号见 --format json）")
    proof.add_argument("--ignore", type=int, metavar="FINDING_ID", help="忽略这一校对问题（须给 --reason）")
    proof.add_argument("--reason", default="", help="忽略的理由")

    tags = commands.add_parser("tags", help="主题分类与关键词")
    tag_commands = tags.add_subparsers(dest="tags_command", required=True)
    suggest = tag_commands.add_parser("suggest", help="为文件中的每篇公文建议关键词和主题分类（不写入数据库）")
    suggest.add_argument("file")
    suggest.add_argument("--format", choices=["json", "text"], default="text")
    for name, about in (("add", "给公文加标签或主题分类（标签是主题分类的类名时设为该公文的主题分类）"),
                        ("remove", "去掉公文的标签或主题分类")):
        change = tag_commands.add_parser(name, help=about)
        change.add_argument("--db", type=Path, required=True)
        change.add_argument("document", help="公文的文号（或文档键）")
        change.add_argument("tag")
    listing = tag_commands.add_parser("list", help="列出主题分类和标签及其公文数")
    listing.add_argument("--db", type=Path, required=True)

    for name in ("text", "parse", "import", "proof"):
        commands.choices[name].add_argument(
            "--limit", action="append", default=[], metavar="NAME=VALUE", dest="input_limits",
            help="放宽（或收紧）输入上限，可多次给出：file_mb、text_mb、docx_member_mb、docx_total_mb、"
                 "pages、page_points、image_megapixels、render_megapixels、memory_mb")
    gui = commands.add_parser("gui", help="打开桌面窗口")
    gui.add_argument("--db", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except WorkbenchError as err:
        print(f"错误：{err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return ExitCode.CANCELLED
    except BrokenPipeError:  # the reader (``| head``) stopped early: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK


def _window(args: argparse.Namespace) -> int:
    """The desktop window (or its ``--smoke`` check): the program's entry is the one place that reaches the UI."""
    if args.smoke:
        from ui.smoke import run_smoke

        return run_smoke()
    from ui.app import run_app

    return run_app(getattr(args, "db", None))


def run(args: argparse.Namespace) -> int:
    if getattr(args, "input_limits", None):
        limits.use(limits.parse(args.input_limits))
    if args.command in ("text", "parse", "import", "proof"):  # reading untrusted input: this process is the worker
        memory.cap(limits.current().memory_mb)
    if args.command in (None, "gui"):
        return _window(args)
    if args.command in ("text", "parse"):
        return _read(args)
    if args.command == "proof":
        return _proof(args)
    if args.command == "tags":
        return _suggest_tags(args) if args.tags_command == "suggest" else _change_tags(args)
    if args.command == "search":
        return search_command.run(args)
    if args.command == "archive":
        return archive_command.run(args, _progress_bar)
    if args.command in ("batch", "scheduler", "worker"):
        return batch_command.run(args)
    from workbench.store import Store, default_store_path, existing_store

    if args.command != "import" and args.db:
        existing_store(args.db)
    store = Store(args.db or default_store_path())
    try:
        if args.command == "import":
            return _import(store, args.paths)
        return export_command.run(store, args)
    finally:
        store.close()


def _read(args: argparse.Namespace) -> int:
    """``text`` (the file's text in reading order) or ``parse`` (its parse as JSON), with no store."""
    from workbench.pipeline import parse_file, read_laid_out

    if args.command == "text":
        from workbench.parse.tables import place_ruled_tables
        from workbench.reading.render import render_text

        source = place_ruled_tables(read_laid_out(args.file, on_page=_ocr_progress))
        sys.stdout.write(render_text(source, include_margins=args.all))
        return ExitCode.OK
    result = parse_file(args.file, on_page=_ocr_progress)
    sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=1) + "\n")  # one write, not 80,000
    return ExitCode.OK


def _proof(args: argparse.Namespace) -> int:
    """Proofread a file, or what a store holds; print the findings; 1 when there are any (like a linter)."""
    from workbench.export.proof_sheet import change_rows, write_sheet
    from workbench.pipeline import parse_file
    from workbench.proof.rules import proofread
    from workbench.proof.stored import proofread_stored
    from workbench.store import Store, existing_store

    if (args.file is None) == (args.db is None):
        raise UsageError(detail="请给出要校对的文件，或用 --db 指定数据库，二者取一")
    ids: list[int | None] = []
    if args.file is not None:
        if args.accept or args.ignore:
            raise UsageError(detail="--accept 和 --ignore 只用于数据库中的校对问题（--db）")
        findings = proofread(parse_file(args.file, on_page=_ocr_progress))
    else:
        with Store(existing_store(args.db)) as store:
            if args.accept or args.ignore:
                return _decide(store, args)
            sources = [args.source] if args.source else [row.id for row in store.source_rows()]
            if args.source and args.source not in [row.id for row in store.source_rows()]:
                raise UsageError(detail=f"数据库中没有编号为 {args.source} 的来源")
            for source in sources:
                proofread_stored(store, source)  # stored as the window stores them: each keeps its number and status
            stored = store.findings(sources)
            findings, ids = [row.finding for row in stored], [row.id for row in stored]
            labels = {row.key: row.label for row in store.library_rows(sources)}
            changes = change_rows([r for source in sources for r in store.revisions(source)], labels)
    if args.sheet:
        write_sheet(args.sheet, findings, f"校对单 — {Path(args.file).name if args.file else Path(args.db).name}",
                    changes=changes if args.db else None)
        print(f"校对单已存为 {args.sheet}", file=sys.stderr)
    if args.format == "json":
        json.dump({"findings": [{"id": number, **finding.to_json()} if number else finding.to_json()
                                for number, finding in zip(ids or [None] * len(findings), findings)]},
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for number, finding in zip(ids or [None] * len(findings), findings):
            place = finding.provenance.said()
            fix = f" → {finding.suggestion}" if finding.suggestion is not None else ""
            print(f"{f'#{number}' + chr(9) if number else ''}{place}\t{finding.severity.value}\t{finding.category}\t"
                  f"{finding.message}\t「{finding.text}」{fix}\t{finding.document or ''}")
        print(f"共 {len(findings)} 处", file=sys.stderr)
    open_ones = [finding for finding in findings if finding.status == "open"]
    return ExitCode.FAILED if open_ones else ExitCode.OK


def _decide(store: Store, args: argparse.Namespace) -> int:
    """``proof --db … --accept ID`` / ``--ignore ID --reason TEXT``: one finding decided, one line said."""
    from workbench.proof import decide

    if args.accept:
        decide.accept(store, args.accept)
        print(f"已采纳校对问题 {args.accept} 的建议", file=sys.stderr)
    else:
        if not args.reason.strip():
            raise UsageError(detail="忽略校对问题须用 --reason 说明理由")
        decide.ignore(store, args.ignore, args.reason.strip())
        print(f"已忽略校对问题 {args.ignore}（{args.reason.strip()}）", file=sys.stderr)
    return ExitCode.OK


def _suggest_tags(args: argparse.Namespace) -> int:
    """Keywords and ranked topic classes for every document of a file."""
    from workbench.pipeline import parse_file
    from workbench.tags.suggest import suggest

    result = parse_file(args.file, on_page=_ocr_progress)
    rows: list[dict[str, Any]] = []
    for doc in result.documents:
        suggestion = suggest(doc)
        rows.append({"doc_number": doc.doc_number, "title": doc.title, "keywords": suggestion.keywords,
                     "topics": [topic.name for topic in suggestion.topics],
                     "evidence": {topic.name: topic.evidence[:5] for topic in suggestion.topics[:3]}})
    if args.format == "json":
        json.dump({"documents": rows}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for row in rows:
            topics = "；".join(f"{name}（{'、'.join(row['evidence'][name])}）" for name in row["topics"][:3])
            print(f"{row['doc_number'] or '（无文号）'}\t{row['title'] or ''}\n  主题：{topics or '—'}\n"
                  f"  关键词：{'、'.join(row['keywords'])}")
    return ExitCode.OK


def _change_tags(args: argparse.Namespace) -> int:
    """``tags add|remove --db PATH DOCUMENT TAG`` and ``tags list --db PATH``."""
    from workbench.model import normalise_doc_number
    from workbench.store import Store
    from workbench.tags.scheme import load_scheme, topic_names

    if not Path(args.db).is_file():
        raise FileMissing(str(args.db))
    with Store(args.db) as store:
        rows = store.library_rows()
        if args.tags_command == "list":
            topics: dict[str, int] = {}
            tags: dict[str, int] = {}
            for row in rows:
                if row.topic:
                    topics[row.topic] = topics.get(row.topic, 0) + 1
                for tag in row.tags:
                    tags[tag] = tags.get(tag, 0) + 1
            for title, counts in (("主题分类", topics), ("标签", tags)):
                print(f"{title}：")
                for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
                    print(f"  {name}\t{count}")
            return ExitCode.OK
        wanted = normalise_doc_number(args.document)
        chosen = [row for row in rows if row.key == args.document
                  or (row.doc_number and normalise_doc_number(row.doc_number) == wanted)]
        if not chosen:
            raise UsageError(detail=f"数据库中没有文号为“{args.document}”的公文")
        is_topic = args.tag in topic_names(load_scheme())
        for row in chosen:
            if is_topic:
                if args.tags_command == "remove" and row.topic != args.tag:
                    continue
                store.set_correction(row.source_id, row.key, "topic", args.tag if args.tags_command == "add" else None)
            else:
                kept = set(row.tags) | {args.tag} if args.tags_command == "add" else set(row.tags) - {args.tag}
                store.set_correction(row.source_id, row.key, "tags", sorted(kept))
        print(f"已{'添加' if args.tags_command == 'add' else '去掉'}“{args.tag}”：{len(chosen)} 篇公文", file=sys.stderr)
    return ExitCode.OK


def _ocr_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        end = "\n" if done == total else "\r"
        print(f"文字识别（OCR）：第 {done}/{total} 页", end=end, file=sys.stderr, flush=True)


def _import(store: Store, paths: list[str]) -> int:
    from workbench.import_command import import_paths

    report = import_paths(store, paths, progress=_progress_bar)
    print(file=sys.stderr)
    for _path, message in report.failed:
        print(f"错误：{message}", file=sys.stderr)
    for path in report.empty:
        print(f"注意：{path}：未识别到公文（已存入，可在窗口中查看页面）", file=sys.stderr)
    for line in report.duplicates:
        print(f"注意：{line}", file=sys.stderr)
    if report.cancelled:
        print("导入已取消：已完成的文件已保存，未完成的文件没有写入。", file=sys.stderr)
    if report.store_failed:
        print("导入已停止：数据库无法写入，此前的文件已保存，其余未导入。", file=sys.stderr)
    held = f"，库中已有而未动 {len(report.unchanged)}" if report.unchanged else ""
    print(
        f"导入完成：新增 {len(report.imported)}，更新 {len(report.updated)}，失败 {len(report.failed)}{held}"
        f"（数据库：{store.path}）",
        file=sys.stderr,
    )
    if report.store_failed:
        return ExitCode.STORE
    return ExitCode.BAD_INPUT if report.failed else ExitCode.OK


def _progress_bar(done: int, total: int, current: str) -> None:
    width = 30
    filled = width * done // max(total, 1)
    name = Path(current).name if current else ""
    line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name}"
    end = "\r" if sys.stderr.isatty() else "\n"
    print(line[:100].ljust(100) if end == "\r" else line, end=end, file=sys.stderr, flush=True)
