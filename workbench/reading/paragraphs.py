"""Where a paragraph goes on: a printed line carries on the paragraph of the body line before it unless that one
ends a sentence (``。`` ``；`` ``：`` …, also before a closing mark: ``。”``) or the line is indented past it.

In: the earlier line's text and box, and the later line's box (None where unknown or on another page). Out: a
bool. Used where printed lines are joined into paragraphs: the proofreading passages, and the repair of
recognised marks that come in pairs (a quotation opened on one line and closed on the next).
"""
from __future__ import annotations

from workbench.model import BBox

SENTENCE_END = ("。", "！", "？", "；", "：", ":", ";", "!", "?")
CLOSERS = ("”", "’", "》", "）", ")")


def carries_on(previous_text: str, previous_box: BBox | None, box: BBox | None) -> bool:
    """Whether a line at ``box`` carries on the paragraph whose last line reads ``previous_text`` at
    ``previous_box``."""
    text = previous_text.rstrip()
    if text.endswith(SENTENCE_END) or (text.endswith(CLOSERS) and text[:-1].endswith(SENTENCE_END)):
        return False
    if previous_box and box:
        height = previous_box[3] - previous_box[1]
        if box[0] - previous_box[0] > 0.8 * height:  # the new line is indented: a new paragraph
            return False
    return True
