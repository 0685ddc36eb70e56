"""Decide which reader a file needs, from its first bytes and then its name.

In: a path. Out: a kind (``pdf``, ``docx``, ``image``, ``text``) or a
``WorkbenchError`` naming the file and the reason (missing, empty, too large,
an old binary Word file …).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from workbench import limits
from workbench.errors import EmptyFile, FileMissing, TooLarge, UnsupportedFormat
from workbench.limits import megabytes

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"}
TEXT_SUFFIXES = {".txt", ".text", ""}
SUPPORTED_SUFFIXES = IMAGE_SUFFIXES | TEXT_SUFFIXES | {".pdf", ".docx"}

_MAGIC = [
    (b"%PDF", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"BM", "image"),
]


def sniff(path: Path) -> str:
    """Return the reader kind for ``path``; raise if it cannot be read at all."""
    if not path.exists():
        raise FileMissing(str(path))
    if path.is_dir():
        raise UnsupportedFormat(str(path), "这是文件夹，不是文件")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(str(path))
    limit = limits.current().file_mb
    if size > limit * 1024**2:
        raise TooLarge(str(path), f"{megabytes(size)}，上限 {limit:g} MB（可放宽：file_mb）")
    with path.open("rb") as handle:
        head = handle.read(16)
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(str(path), "旧版 Word/Office 二进制格式，请另存为 .docx")
    if suffix == ".docx":
        return "docx"
    for magic, kind in _MAGIC:
        if head.startswith(magic) and (kind != "image" or suffix in IMAGE_SUFFIXES or magic != b"BM"):
            return kind
    if suffix == ".pdf":
        return "pdf"  # the PDF reader reports it as corrupt
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if head.startswith(b"PK\x03\x04"):
        raise UnsupportedFormat(str(path), "压缩包或未知的 Office 文件")
    return "text"


def sha256_of(path: Path) -> str:
    """SHA-256 of the file's bytes, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
