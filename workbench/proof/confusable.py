"""Characters one may type for another: the same sound and tone, or a like shape.

In: ``resources/proof/confusable.tsv`` (adapted from pycorrector) and pypinyin's readings. Out: ``typed_for()`` —
a character → the characters it may have been typed as. Read by the typo rule (统畴 for 统筹) and the name rule
(李单 for 李丹).
"""
from __future__ import annotations

from functools import lru_cache

from workbench.proof import lists


@lru_cache(maxsize=1)
def typed_for() -> dict[str, frozenset[str]]:
    """A character → the characters it may have been typed as (same sound and tone, or a like shape)."""
    found: dict[str, set[str]] = {}
    for row in lists.rows("confusable.tsv"):
        for other in "".join(row[1:]):
            found.setdefault(other, set()).add(row[0])
    for reading_chars in _homophones().values():
        for char in reading_chars:
            found.setdefault(char, set()).update(reading_chars - {char})
    return {char: frozenset(others) for char, others in found.items()}


def _homophones() -> dict[str, set[str]]:
    """A toned reading → the characters of GB 2312 (the ones in daily use) whose usual reading it is (pypinyin lists
    it first; a rare reading — 打 read dá — would pair characters nobody confuses)."""
    from pypinyin.pinyin_dict import pinyin_dict

    by_reading: dict[str, set[str]] = {}
    for code, readings in pinyin_dict.items():
        if 0x4E00 <= code <= 0x9FFF and _in_daily_use(chr(code)):
            by_reading.setdefault(readings.split(",")[0], set()).add(chr(code))
    return by_reading


def _in_daily_use(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True
