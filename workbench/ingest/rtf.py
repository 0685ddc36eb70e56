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
from workbench.vocabulary import SourceKind

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
    return Source(path=path, sha256=sha256, kind=SourceKind.RTF, pages=[page])


def rtf_lines(data: bytes) -> list[str]:
    """The lines of an RTF document: paragraphs, and table rows as tab-separated cells."""
    text = _RtfText(_codepage(data))
    for match in _TOKEN.finditer(data):
        word, number, hexa, symbol, brace, chunk = match.groups()
        if brace is not None:
            text.brace(brace)
        elif text.starts_skipping(word, symbol) or text.skipping:
            continue
        elif word is not None:
            text.control_word(word, number)
        elif hexa is not None:
            text.byte(int(hexa, 16))
        elif symbol is not None:
            text.symbol(symbol)
        elif chunk:
            text.chunk(chunk)
    return text.finish()


_WORD_TEXT = {b"tab": "\t", b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“",
              b"rdblquote": "”"}
_SYMBOL_TEXT = {b"\\": "\\", b"{": "{", b"}": "}", b"~": " "}


class _RtfText:
    """The text an RTF token stream spells: lines and table cells, with the group state that skips
    destinations and the ``\\ucN`` fallback characters to drop."""

    def __init__(self, codepage: str) -> None:
        self.codepage = codepage
        self.lines: list[str] = []
        self.line: list[str] = []
        self.cells: list[str] = []
        self.pending = bytearray()  # \'hh bytes waiting to be decoded together (a GBK character is two)
        self.stack: list[tuple[bool, int]] = []
        self.skipping, self.first_in_group, self.fallback, self.to_drop = False, False, 1, 0

    def brace(self, brace: bytes) -> None:
        self.flush_bytes()
        if brace == b"{":
            self.stack.append((self.skipping, self.fallback))
            self.first_in_group = True
        else:
            self.skipping, self.fallback = self.stack.pop() if self.stack else (False, 1)
            self.first_in_group = False

    def starts_skipping(self, word: bytes | None, symbol: bytes | None) -> bool:
        """Whether this token opens a destination that is not text (``{\\*…}`` or a known one)."""
        first, self.first_in_group = self.first_in_group, False
        if first and (symbol == b"*" or word in _SKIPPED):
            self.skipping = True
            return symbol == b"*"
        return False

    def control_word(self, word: bytes, number: bytes | None) -> None:
        if word == b"uc":
            self.fallback = int(number or 1)
        elif word == b"u":
            self.flush_bytes()
            value = int(number or 0)
            self.line.append(chr(value + 65536 if value < 0 else value))
            self.to_drop = self.fallback
        elif word in (b"par", b"line", b"sect", b"page"):
            self.flush_bytes()
            self.end_line()
        elif word == b"cell":
            self.flush_bytes()
            self.cells.append("".join(self.line).strip())
            self.line.clear()
        elif word == b"row":
            self.lines.append("\t".join(self.cells))
            self.cells.clear()
        elif word in _WORD_TEXT:
            self.line.append(_WORD_TEXT[word])

    def byte(self, value: int) -> None:
        if self.to_drop:
            self.to_drop -= 1
        else:
            self.pending.append(value)

    def symbol(self, symbol: bytes) -> None:
        self.flush_bytes()
        self.line.append(_SYMBOL_TEXT.get(symbol, ""))

    def chunk(self, raw: bytes) -> None:
        self.flush_bytes()
        chunk = raw.decode(self.codepage, errors="replace")
        if self.to_drop:
            dropped = min(self.to_drop, len(chunk))
            chunk, self.to_drop = chunk[dropped:], self.to_drop - dropped
        self.line.append(chunk)

    def flush_bytes(self) -> None:
        if self.pending:
            self.line.append(self.pending.decode(self.codepage, errors="replace"))
            self.pending.clear()

    def end_line(self) -> None:
        self.lines.append("".join(self.line))
        self.line.clear()

    def finish(self) -> list[str]:
        self.flush_bytes()
        if self.line:
            self.end_line()
        return self.lines


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
