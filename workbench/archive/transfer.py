"""The transfer layout (电子档案移交与接收办法) a bureau may expect beside the bag's own files.

In: the package's work folder (its future ``data/``), the settings, the catalogue rows and the fonds name.
``piece_folder`` is where a 件's files go in this layout (``电子档案/<年度>/<档号>/``); ``write_transfer_files``
writes ``文件目录.xml`` (顺序号, 档号, 责任者, 题名, 日期, 密级, 电子档案名称, 备注; UTF-8) and ``说明文件.txt``
(what the package holds and how it is laid out).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from workbench import __version__
from workbench.archive.catalogue import ArchiveSettings
from workbench.export.safe import clean

FOLDER = "电子档案"
LIST = "文件目录.xml"
README = "说明文件.txt"
LAYOUTS = ("bag", "transfer")


def piece_folder(work: Path, settings: ArchiveSettings, archive_number: str) -> Path:
    """Where a 件's files go: ``<档号>/`` in the bag layout, ``电子档案/<年度>/<档号>/`` in the transfer one."""
    if settings.layout == "transfer":
        return work / FOLDER / str(settings.year) / archive_number
    return work / archive_number


def write_transfer_files(work: Path, settings: ArchiveSettings, rows: list[dict[str, str]], fonds_name: str) -> None:
    root = ET.Element("文件目录", {"全宗号": settings.fonds, "年度": str(settings.year)})
    for row in rows:
        entry = ET.SubElement(root, "文件")
        for name, value in (("顺序号", row["序号"]), ("档号", row["档号"]), ("责任者", row["责任者"]),
                            ("题名", row["题名"]), ("日期", row["日期"]), ("密级", row["密级"]),
                            ("电子档案名称", f"{FOLDER}/{settings.year}/{row['档号']}/{row['档号']}.pdf"),
                            ("备注", row["备注"])):
            ET.SubElement(entry, name).text = clean(value)
    ET.indent(root)
    (work / LIST).write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
    (work / README).write_text("\n".join([
        f"全宗名称：{fonds_name}", f"全宗号：{settings.fonds}", f"年度：{settings.year}", f"保管期限：{settings.retention}",
        f"件数：{len(rows)}", "",
        f"结构：{FOLDER}/{settings.year}/<档号>/ 下每件一个文件夹，内有 <档号>.pdf（版式文件，字体已嵌入，含 XMP 元数据）、",
        "<档号>.xml（DA/T 46-2009 元数据）、<档号>.json（解析与更正后的全文记录），OFD 来源另有 <档号>.ofd 原件。",
        f"{LIST} 为文件目录（UTF-8），归档文件目录.xlsx/.csv 为 DA/T 22-2015 归档文件目录，原件/ 为导入时的原始文件，",
        "构建记录.json 记录构建者、时间、数据库状态与归档前检查；外层为 BagIt 包（RFC 8493），各文件有 SHA-256 清单，",
        "四性检测报告（DA/T 70-2018）在包的根目录。", "",
        f"制作软件：Bulletin Workbench {__version__}（公报工作台）",
    ]) + "\n", encoding="utf-8")
