"""安全性: no active content in the PDFs, every file what its suffix says, a virus scan where one is installed,
and the build log that says who made the package from what."""
from __future__ import annotations

import json
import shutil
import subprocess

from workbench.archive.audit.view import BUILD_LOG, PackageView

MAGIC = {".pdf": (b"%PDF",), ".xml": (b"<?xml", b"\xef\xbb\xbf<?xml"), ".json": (b"{",), ".xlsx": (b"PK\x03\x04",),
         ".docx": (b"PK\x03\x04",), ".ofd": (b"PK\x03\x04",), ".sqlite": (b"SQLite format 3\x00",),
         ".html": (b"<!DOCTYPE html", b"<html")}
LOG_FIELDS = ("software", "store", "store_sha256", "user", "started", "finished", "preflight")
SCAN_SECONDS = 1800


def active_content(view: PackageView):
    return view.judge_pdfs(lambda pdf: (not pdf.active, "含 " + "、".join(pdf.active) if pdf.active else ""))


def suffixes(view: PackageView):
    wrong = []
    for path in sorted(view.data.rglob("*")) if view.data.is_dir() else []:
        expected = MAGIC.get(path.suffix.lower())
        if path.is_file() and expected is not None:
            with open(path, "rb") as handle:
                head = handle.read(32)
            if not head.startswith(expected):
                wrong.append(path)
    if not wrong:
        yield "", True, ""
    names = {piece.number for piece in view.pieces}
    for path in wrong:
        piece = path.parent.name if path.parent.name in names else ""
        yield piece, False, f"{path.relative_to(view.data)} 的内容不是 {path.suffix} 文件"


def virus_scan(view: PackageView):
    scanner = shutil.which("clamscan")
    if scanner is None:
        yield "", None, "未检测：本机没有安装 clamscan"
        return
    try:
        run = subprocess.run([scanner, "-r", "--infected", "--no-summary", str(view.data)], capture_output=True,
                             text=True, timeout=SCAN_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as err:
        yield "", None, f"未完成：{err}"
        return
    infected = [line for line in run.stdout.splitlines() if line.endswith("FOUND")]
    yield "", run.returncode == 0 and not infected, "；".join(infected[:10]) or (run.stderr.strip()[:200] if run.returncode > 1 else "")


def build_log(view: PackageView):
    try:
        log = json.loads((view.data / BUILD_LOG).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        yield "", False, f"没有可读的构建记录（data/{BUILD_LOG}）"
        return
    missing = [name for name in LOG_FIELDS if not isinstance(log, dict) or name not in log]
    yield "", not missing, "构建记录缺少：" + "、".join(missing) if missing else f"{log.get('user')} {log.get('finished')}"
