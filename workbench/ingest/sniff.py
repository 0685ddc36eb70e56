"""Decide which reader a file needs, from its first bytes and then its name.

In: a path. Out: a kind (a ``SourceKind`` value, from the registry ``readers.READERS``) or a
``WorkbenchError`` naming the file and the reason (missing, empty, too large, an Office file that
is not a text document …).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from workbench import limits
from workbench.errors import EmptyFile, FileMissing, TooLarge, UnsupportedFormat
from workbench.ingest.readers import READERS, suffixes
from workbench.limits import megabytes
from workbench.vocabulary import SourceKind

SUPPORTED_SUFFIXES = suffixes()


def sniff(path: Path) -> str:
    """Return the reader kind for ``path`` (see ``readers.READERS``); raise if it cannot be read at all."""
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
        head = handle.read(512)
    for reader in READERS:
        if reader.recognises(path, head):
            return reader.kind.value
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(str(path), "Office 二进制文件，但不是 Word/WPS 文字文档（可能是表格或演示文稿）")
    if head.startswith(b"PK\x03\x04"):
        raise UnsupportedFormat(str(path), "压缩包或未知的 Office 文件")
    for reader in READERS:  # named as one of ours but not recognised: its reader says what is wrong
        if suffix in reader.suffixes and reader.kind != SourceKind.TEXT:
            return reader.kind.value
    return SourceKind.TEXT.value


def sha256_of(path: Path) -> str:
    """SHA-256 of the file's bytes, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
