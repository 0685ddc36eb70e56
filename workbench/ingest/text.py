"""Read a plain-text bulletin: detect its encoding, split it into pages and lines.

In: the file's bytes. Out: a ``Source`` of kind ``text`` whose lines carry their
1-based line number in the file (no boxes); a form feed starts a new page; blank
lines are left out (their numbers are kept by the lines around them).
Encodings: UTF-8 (with or without BOM), UTF-16 (BOM, or NUL-byte pattern),
GB18030 (which covers GBK and GB2312), or both line by line (encoding "utf-8+gb18030"), a line neither
reads kept with U+FFFD in place of its bytes. Binary data and text that decodes to nonsense are refused
with a message.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from workbench import limits
from workbench.errors import BinaryFile, EmptyFile, TooLarge, UnknownEncoding
from workbench.limits import megabytes
from workbench.model import Line, Page, Source
from workbench.vocabulary import SourceKind

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
UNDECODABLE = "\ufffd"
_CHINESE = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def detect_encoding(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(encoding, text)`` for ``data``; raise BinaryFile or UnknownEncoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, path)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode(data, utf16, path)
    if b"\x00" in data:
        raise BinaryFile(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        encoding, text = _line_by_line(data, path)
    else:
        encoding = "utf-8"
    _refuse_nonsense(text, path)
    return encoding, text


def _line_by_line(data: bytes, path: str) -> tuple[str, str]:
    """Each line in whichever of UTF-8 and GB18030 reads it (files pasted together from two systems); a line
    neither reads keeps U+FFFD where its bytes were (proofreading marks it). Refused when most lines are so.

    A short GB18030 line can happen to be valid UTF-8 (通知 reads as "֪ͨ"), so UTF-8 is taken for a line
    only when it reads as Chinese (an ideograph or full-width punctuation), GB18030 otherwise."""
    lines, found = [], set()
    for raw in data.split(b"\n"):  # a newline byte never occurs inside a UTF-8 or GB18030 character
        if raw.isascii():
            lines.append(raw.decode("ascii"))
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is not None and _CHINESE.search(text):
            lines.append(text)
            found.add("utf-8")
            continue
        try:
            lines.append(raw.decode("gb18030"))
            found.add("gb18030")
        except UnicodeDecodeError:
            lines.append(raw.decode("gb18030", errors="replace"))
            found.add(UNDECODABLE)
    if UNDECODABLE in found and sum(UNDECODABLE in line for line in lines) > 0.2 * len(lines):
        raise UnknownEncoding(path)
    found.discard(UNDECODABLE)
    return "+".join(sorted(found, reverse=True)) or "gb18030", "\n".join(lines)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes present and one byte order decodes to readable text."""
    if b"\x00" not in data[:4096] or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            sample = data[:8192].decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(_is_readable(char) for char in sample) / max(len(sample), 1) > 0.95:
            return encoding
    return None


def _is_readable(char: str) -> bool:
    code = ord(char)
    return (
        char.isspace() or 0x20 <= code < 0x7F or 0x4E00 <= code <= 0x9FFF
        or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F
    )


def _decode(data: bytes, encoding: str, path: str) -> tuple[str, str]:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise UnknownEncoding(path, f"{encoding} 解码失败于第 {err.start} 字节") from err
    _refuse_nonsense(text, path)
    return encoding.replace("-sig", "").replace("-le", "").replace("-be", ""), text


def _refuse_nonsense(text: str, path: str) -> None:
    """Refuse text that is mostly control characters or unassigned/private code points."""
    sample = text[:20000]
    if not sample.strip():
        raise EmptyFile(path, "只有空白字符")
    bad = 0
    for char in sample:
        category = unicodedata.category(char)
        if (category == "Cc" and char not in _ALLOWED_CONTROLS) or category in ("Co", "Cn", "Cs"):
            bad += 1
    if bad / len(sample) > 0.02:
        raise BinaryFile(path)


def read_file(path: str, sha256: str) -> Source:
    """A text file within the ``text_mb`` limit, read whole."""
    size, limit = Path(path).stat().st_size, limits.current().text_mb
    if size > limit * 1024**2:
        raise TooLarge(path, f"文本文件 {megabytes(size)}，上限 {limit:g} MB（可放宽：text_mb）")
    return read_text(Path(path).read_bytes(), path, sha256)


def read_text(data: bytes, path: str, sha256: str) -> Source:
    """Build a text ``Source`` from the file's bytes."""
    encoding, text = detect_encoding(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = [Page(number=1)]
    for line_no, raw in enumerate(text.split("\n"), start=1):
        chunks = raw.split("\f")
        for index, chunk in enumerate(chunks):
            if index:
                pages.append(Page(number=len(pages) + 1))
            if chunk.strip():
                # keep tabs: leading tabs in a tab-separated row are empty cells
                pages[-1].lines.append(Line(text=chunk.rstrip(" \u3000"), line_no=line_no))
    return Source(path=path, sha256=sha256, kind=SourceKind.TEXT, pages=pages, encoding=encoding)
