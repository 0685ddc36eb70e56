"""完整性: every 件 is there, counted alike everywhere, described in full, numbered without gaps, and nothing more."""
from __future__ import annotations

import re

from workbench.archive.audit.view import ARCHIVE_NUMBER, AUDIT_REPORT, PackageView
from workbench.archive.bag import ORIGINALS
from workbench.archive.transfer import FOLDER as TRANSFER

REQUIRED = (("聚合层次", "聚合层次"), ("全宗名称", "来源/全宗名称"), ("档号", "档号"), ("题名", "内容描述/题名"),
            ("责任者", "内容描述/责任者"), ("日期", "内容描述/日期"), ("页数", "形式特征/页数"),
            ("计算机文件名", "计算机文件名"))


def counts(view: PackageView):
    described = re.search(r"（(\d+) 件）", view.bag_info.get("External-Description", ""))
    figures = {"归档文件目录": str(len(view.catalogue)), "件文件夹": str(len(view.pieces)),
               "bag-info": described.group(1) if described else "（未记）", "目录封面": view.cover_count or "（未记）"}
    if view.transfer_list is not None:
        figures["文件目录.xml"] = str(len(view.transfer_list))
    same = len(set(figures.values())) == 1
    yield "", same, "" if same else "，".join(f"{where} {count}" for where, count in figures.items())


def required_metadata(view: PackageView):
    for piece in view.pieces:
        if piece.metadata is None:
            yield piece.number, False, "元数据 XML 缺失或无法读取"
            continue
        missing = [name for name, path in REQUIRED if not piece.field(path)]
        yield piece.number, not missing, "缺少：" + "、".join(missing) if missing else ""


def piece_files(view: PackageView):
    listed = {row.get("档号", "") for row in view.catalogue}
    for piece in view.pieces:
        missing = [suffix for suffix in (".pdf", ".json", ".xml") if not piece.file(suffix).is_file()]
        yield piece.number, not missing, "缺少 " + "、".join(f"{piece.number}{s}" for s in missing) if missing else ""
    for number in sorted(listed - {piece.number for piece in view.pieces}):
        yield number, False, "整件缺失（目录有此件）"


def sequence(view: PackageView):
    """件号 run from 1 without gaps within each 保管期限."""
    numbers: dict[str, list[int]] = {}
    for row in view.catalogue:
        if match := ARCHIVE_NUMBER.match(row.get("档号", "")):
            numbers.setdefault(match.group(1), []).append(int(match.group(3)))
    gaps = [f"{period} {n:04d}" for period, found in sorted(numbers.items())
            for n in sorted(set(range(1, len(found) + 1)) - set(found))]
    yield "", not gaps, "缺少件号 " + "、".join(gaps[:20]) if gaps else ""


def stray_files(view: PackageView):
    known = view.known_files() | {f"{AUDIT_REPORT}.{suffix}" for suffix in ("json", "html", "xlsx")}
    stray = [path.name for path in view.data.iterdir() if path.is_file() and path.name not in known] \
        if view.data.is_dir() else []
    transfer = view.data / TRANSFER
    if transfer.is_dir():
        stray += [f"{TRANSFER}/{path.relative_to(transfer)}" for path in transfer.rglob("*")
                  if path.is_file() and path.parent.parent.parent != transfer]
    for piece in view.pieces:
        expected = {piece.file(suffix).name for suffix in (".pdf", ".json", ".xml", ".ofd")}
        stray += [f"{piece.number}/{path.name}" for path in piece.folder.iterdir() if path.name not in expected]
    originals = view.data / ORIGINALS
    if originals.is_dir():
        stray += [f"{ORIGINALS}/{path.name}" for path in originals.iterdir() if not path.is_dir()]
    yield "", not stray, "多出：" + "、".join(sorted(stray)[:20]) if stray else ""
