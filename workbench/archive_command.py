"""``workbench archive build|check|verify|audit``: the annual archive package from the command line.

In: parsed arguments. ``build`` writes the package of ``--year`` (progress on stderr) and prints
where it went; ``check`` lists what the year's package would leave out, misfile or hold twice (exit 1
if any); ``verify`` prints one line per missing, changed or added file and exits 1 if any; ``audit`` runs the 四性检测
(DA/T 70-2018), prints each result that failed or could not run, writes the report with ``-o`` and exits 1
if a check failed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.errors import ExitCode


def add_parser(commands) -> None:
    archive = commands.add_parser("archive", help="年度归档：按 DA/T 22-2015 编归档文件目录，打成可校验的 BagIt 包")
    actions = archive.add_subparsers(dest="archive_command", required=True)
    build = actions.add_parser("build", help="把一年的公文（按成文日期）打成归档包")
    build.add_argument("--year", type=int, required=True, help="年度")
    build.add_argument("--db", type=Path, required=True)
    build.add_argument("-o", "--output", type=Path, required=True, help="要新建的归档包文件夹")
    build.add_argument("--fonds", default="0001", help="全宗号（默认 0001）")
    build.add_argument("--fonds-name", default="", help="全宗名称（默认：当年公文最常见的发文机关）")
    build.add_argument("--retention", default="永久", choices=["永久", "D30", "D10"], help="保管期限")
    build.add_argument("--org", default="", help="机构（问题）代码，写入档号")
    build.add_argument("--layout", choices=["bag", "transfer"], default="bag",
                       help="transfer：按电子档案移交的结构，另写 文件目录.xml、说明文件.txt，各件在 电子档案/年度/ 下")
    build.add_argument("--whole-store", action="store_true",
                       help="归档包中的数据库含整个库（其他年份、校对记录、修订记录及原文件在本机的路径）；默认只含本年度的来源")
    check = actions.add_parser("check", help="归档前检查：会漏归、错归或重复的公文，未处理的校对错误，目录缺篇")
    check.add_argument("--year", type=int, required=True, help="年度")
    check.add_argument("--db", type=Path, required=True)
    check.add_argument("--format", choices=["text", "json"], default="text")
    verify = actions.add_parser("verify", help="校验归档包：列出缺少、被改动或多出的文件")
    verify.add_argument("package", type=Path)
    audit = actions.add_parser("audit", help="四性检测（DA/T 70-2018）：真实性、完整性、可用性、安全性，出检测报告")
    audit.add_argument("package", type=Path)
    audit.add_argument("-o", "--output", type=Path, help="把检测报告写到此文件（格式见 --format）")
    audit.add_argument("--format", choices=["json", "xlsx", "html"], help="报告格式（默认按 -o 的后缀，否则 json）")


def run(args: argparse.Namespace, progress) -> int:
    if args.archive_command == "audit":
        return _audit(args)
    if args.archive_command == "verify":
        from workbench.archive.verify import problems

        found = problems(args.package)
        for line in found:
            print(line)
        print(f"归档包{'有 ' + str(len(found)) + ' 处问题' if found else '完好'}：{args.package}", file=sys.stderr)
        return ExitCode.FAILED if found else ExitCode.OK
    from workbench.archive.catalogue import ArchiveSettings
    from workbench.archive.package import build_package
    from workbench.store import Store, existing_store

    if args.archive_command == "check":
        return _check(args)
    settings = ArchiveSettings(args.year, args.fonds, args.fonds_name, args.retention, args.org,
                               whole_store=args.whole_store, layout=args.layout)
    with Store(existing_store(args.db)) as store:
        report = build_package(store, settings, args.output, progress=progress)
    print(file=sys.stderr)
    print(f"已建归档包：{report.documents} 件，{report.pages} 页 → {report.path}", file=sys.stderr)
    if report.audit is not None:
        failures = report.audit.failures()
        print(f"四性检测：{'通过' if not failures else f'{len(failures)} 项不通过'}（报告：{report.path}/四性检测报告.html）",
              file=sys.stderr)
    return ExitCode.OK


def _audit(args: argparse.Namespace) -> int:
    """``archive audit``: the 四性检测; one line per failed or undone result, the report if asked; exit 1 on failure."""
    from workbench.archive.audit import audit
    from workbench.archive.audit.report import write
    from workbench.errors import UsageError

    if not (args.package / "bag-info.txt").is_file():
        raise UsageError(str(args.package), "不是归档包（没有 bag-info.txt）")
    report = audit(args.package)
    for result in report.results:
        if result.passed is not True:
            verdict = "不通过" if result.passed is False else "未检测"
            print(f"{verdict}\t{result.property}\t{result.item}\t{result.piece or '（整个归档包）'}\t{result.detail}")
    if args.output:
        suffix = args.output.suffix.lower().lstrip(".")
        write(report, args.output, args.format or (suffix if suffix in ("json", "xlsx", "html") else "json"))
    failed = len(report.failures())
    print(f"四性检测（DA/T 70-2018）{'通过' if not failed else f'不通过：{failed} 项'}：{args.package}", file=sys.stderr)
    return ExitCode.FAILED if failed else ExitCode.OK


def _check(args: argparse.Namespace) -> int:
    """``archive check``: one line a problem (or JSON), exit 1 when there is any."""
    import json

    from workbench.archive.preflight import check
    from workbench.store import Store, existing_store

    with Store(existing_store(args.db)) as store:
        found = check(store, args.year)
    if args.format == "json":
        json.dump({"year": args.year, "problems": [problem.to_json() for problem in found]}, sys.stdout,
                  ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for problem in found:
            print(f"{problem.label}\t{problem.doc_number}\t{problem.title}\t{problem.detail}")
    print(f"{args.year} 年归档前检查：{'发现 ' + str(len(found)) + ' 个问题' if found else '没有问题'}", file=sys.stderr)
    return ExitCode.FAILED if found else ExitCode.OK
