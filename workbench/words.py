"""jieba's word list, built so that other threads keep running while it loads; where its words begin and end.

``ready()`` makes sure the list is built and returns nothing; call it before any jieba
call. jieba's own start reads a 9 MB cache with one ``marshal.load`` that holds the
interpreter lock for over a second, so every other thread — the window's — stops
meanwhile. Building the list from jieba's dictionary file instead is Python work that
other threads interleave with (about a second and a half; no pause over 100 ms once
the window has frozen its heap). After the first call this costs one attribute read.
"""
from __future__ import annotations

import jieba

jieba.setLogLevel(60)


def ready() -> None:
    tokenizer = jieba.dt
    if tokenizer.initialized:
        return
    with tokenizer.lock:  # jieba's own initialise waits on this lock, then finds the list built
        if not tokenizer.initialized:
            tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
            tokenizer.initialized = True


def edges_around(text: str, start: int, end: int, margin: int = 6) -> set[int]:
    """Offsets in ``text`` where jieba's words (no new words guessed) begin or end, segmenting ``margin``
    characters either side of ``text[start:end]``."""
    ready()
    first = max(0, start - margin)
    return {first + edge for _word, a, b in jieba.tokenize(text[first:end + margin], HMM=False) for edge in (a, b)}
