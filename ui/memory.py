"""Keeping the interpreter's full collections short, so they never stall the window.

``settle_memory()`` collects once, then moves everything alive now (modules, the window,
the libraries' tables) out of later full collections. A full collection walks every tracked
object with the interpreter lock held; with the libraries loaded that is 40-70 ms, and
objects made since the last settle (an import's caches, jieba's tables) make it longer —
long enough to stall the window when a worker's allocations trigger one. Called once the
window shows its library and again after each import has been handled.
"""
from __future__ import annotations

import gc


def settle_memory() -> None:
    gc.collect()
    gc.freeze()
