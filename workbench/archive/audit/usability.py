"""可用性: the metadata reads and validates, the PDFs open and render with their fonts, the software is named."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from lxml import etree

from workbench.archive.audit.view import BUILD_LOG, PackageView
from workbench.archive.bag import MARKER

SCHEMA = Path(__file__).resolve().parents[3] / "resources" / "archive" / "metadata.xsd"


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def metadata_valid(view: PackageView):
    for piece in view.pieces:
        if not piece.file(".xml").is_file():
            yield piece.number, False, "没有元数据 XML"
        elif piece.metadata is None:
            yield piece.number, False, "元数据 XML 格式不良，无法解析"
        elif not schema().validate(piece.metadata):
            error = schema().error_log.last_error
            yield piece.number, False, f"元数据不符合 XSD：第 {error.line} 行 {error.message}" if error else "不符合 XSD"
        else:
            yield piece.number, True, ""


def pdf_readable(view: PackageView):
    for piece in view.pieces:
        pdf = piece.pdf
        if not pdf.opens:
            yield piece.number, False, f"PDF 无法打开：{pdf.error}"
        elif pdf.encrypted:
            yield piece.number, False, "PDF 已加密"
        elif pdf.unrendered_pages:
            yield piece.number, False, "无法渲染的页：" + "、".join(map(str, pdf.unrendered_pages))
        else:
            yield piece.number, True, f"{pdf.pages} 页"


def fonts_embedded(view: PackageView):
    return view.judge_pdfs(lambda pdf: (not pdf.unembedded_fonts,
                                        "未嵌入的字体：" + "、".join(pdf.unembedded_fonts) if pdf.unembedded_fonts else ""))


def environment(view: PackageView):
    software = view.bag_info.get(MARKER, "")
    try:
        logged = json.loads((view.data / BUILD_LOG).read_text(encoding="utf-8")).get("software", "")
    except (OSError, ValueError, AttributeError):
        logged = ""
    named = bool(software) and bool(logged)
    yield "", named, f"{software}" if named else "bag-info 或构建记录未记制作软件"
