"""How large an input may be, in one place: checked before the work starts, so a hostile file fails
quickly instead of taking the machine with it.

``Limits`` holds each limit with its default; ``current()`` is what is in force and ``use(limits)``
changes it (the CLI's ``--limit NAME=VALUE``, the window's ``limits`` setting). ``parse(["text_mb=100"])``
reads such overrides. A page image larger than ``render_megapixels`` is rendered at the largest scale
that fits instead of being refused.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from workbench.errors import UsageError


@dataclass(frozen=True)
class Limits:
    file_mb: float = 2048  # any input file
    text_mb: float = 64  # a plain-text file (read whole)
    docx_member_mb: float = 256  # one part of a .docx once decompressed (its zip directory says)
    docx_total_mb: float = 512  # all parts of a .docx decompressed
    pages: float = 5000  # pages of one PDF (a year of a monthly bulletin is about 1,000)
    page_points: float = 6000  # the longer side of a page (A0 is 3370 pt)
    image_megapixels: float = 400  # an image file's pixels, known before it is decoded
    render_megapixels: float = 60  # a page rendered for OCR (A3 at 300 dpi is 17)
    memory_mb: float = 1024  # what reading one input may add to a process's memory (workbench.memory)


_current = Limits()


def current() -> Limits:
    return _current


def use(limits: Limits) -> None:
    global _current
    _current = limits


def parse(overrides: list[str], base: Limits | None = None) -> Limits:
    """``base`` (the defaults) with ``NAME=VALUE`` overrides; a clear error for a name or value it cannot take."""
    names = {f.name for f in fields(Limits)}
    values: dict[str, float] = {}
    for item in overrides:
        name, _, value = item.partition("=")
        name = name.strip()
        if name not in names:
            raise UsageError(detail=f"没有名为“{name}”的上限（可用：{'、'.join(sorted(names))}）")
        try:
            values[name] = float(value)
        except ValueError:
            raise UsageError(detail=f"上限 {name} 的值应是数字，而不是“{value}”") from None
        if values[name] <= 0:
            raise UsageError(detail=f"上限 {name} 应大于 0")
    return replace(base or Limits(), **values)


def megabytes(size: int) -> str:
    return f"{size / 1024**2:.0f} MB" if size >= 1024**2 else f"{size / 1024:.0f} KB"
