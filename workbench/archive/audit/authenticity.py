"""真实性: the files are what the manifests say, and what the metadata says is what the files hold."""
from __future__ import annotations

import re
from collections import Counter

from workbench.archive.audit.view import ARCHIVE_NUMBER, PackageView
from workbench.archive.verify import problems

_TITLE_SHARE = 0.6  # of the title's characters the PDF's text must hold (a person may have corrected a few)


def _share_printed(title: str, text: str) -> float:
    """The share of the title's characters (counted with their repeats) that the text holds."""
    wanted, held = Counter(re.sub(r"\s+", "", title)), Counter(text)
    return sum(min(count, held[char]) for char, count in wanted.items()) / max(1, sum(wanted.values()))


def digests(view: PackageView):
    found = problems(view.root)
    if not found:
        yield "", True, ""
    names = {piece.number for piece in view.pieces}
    for line in found:
        piece = next((name for name in names if f"data/{name}/" in line), "")
        yield piece, False, line


def archive_numbers(view: PackageView):
    year = view.bag_info.get("Archive-Year", "")
    for piece in view.pieces:
        match = ARCHIVE_NUMBER.match(piece.number)
        problems_of = []
        if not match:
            problems_of.append("档号不合 全宗号-WS·年度-保管期限-(机构)-件号")
        elif year and f"WS·{year}-" not in piece.number:
            problems_of.append(f"档号的年度不是 {year}")
        if piece.metadata is not None:
            number = piece.metadata.find("档号")
            if number is None or (number.text or "").strip() != piece.number:
                problems_of.append("元数据中的档号与文件夹名不同")
            elif match and number.get("件号") != match.group(3):
                problems_of.append("元数据的件号与档号不符")
        yield piece.number, not problems_of, "；".join(problems_of)


def unique_numbers(view: PackageView):
    counts = Counter(row.get("档号", "") for row in view.catalogue)
    twice = [number for number, count in counts.items() if count > 1]
    if not twice:
        yield "", True, ""
    for number in twice:
        yield number, False, f"归档文件目录中出现 {counts[number]} 次"


def metadata_against_content(view: PackageView):
    for piece in view.pieces:
        if piece.metadata is None or not piece.file(".pdf").is_file():
            yield piece.number, None, "缺少元数据或 PDF（见完整性、可用性检测）"
            continue
        problems_of = []
        pdf = piece.pdf
        if pdf.readable and str(pdf.pages) != piece.field("形式特征/页数"):
            problems_of.append(f"元数据页数 {piece.field('形式特征/页数')}，PDF 实有 {pdf.pages} 页")
        if piece.field("计算机文件名") != piece.file(".pdf").name:
            problems_of.append("元数据的计算机文件名与 PDF 文件名不同")
        record = (piece.record or {}).get("document") or {}
        title, number = piece.field("内容描述/题名"), piece.field("内容描述/文件编号")
        if piece.record is not None and (record.get("doc_number") or "") != number:
            problems_of.append("元数据的文件编号与记录不同")
        if piece.record is not None and title and title not in (record.get("title") or ""):
            problems_of.append("元数据的题名与记录不同")
        if pdf.text:  # a text layer (a scan has none): the 文号 and the title are printed in it
            if number and not all(group in pdf.text for group in re.findall(r"\d+", number)):
                problems_of.append(f"PDF 中找不到文号“{number}”的数字")
            if title and _share_printed(title, pdf.text) < _TITLE_SHARE:
                problems_of.append("PDF 中找不到题名")
        if pdf.xmp and piece.number not in pdf.xmp:
            problems_of.append("PDF 的 XMP 元数据没有本件档号")
        yield piece.number, not problems_of, "；".join(problems_of)


def catalogue_links(view: PackageView):
    folders = {piece.number: piece for piece in view.pieces}
    for row in view.catalogue:
        number = row.get("档号", "")
        piece = folders.get(number)
        if piece is None:
            yield number, False, "目录中有此件，归档包中没有它的文件夹"
            continue
        differing = [name for name, path in (("题名", "内容描述/题名"), ("文号", "内容描述/文件编号"),
                                             ("页数", "形式特征/页数"), ("日期", "内容描述/日期"))
                     if (row.get(name) or "") != piece.field(path)]
        yield number, not differing, "目录与元数据不同：" + "、".join(differing) if differing else ""
    listed = {row.get("档号", "") for row in view.catalogue}
    for number in sorted(set(folders) - listed):
        yield number, False, "归档包中有此件的文件夹，目录中没有"
