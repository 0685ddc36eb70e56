"""``workbench batch import``, ``workbench scheduler``, ``workbench worker``: reading back issues on a cluster.

In: parsed arguments. ``batch import PATHS… --db DB [--local N | --cluster tcp://HOST:8786] [--resume]`` reads
the files on the workers and saves them here, with a progress line (files, pages, pages a second, the time
left); Ctrl+C stops cleanly (what was saved stays; ``--resume`` skips it next time). ``scheduler`` starts a
scheduler, ``worker --scheduler ADDRESS`` a worker of this program on this machine. Out: the exit code.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from workbench.errors import ExitCode, UsageError


def add_parser(commands) -> None:
    batch = commands.add_parser("batch", help="在多台电脑（Dask 集群）上批量导入扫描的历年公报")
    actions = batch.add_subparsers(dest="batch_command", required=True)
    imp = actions.add_parser("import", help="由集群的工作进程读取、识别、解析，本机依次写入数据库")
    imp.add_argument("paths", nargs="+")
    imp.add_argument("--db", type=Path, required=True)
    where = imp.add_mutually_exclusive_group()
    where.add_argument("--cluster", metavar="ADDRESS", help="调度器地址，如 tcp://192.168.1.10:8786")
    where.add_argument("--local", type=int, metavar="N", help="在本机起 N 个工作进程（默认：CPU 核数）")
    imp.add_argument("--resume", action="store_true", help="跳过数据库中已有的文件（按 SHA-256），接着上次的导入")
    scheduler = commands.add_parser("scheduler", help="启动集群的调度器（默认端口 8786）")
    scheduler.add_argument("--port", type=int, default=8786)
    worker = commands.add_parser("worker", help="在本机启动一个工作进程，连接到调度器")
    worker.add_argument("--scheduler", required=True, metavar="ADDRESS")


def run(args: argparse.Namespace) -> int:
    from workbench.batch import cluster

    if args.command == "scheduler":
        cluster.run_scheduler(args.port)
        return ExitCode.OK
    if args.command == "worker":
        cluster.run_worker(args.scheduler)
        return ExitCode.OK
    return _import(args)


def _import(args: argparse.Namespace) -> int:
    from workbench.batch import cluster
    from workbench.batch.run import batch_import
    from workbench.store import Store

    if args.local is not None and args.local < 1:
        raise UsageError(detail="--local 需要至少 1 个工作进程")
    client = cluster.remote_client(args.cluster) if args.cluster else cluster.local_client(args.local or os.cpu_count() or 1)
    began = time.monotonic()

    def progress(done: int, total: int, pages: int, rate: float) -> None:
        left = (time.monotonic() - began) / max(done, 1) * (total - done)
        end = "\r" if sys.stderr.isatty() else "\n"
        print(f"{done}/{total} 个文件，{pages} 页，{rate:.2f} 页/秒，约剩 {left / 60:.0f} 分钟", end=end,
              file=sys.stderr, flush=True)

    try:
        with Store(args.db) as store:
            try:
                report = batch_import(store, args.paths, client, args.resume, progress)
            except KeyboardInterrupt:  # each saved file was its own transaction: they stay
                print("\n已停止：已写入的文件保留，用 --resume 继续其余文件。", file=sys.stderr)
                return ExitCode.FAILED
    finally:
        cluster.close(client)
    print(file=sys.stderr)
    for path, message in report.failed:
        print(f"错误：{path}：{message}", file=sys.stderr)
    held = f"，已有而跳过 {len(report.unchanged)}" if report.unchanged else ""
    print(f"批量导入完成：新增 {len(report.imported)}，更新 {len(report.updated)}，失败 {len(report.failed)}{held}"
          f"（数据库：{args.db}）", file=sys.stderr)
    if report.store_failed:
        return ExitCode.STORE
    return ExitCode.BAD_INPUT if report.failed else ExitCode.OK
