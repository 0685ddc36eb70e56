"""Word 97–2003 ``.doc`` and Kingsoft ``.wps`` (the same OLE2 binary format): the main text, in paragraphs.

In: a path and its SHA-256. Out: a ``Source`` of one page of lines (``line_no`` the paragraph number),
like a Word file's: the document's main story only (headers, footers, footnotes and comments are stored
after it and left out), read through its piece table (the CLX in the table stream) so text saved in
several goes reads in order; 8-bit pieces in cp1252, others UTF-16. Table cells (ending in ``\\x07``)
become tab-separated rows; a field's code is dropped and its result kept; Word's special marks (pictures,
page and line breaks, optional hyphens) become nothing or a space. An encrypted file or one that is not
a Word document is refused with one line; ``olefile`` (BSD) reads the compound file.
"""
from __future__ import annotations

import re
import struct

import olefile

from workbench import limits
from workbench.errors import CorruptFile, EncryptedFile, TooLarge, UnsupportedFormat
from workbench.limits import megabytes
from workbench.model import Line, Page, Source
from workbench.vocabulary import SourceKind

WORD_MAGIC = 0xA5EC
_FIELD = re.compile(r"\x13[^\x13\x14\x15]*\x14([^\x13\x14\x15]*)\x15|\x13[^\x13\x14\x15]*\x15")
_DROPPED = re.compile(r"[\x01\x02\x03\x04\x05\x08\x1f\ufeff]")
_SPACES = re.compile(r"[\x0b\x0c\xa0]")


def is_word_binary(path: str) -> bool:
    """Whether ``path`` is an OLE2 compound file holding a Word document stream."""
    try:
        with olefile.OleFileIO(path) as ole:
            return ole.exists("WordDocument")
    except (OSError, ValueError, struct.error):
        return False


def read_doc(path: str, sha256: str) -> Source:
    text = main_text(path)
    page = Page(number=1)
    for number, paragraph in enumerate(_paragraphs(text), start=1):
        if paragraph.strip():
            page.lines.append(Line(text=paragraph.strip(), line_no=number))
    return Source(path=path, sha256=sha256, kind=SourceKind.DOC, pages=[page])


def main_text(path: str) -> str:
    """The main story of a Word binary file, as stored (paragraph marks ``\\r``, cell marks ``\\x07``)."""
    try:
        ole = olefile.OleFileIO(path)
    except (OSError, ValueError) as err:
        raise CorruptFile(path, "不是有效的 Word 97–2003 / WPS 文件") from err
    with ole:
        if not ole.exists("WordDocument"):
            raise UnsupportedFormat(path, "Office 二进制文件，但不是 Word/WPS 文字文档（可能是表格或演示文稿）")
        limit = limits.current().docx_member_mb * 1024**2
        for stream in ("WordDocument", "0Table", "1Table"):
            if ole.exists(stream) and ole.get_size(stream) > limit:
                raise TooLarge(path, f"{stream} {megabytes(ole.get_size(stream))}（可放宽：docx_member_mb）")
        word = ole.openstream("WordDocument").read()
        if len(word) < 0x200 or struct.unpack_from("<H", word, 0)[0] != WORD_MAGIC:
            raise CorruptFile(path, "Word 文档流的文件头不对")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:
            raise EncryptedFile(path)
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise CorruptFile(path, f"缺少 {table_name} 流")
        table = ole.openstream(table_name).read()
    ccp_text, fc_clx, lcb_clx = _fib(word, path)
    pieces = _pieces(table[fc_clx:fc_clx + lcb_clx], path)
    parts = []
    for start, end, offset, compressed in pieces:
        count = end - start
        raw = word[offset:offset + count] if compressed else word[offset:offset + 2 * count]
        parts.append(raw.decode("cp1252" if compressed else "utf-16-le", errors="replace"))
    return "".join(parts)[:ccp_text]


def _fib(word: bytes, path: str) -> tuple[int, int, int]:
    """(characters in the main story, where the CLX is in the table stream, its size) from the FIB."""
    try:
        csw = struct.unpack_from("<H", word, 32)[0]
        at = 34 + 2 * csw
        cslw = struct.unpack_from("<H", word, at)[0]
        ccp_text = struct.unpack_from("<i", word, at + 2 + 3 * 4)[0]
        at += 2 + 4 * cslw
        cb = struct.unpack_from("<H", word, at)[0]
        if cb < 34:
            raise CorruptFile(path, "Word 文件头过短")
        fc_clx, lcb_clx = struct.unpack_from("<II", word, at + 2 + 33 * 8)
    except struct.error as err:
        raise CorruptFile(path, "Word 文件头不完整") from err
    if ccp_text < 0 or lcb_clx == 0:
        raise CorruptFile(path, "Word 文件中没有正文")
    return ccp_text, fc_clx, lcb_clx


def _pieces(clx: bytes, path: str) -> list[tuple[int, int, int, bool]]:
    """(first character, end, byte offset in WordDocument, 8-bit) of each piece of the piece table."""
    at = 0
    try:
        while at < len(clx) and clx[at] == 1:  # Prc: formatting, skipped
            at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
        if at >= len(clx) or clx[at] != 2:
            raise CorruptFile(path, "Word 文件的片段表无法读取")
        size = struct.unpack_from("<I", clx, at + 1)[0]
        plc = clx[at + 5:at + 5 + size]
        count = (len(plc) - 4) // 12
        positions = struct.unpack_from(f"<{count + 1}i", plc, 0)
        found = []
        for index in range(count):
            value = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * index + 2)[0]
            compressed = bool(value & 0x40000000)
            offset = (value & 0x3FFFFFFF) // 2 if compressed else value & 0x3FFFFFFF
            found.append((positions[index], positions[index + 1], offset, compressed))
    except struct.error as err:
        raise CorruptFile(path, "Word 文件的片段表不完整") from err
    return found


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of the main story; a table's rows (each cell ending in ``\\x07``, the row in one more) as
    tab-separated lines. A cell's later paragraphs join it with a space."""
    text = _FIELD.sub(lambda match: match.group(1) or "", text)
    text = _SPACES.sub(" ", _DROPPED.sub("", text)).replace("\x1e", "-")
    lines: list[str] = []
    row: list[str] = []
    cell = ""
    previous = ""
    for piece, mark in re.findall(r"([^\r\x07]*)([\r\x07]|$)", text):
        if mark == "\x07":
            if not piece and previous == "\x07" and not cell:
                lines.append("\t".join(row).rstrip("\t"))  # the row's end mark
                row = []
            else:
                row.append((cell + piece).strip())
                cell = ""
        elif row or cell:
            cell += piece + " "  # a paragraph inside a cell
        elif mark or piece:
            lines.append(piece)
        previous = mark
    if row:
        lines.append("\t".join(row))
    return lines
