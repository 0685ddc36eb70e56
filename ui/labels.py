"""Names of the core's vocabulary as a person reads them (one table each, translated)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.model import ProofStatus, SourceKind


def status_names() -> dict[str, str]:
    """Proofreading statuses: 未校对 / 校对中 / 已校对."""
    return {ProofStatus.TODO.value: QCoreApplication.translate("Labels", "Not proofread"),
            ProofStatus.DOING.value: QCoreApplication.translate("Labels", "Proofreading"),
            ProofStatus.DONE.value: QCoreApplication.translate("Labels", "Proofread")}


def kind_name(kind: str) -> str:
    """A source's kind: PDF, 文本, Word, 图像."""
    names = {SourceKind.PDF.value: "PDF", SourceKind.TEXT.value: QCoreApplication.translate("Labels", "Text"),
             SourceKind.DOCX.value: "Word", SourceKind.IMAGE.value: QCoreApplication.translate("Labels", "Image")}
    return names.get(kind, kind)
