"""``ocr``: characters the OCR engine was unsure of, one finding per printed line; and bytes of a text file
no encoding could read (``undecodable``).

Reads the recognised lines kept in the source (each character with its confidence);
a line with characters below ``DOUBTFUL`` is flagged, with those characters marked,
and placed in the document whose element was read from that line.
"""
from __future__ import annotations

import re

from workbench.finding import Finding
from workbench.model import DOUBTFUL, ParseResult
from workbench.proof.rule import Rule
from workbench.reading.passages import Joined, document_label
from workbench.vocabulary import Category, Severity

_UNDECODABLE = re.compile("\ufffd+")


def findings(result: ParseResult, threshold: float = DOUBTFUL) -> list[Finding]:
    if not any(line.char_confidence for source in result.sources for page in source.pages for line in page.lines):
        return []  # nothing was recognised by OCR
    places: dict[tuple, tuple[int | None, int | None]] = {}  # (page, box) of an element's line → (document index, element seq)
    for doc_index, document in enumerate(result.documents):
        for element_seq, element in enumerate(document.elements):
            if element.page is not None and element.bbox is not None:
                places[(element.page, tuple(round(v, 1) for v in element.bbox))] = (doc_index, element_seq)
    found = []
    for source in result.sources:
        for page in source.pages:
            for line in page.lines:
                scores = line.char_confidence or ()
                if not scores or len(scores) != len(line.text) or line.bbox is None:
                    continue
                doubtful = [i for i, (char, score) in enumerate(zip(line.text, scores))
                            if score < threshold and not char.isspace()]
                if not doubtful:
                    continue
                index, seq = places.get((page.number, tuple(round(v, 1) for v in line.bbox)), (None, None))
                doc = result.documents[index] if index is not None else None
                first, last = doubtful[0], doubtful[-1] + 1
                chars = "、".join(f"“{line.text[i]}”" for i in doubtful[:6])
                x0, y0, x1, y1 = line.bbox
                pitch = (x1 - x0) / len(line.text)
                found.append(Finding(
                    rule="ocr.doubtful", category=Category.OCR, severity=Severity.INFO,
                    message=f"识别把握不大的字：{chars}" + ("等" if len(doubtful) > 6 else "") + "，请对照原页核对",
                    text=line.text[first:last], doc=index, document=document_label(doc) if doc else None,
                    element=seq, start=first, context=line.text, page=page.number, line=line.line_no,
                    bbox=(x0 + pitch * first, y0, x0 + pitch * last, y1)))
    return found


def undecodable(joined: Joined) -> list[Finding]:
    """Bytes of a text file that no encoding read, or control characters a file held (both kept as U+FFFD):
    one finding per passage holding them, spanning from the first such character to the last."""
    spans: dict[int, list[int]] = {}  # passage index → [first, end] of its runs in the joined text
    for run in _UNDECODABLE.finditer(joined.text) if "\ufffd" in joined.text else ():
        spans.setdefault(joined.index(run.start()), [run.start(), run.end()])[1] = run.end()
    return [joined.finding("ocr.undecodable", Category.OCR, Severity.WARNING,
                           "此处有无法解码的字节或不可见的控制字符（文件混有其他编码或从别处粘贴），请对照原件", start, end - start)
            for start, end in spans.values()]


RULE = Rule("ocr", (Category.OCR,), "识别存疑", lambda seen: findings(seen.result) + undecodable(seen.joined))
