"""Running headers that earlier extraction left inside the text.

In: the flow of a source's lines. Out: the indices of lines that are running
headers and not content: a header printed twice and interleaved
(``市政府文件市政府文件``, ``部部门门文件文件``, ``市政府市政府办公室办公室文件文件``)
or a title printed one character a line (``公`` / ``报``).
"""
from __future__ import annotations

import re

from workbench.parse.patterns import compact


def is_doubled(text: str) -> bool:
    """True when the text is made of chunks each printed twice in a row."""
    text = compact(text)
    if len(text) < 6 or len(text) % 2:
        return False
    reachable = [True] + [False] * len(text)
    for end in range(2, len(text) + 1, 2):
        for start in range(end - 2, -1, -2):
            if reachable[start]:
                half = (end - start) // 2
                if text[start:start + half] == text[start + half:end]:
                    reachable[end] = True
                    break
    return reachable[len(text)]


def noise_indices(texts: list[str]) -> set[int]:
    """Indices of running-header lines among ``texts`` (a source's lines in order)."""
    noise = {index for index, text in enumerate(texts) if is_doubled(text)}
    single = [bool(re.fullmatch(r"[\u4e00-\u9fff]", compact(text))) for text in texts]
    index = 0
    while index < len(texts):
        if single[index]:
            end = index
            while end + 1 < len(texts) and single[end + 1]:
                end += 1
            if end - index + 1 >= 3:
                noise.update(range(index, end + 1))
            index = end + 1
        else:
            index += 1
    return noise
