"""What a person makes of a stored finding, without the window: accept its suggestion, or ignore it.

``accept(store, finding_id)`` puts the suggestion in place of the flagged text (a text or cell
correction, so the field read from that line follows it) and marks the finding fixed, in one
transaction; ``ignore(store, finding_id, reason)`` marks it ignored with the reason. Both refuse, with
one line, a finding that is not open, has no suggestion, or whose text has changed since the rules ran.
Out: the ``Changes``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.changes import Changes
from workbench.edit.corrections import apply, edit_field, edit_text
from workbench.errors import UsageError
from workbench.field_path import FieldPath
from workbench.vocabulary import FindingStatus

if TYPE_CHECKING:
    from workbench.store import Store


def _stored(store: Store, finding_id: int):
    row = next((row for row in store.findings() if row.id == finding_id), None)
    if row is None:
        raise UsageError(detail=f"没有编号为 {finding_id} 的校对问题")
    return row


def accept(store: Store, finding_id: int) -> Changes:
    row = _stored(store, finding_id)
    finding = row.finding
    if finding.status != FindingStatus.OPEN.value or finding.suggestion is None:
        raise UsageError(detail=f"校对问题 {finding_id} 不是待处理的、或没有建议，无法采纳")
    doc = store.document(row.source_id, row.doc_key)
    if doc is None:
        raise UsageError(detail=f"校对问题 {finding_id} 所在的公文已不在库中")
    if finding.cell is not None:
        seq, r, c = finding.cell
        cells = doc.tables[seq].cells if seq < len(doc.tables) else []
        current = next((cell.text for cell in cells if (cell.row, cell.col) == (r, c)), None)
    else:
        current = doc.elements[finding.element].text if finding.element is not None \
            and finding.element < len(doc.elements) else None
    if current is None or current[finding.start:finding.start + len(finding.text)] != finding.text:
        raise UsageError(detail=f"校对问题 {finding_id} 所在的文字已改动，请重新校对")
    fixed = current[:finding.start] + finding.suggestion + current[finding.start + len(finding.text):]
    if finding.cell is not None:
        edit = edit_field(row.source_id, row.doc_key, str(FieldPath.cell(*finding.cell)), fixed)
    else:
        edit = edit_text(store, row.source_id, row.doc_key, doc, finding.element, fixed)
    with store.transaction():
        changes = apply(store, edit)
        return changes | store.set_finding_status(finding_id, FindingStatus.FIXED.value, "")


def ignore(store: Store, finding_id: int, reason: str) -> Changes:
    row = _stored(store, finding_id)
    if row.finding.status == FindingStatus.IGNORED.value:
        raise UsageError(detail=f"校对问题 {finding_id} 已是“已忽略”")
    return store.set_finding_status(finding_id, FindingStatus.IGNORED.value, reason)
