"""Names of the core's vocabulary as a person reads them (one table each, translated)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.ingest.readers import READERS
from workbench.vocabulary import ElementKind, ProofStatus


def status_names() -> dict[str, str]:
    """Proofreading statuses: 未校对 / 校对中 / 已校对."""
    return {ProofStatus.TODO.value: QCoreApplication.translate("Labels", "Not proofread"),
            ProofStatus.DOING.value: QCoreApplication.translate("Labels", "Proofreading"),
            ProofStatus.DONE.value: QCoreApplication.translate("Labels", "Proofread")}


def kind_name(kind: str) -> str:
    """A source's kind: PDF, 文本, Word, 图像."""
    return next((reader.label for reader in READERS if reader.kind.value == kind), kind)


def element_names() -> dict[str, str]:
    """Element kinds: 正文, 标题, 发文字号, 主送机关 …"""
    return {
        ElementKind.BODY: QCoreApplication.translate("Labels", "Paragraph"),
        ElementKind.HEADING: QCoreApplication.translate("Labels", "Heading"),
        ElementKind.TITLE: QCoreApplication.translate("Labels", "Title"),
        ElementKind.DOC_NUMBER: QCoreApplication.translate("Labels", "Document number"),
        ElementKind.ISSUER: QCoreApplication.translate("Labels", "Issuer"),
        ElementKind.MARK: QCoreApplication.translate("Labels", "Issuer mark"),
        ElementKind.RECIPIENTS: QCoreApplication.translate("Labels", "Recipients"),
        ElementKind.SIGNATORY: QCoreApplication.translate("Labels", "Signatory"),
        ElementKind.DATE: QCoreApplication.translate("Labels", "Date"),
        ElementKind.ATTACHMENT_NOTE: QCoreApplication.translate("Labels", "Attachment note"),
        ElementKind.ATTACHMENT: QCoreApplication.translate("Labels", "Attachment"),
        ElementKind.ENCLOSURE_TITLE: QCoreApplication.translate("Labels", "Enclosed title"),
        ElementKind.PUBLICATION_NOTE: QCoreApplication.translate("Labels", "Publication note"),
        ElementKind.CC: QCoreApplication.translate("Labels", "Copied to"),
        ElementKind.IMPRINT: QCoreApplication.translate("Labels", "Printed by"),
        ElementKind.APPOINTMENT: QCoreApplication.translate("Labels", "Appointment"),
        ElementKind.CHAPTER: QCoreApplication.translate("Labels", "Chapter"),
        ElementKind.SECTION: QCoreApplication.translate("Labels", "Section"),
        ElementKind.ARTICLE: QCoreApplication.translate("Labels", "Article"),
        ElementKind.METADATA: QCoreApplication.translate("Labels", "Metadata"),
    }


def format_names() -> dict[str, str]:
    """Export formats: Word（GB/T 9704 版式）, 表格（Excel）…"""
    return {"docx": QCoreApplication.translate("Labels", "Word (GB/T 9704 layout)"),
            "html": QCoreApplication.translate("Labels", "Web page (HTML)"),
            "md": QCoreApplication.translate("Labels", "Plain text with marks (Markdown)"),
            "txt": QCoreApplication.translate("Labels", "Plain text (TXT)"),
            "xlsx": QCoreApplication.translate("Labels", "Tables as Excel (XLSX)"),
            "csv": QCoreApplication.translate("Labels", "Tables as CSV"),
            "json": QCoreApplication.translate("Labels", "Everything as data (JSON)")}


def category_names() -> dict[str, str]:
    """Proofreading categories: 文号格式, 标点, 标点配对 …"""
    return {
        "docno": QCoreApplication.translate("Labels", "Document number form"),
        "punctuation": QCoreApplication.translate("Labels", "Punctuation"),
        "pairing": QCoreApplication.translate("Labels", "Unpaired marks"),
        "repeat": QCoreApplication.translate("Labels", "Repeated characters"),
        "date": QCoreApplication.translate("Labels", "Dates"),
        "heading": QCoreApplication.translate("Labels", "Heading numbers"),
        "toc": QCoreApplication.translate("Labels", "Table of contents"),
        "element": QCoreApplication.translate("Labels", "Document elements"),
        "number": QCoreApplication.translate("Labels", "Numbers"),
        "wording": QCoreApplication.translate("Labels", "Wording"),
        "ocr": QCoreApplication.translate("Labels", "OCR doubts"),
        "placeholder": QCoreApplication.translate("Labels", "Placeholders left in"),
        "privacy": QCoreApplication.translate("Labels", "Personal data"),
        "division": QCoreApplication.translate("Labels", "Administrative divisions"),
        "de": QCoreApplication.translate("Labels", "的/地/得"),
        "redundancy": QCoreApplication.translate("Labels", "Redundant wording"),
        "sentence": QCoreApplication.translate("Labels", "Repeated sentences"),
        "width": QCoreApplication.translate("Labels", "Full-width digits and letters"),
        "traditional": QCoreApplication.translate("Labels", "Traditional characters"),
        "name": QCoreApplication.translate("Labels", "Names written two ways"),
        "citation": QCoreApplication.translate("Labels", "Citations"),
        "variant": QCoreApplication.translate("Labels", "Variant word forms"),
        "typo": QCoreApplication.translate("Labels", "Possible wrong characters"),
    }


def severity_names() -> dict[str, str]:
    """错误 / 警告 / 提示."""
    return {"error": QCoreApplication.translate("Labels", "Errors"),
            "warning": QCoreApplication.translate("Labels", "Warnings"),
            "info": QCoreApplication.translate("Labels", "Notes")}


def finding_status_names() -> dict[str, str]:
    """What a person made of a finding: 未处理 / 已更正 / 已忽略."""
    return {"open": QCoreApplication.translate("Labels", "Open"),
            "fixed": QCoreApplication.translate("Labels", "Fixed"),
            "ignored": QCoreApplication.translate("Labels", "Ignored")}
