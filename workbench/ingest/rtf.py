"""Rich Text Format (``.rtf``): the text in paragraphs, tables as tab-separated rows.

In: a path and its SHA-256. Out: a ``Source`` of one page of lines (``line_no`` the paragraph number).
A small reader of the format's own grammar: groups, control words and symbols; destinations that are
not text (font, colour and style tables, document information, pictures, ``{\\*\\…}`` groups) are
skipped; ``\\par`` and ``\\line`` end a line, ``\\cell`` a cell, ``\\row`` a table row; ``\\'hh`` bytes
are decoded in the document's code page (``\\ansicpg936`` → GBK, or the font's ``\\fcharset`` 134) and
``\\uN`` characters taken with the ``\\ucN`` fallback characters after them dropped. Nothing is executed.
"""
from __future__ import annotations

import re

from workbench.errors import CorruptFile
from workbench.model import Line, Page, Source

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+")
_SKIPPED = {b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header", b"footer", b"headerl",
            b"headerr", b"footerl", b"footerr", b"footnote", b"listtable", b"listoverridetable", b"rsidtbl",
            b"generator", b"xmlnstbl", b"themedata", b"colorschememapping", b"latentstyles", b"datastore",
            b"fldinst", b"bkmkstart", b"bkmkend", b"revtbl", b"pgdsctbl", b"filetbl", b"shppict", b"nonshppict"}
_CODEPAGES = {936: "gbk", 54936: "gb18030", 950: "big5", 1252: "cp1252", 65001: "utf-8"}
_CHARSETS = {134: "gbk", 136: "big5", 0: "cp1252"}


def read_rtf(path: str, sha256: str) -> Source:
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.lstrip().startswith(b"{\\rtf"):
        raise CorruptFile(path, "不是有效的 RTF 文件")
    page = Page(number=1)
    for number, text in enumerate(rtf_lines(data), start=1):
        if text.strip():
            page.lines.append(Line(text=text.strip(), line_no=number))
    return Source(path=path, sha256=sha256, kind="rtf", pages=[page])


def rtf_lines(data: bytes) -> list[str]:
    """The lines of an RTF document: paragraphs, and table rows as tab-separated cells."""
    codepage = _codepage(data)
    lines: list[str] = []
    line: list[str] = []
    pending = bytearray()  # \'hh bytes waiting to be decoded together (a GBK character is two)
    stack: list[tuple[bool, int]] = []
    skipping, skip_next, fallback, to_drop = False, False, 1, 0
    cells: list[str] = []

    def flush_bytes() -> None:
        if pending:
            line.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    for match in _TOKEN.finditer(data):
        word, number, hexa, symbol, brace, text = match.groups()
        if brace == b"{":
            flush_bytes()
            stack.append((skipping, fallback))
            skip_next = True
            continue
        if brace == b"}":
            flush_bytes()
            skipping, fallback = stack.pop() if stack else (False, 1)
            skip_next = False
            continue
        first_in_group, skip_next = skip_next, False
        if symbol == b"*" and first_in_group:
            skipping = True
            continue
        if word is not None:
            if first_in_group and word in _SKIPPED:
                skipping = True
            if skipping:
                continue
            if word == b"uc":
                fallback = int(number or 1)
            elif word == b"u":
                flush_bytes()
                value = int(number or 0)
                line.append(chr(value + 65536 if value < 0 else value))
                to_drop = fallback
            elif word in (b"par", b"line", b"sect", b"page"):
                flush_bytes()
                lines.append("".join(line))
                line.clear()
            elif word == b"cell":
                flush_bytes()
                cells.append("".join(line).strip())
                line.clear()
            elif word == b"row":
                lines.append("\t".join(cells))
                cells.clear()
            elif word == b"tab":
                line.append("\t")
            elif word in (b"emdash", b"endash"):
                line.append("—" if word == b"emdash" else "–")
            elif word in (b"lquote", b"rquote", b"ldblquote", b"rdblquote"):
                line.append({b"lquote": "‘", b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”"}[word])
            continue
        if skipping:
            continue
        if hexa is not None:
            if to_drop:
                to_drop -= 1
                continue
            pending.append(int(hexa, 16))
            continue
        if symbol is not None:
            flush_bytes()
            if symbol in (b"\\", b"{", b"}"):
                line.append(symbol.decode())
            elif symbol == b"~":
                line.append(" ")
            continue
        if text:
            flush_bytes()
            chunk = text.decode(codepage, errors="replace")
            if to_drop:
                dropped = min(to_drop, len(chunk))
                chunk, to_drop = chunk[dropped:], to_drop - dropped
            line.append(chunk)
    flush_bytes()
    if line:
        lines.append("".join(line))
    return lines


def _codepage(data: bytes) -> str:
    """The encoding of ``\\'hh`` bytes: the ``\\ansicpg`` code page, else a Chinese font charset, else cp1252."""
    match = re.search(rb"\\ansicpg(\d+)", data[:4096])
    if match and int(match.group(1)) in _CODEPAGES:
        return _CODEPAGES[int(match.group(1))]
    charsets = {int(value) for value in re.findall(rb"\\fcharset(\d+)", data[:65536])}
    for charset in (134, 136):
        if charset in charsets:
            return _CHARSETS[charset]
    return "cp1252"
