"""A document's archive metadata as XML, with the DA/T 46-2009 elements the store knows.

In: the planned document (档号 parts), its document as corrected, its source's SHA-256 and file
name, its page count. Out: UTF-8 XML bytes — 聚合层次, 来源, 档号 (全宗号, 年度, 保管期限, 机构或问题,
件号), 内容描述 (题名, 主题词: its class and tags, 文件编号, 责任者, 日期, 文种, 密级), 形式特征
(页数, 语种), the PDF's file name and the source file's digest. ``pdf_xmp`` is the XMP packet of the 件's PDF.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from workbench.archive.catalogue import RETENTION_CODES, ArchiveSettings, Planned, printed_title
from workbench.export.safe import clean
from workbench.model import Document


def _add(parent: ET.Element, name: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, name, {key: clean(value) for key, value in attributes.items()})
    if text:
        element.text = clean(text)
    return element


def metadata_xml(planned: Planned, doc: Document, settings: ArchiveSettings, fonds_name: str,
                 source_sha256: str, source_name: str, pdf_name: str, pages: int) -> bytes:
    root = ET.Element("电子文件元数据", {"标准": "DA/T 46-2009"})
    _add(root, "聚合层次", "文件")
    source = _add(root, "来源")
    _add(source, "全宗名称", fonds_name)
    _add(source, "立档单位名称", "、".join(doc.issuer))
    number = _add(root, "档号", planned.archive_number)
    for name, value in (("全宗号", settings.fonds), ("年度", str(settings.year)),
                        ("保管期限", RETENTION_CODES[planned.retention]), ("机构或问题", settings.org),
                        ("件号", f"{planned.item:04d}")):
        number.set(name, value)
    content = _add(root, "内容描述")
    _add(content, "题名", printed_title(doc.title, doc.issuer))
    words = _add(content, "主题词")
    if doc.topic:
        _add(words, "主题分类", doc.topic)
    for tag in doc.tags:
        _add(words, "标签", tag)
    _add(content, "文件编号", doc.doc_number)
    for issuer in doc.issuer:
        _add(content, "责任者", issuer)
    _add(content, "日期", (doc.sign_date or "").replace("-", ""))
    _add(content, "文种", doc.doc_type)
    _add(content, "密级", planned.secrecy)
    form = _add(root, "形式特征")
    _add(form, "页数", str(pages))
    _add(form, "语种", "汉语")
    _add(root, "计算机文件名", pdf_name)
    _add(root, "原始文件", source_name, 摘要算法="SHA-256", 数字摘要=source_sha256)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def pdf_xmp(planned: Planned, doc: Document) -> str:
    """The XMP packet a 件's PDF carries: 题名 (dc:title), 责任者 (dc:creator), 日期 (dc:date), 档号
    (dc:identifier) and 文号 (dc:source), so the file names itself wherever it goes."""
    def escaped(text: str) -> str:
        return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    creators = "".join(f"<rdf:li>{escaped(issuer)}</rdf:li>" for issuer in doc.issuer)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="zh-CN">{escaped(printed_title(doc.title, doc.issuer))}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:creator><rdf:Seq>{creators}</rdf:Seq></dc:creator>'
        f'<dc:date><rdf:Seq><rdf:li>{escaped(doc.sign_date or "")}</rdf:li></rdf:Seq></dc:date>'
        f'<dc:identifier>{escaped(planned.archive_number)}</dc:identifier>'
        f'<dc:source>{escaped(doc.doc_number or "")}</dc:source>'
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
