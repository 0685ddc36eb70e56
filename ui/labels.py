"""Names of the core's vocabulary as a person reads them (one table each, translated)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.ingest.readers import READERS
from workbench.model import ProofStatus


def status_names() -> dict[str, str]:
    """Proofreading statuses: 未校对 / 校对中 / 已校对."""
    return {ProofStatus.TODO.value: QCoreApplication.translate("Labels", "Not proofread"),
            ProofStatus.DOING.value: QCoreApplication.translate("Labels", "Proofreading"),
            ProofStatus.DONE.value: QCoreApplication.translate("Labels", "Proofread")}


def kind_name(kind: str) -> str:
    """A source's kind: PDF, 文本, Word, 图像."""
    return next((reader.label for reader in READERS if reader.kind.value == kind), kind)


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
