"""Hostile and broken inputs, made in code, and a way to import one in a child process and watch it.

``make(folder)`` → ``{case: path}``; ``run_import(path, db, *options)`` → ``Outcome`` (exit code, the
child's stderr and stdout, seconds, peak resident memory of that child alone). Shared by
tests/test_bad_inputs.py and tests/bench/bad_inputs.py.
"""
from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from workbench.mupdf import pymupdf


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that says it is ``width``×``height`` and holds almost no data (decoding it would be the harm)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
                     + chunk(b"IEND", b""))
    return path


def _huge_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=14400, height=14400)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 8, 8), False)
    page.insert_image(page.rect, pixmap=pix)
    doc.save(path)
    return path


def _docx_bomb(path: Path, megabytes: int, fill: bytes = b"<w:p/>") -> Path:
    """A .docx whose document.xml inflates to ``megabytes`` (it compresses to almost nothing)."""
    block = fill * (1024 * 1024 // len(fill))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with archive.open("word/document.xml", "w") as member:
            for _ in range(megabytes):
                member.write(block)
    return path


def _heavy_docx(path: Path, megabytes: int) -> Path:
    """A valid .docx of ``megabytes`` of short paragraphs: within the size limits, but its parsed XML
    tree takes many times that in memory."""
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
             'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override '
             'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    paragraph = "<w:p><w:r><w:t>清河市人民政府关于加强城市绿化管理的通知</w:t></w:r></w:p>".encode()
    block = paragraph * (1024 * 1024 // len(paragraph))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        with archive.open("word/document.xml", "w") as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         b'wordprocessingml/2006/main"><w:body>')
            for _ in range(megabytes):
                member.write(block)
            member.write(b"</w:body></w:document>")
    return path


def _blank_pages(path: Path, count: int) -> Path:
    doc = pymupdf.open()
    for _ in range(count):
        doc.new_page()
    doc.save(path)
    return path


def _owner_password_only(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "清河市人民政府关于加强城市绿化管理的通知", fontname="china-s")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", permissions=pymupdf.PDF_PERM_PRINT)
    return path


def make(folder: Path, blank_pages: int = 3000) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    empty_folder = folder / "nothing here"
    empty_folder.mkdir(exist_ok=True)
    (empty_folder / "notes.xyz").write_text("x")
    loop = folder / "loop"
    loop.mkdir(exist_ok=True)
    if not (loop / "again").exists():
        (loop / "again").symlink_to(loop, target_is_directory=True)
    (loop / "a notice.txt").write_text("清河市人民政府\n关于加强城市绿化管理的通知\n", encoding="utf-8")
    odd = folder / "清河 \"公报\" 'x'.txt"
    odd.write_text("清河市人民政府办公室\n关于开展安全检查的通知\n各区人民政府：\n现将有关事项通知如下。\n", encoding="utf-8")
    big_text = folder / "big.txt"
    with open(big_text, "w", encoding="utf-8") as handle:
        handle.write("清河市人民政府关于加强城市绿化管理的通知。\n" * 200_000)  # 9 MB
    return {
        "huge page (14,400 pt)": _huge_page(folder / "huge-page.pdf"),
        "image 30,000 × 30,000 px": _png_header_only(folder / "huge.png", 30_000, 30_000),
        "docx bomb (xml)": _docx_bomb(folder / "bomb.docx", 40),
        "docx bomb (whitespace)": _docx_bomb(folder / "blank-bomb.docx", 40, b" " * 64),
        "docx heavier to read than the memory budget": _heavy_docx(folder / "heavy.docx", 30),
        "large text": big_text,
        "folder with nothing to import": empty_folder,
        f"{blank_pages} blank pages": _blank_pages(folder / "blank.pdf", blank_pages),
        "owner password only (readable)": _owner_password_only(folder / "owner.pdf"),
        "name with spaces, Chinese and quotes": odd,
        "folder with a symlink loop": loop,
    }


# what the tests and the bench tighten, so the cases stay small and quick to make
OPTIONS = {"docx bomb (xml)": ["--limit", "docx_member_mb=16"],
           "docx bomb (whitespace)": ["--limit", "docx_member_mb=16"],
           "large text": ["--limit", "text_mb=4"],
           "docx heavier to read than the memory budget": ["--limit", "memory_mb=150"]}


@dataclass
class Outcome:
    code: int
    stderr: str
    stdout: str
    seconds: float
    peak_mb: float


# The child runs the workbench command and, as it ends, writes its own peak resident memory (VmHWM: this
# address space's; wait4's ru_maxrss would carry over the size of the forking test runner).
_CHILD = """
import atexit, os, runpy, sys

def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            with open(os.environ["WORKBENCH_PEAK_FILE"], "w") as out:
                out.write(line.split()[1])

atexit.register(_peak)
sys.argv[0] = "workbench"
runpy.run_module("workbench", run_name="__main__", alter_sys=True)
"""


def run_import(path: Path, db: Path, *options: str, timeout: float = 120) -> Outcome:
    """``workbench import path --db db`` in a child; its exit code, output, seconds and own peak memory."""
    with tempfile.TemporaryDirectory() as folder:
        err_path, out_path, peak_path = (Path(folder) / name for name in ("err", "out", "peak"))
        began = time.perf_counter()
        with open(err_path, "w") as err, open(out_path, "w") as out:
            child = subprocess.Popen([sys.executable, "-c", _CHILD, "import", str(path), "--db", str(db), *options],
                                     stdout=out, stderr=err, text=True,
                                     env={**os.environ, "WORKBENCH_PEAK_FILE": str(peak_path)})
            try:
                code = child.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                child.kill()
                code = child.wait()
        seconds = time.perf_counter() - began
        peak_kb = float(peak_path.read_text()) if peak_path.exists() else float("inf")
        return Outcome(code, err_path.read_text(encoding="utf-8"), out_path.read_text(encoding="utf-8"), seconds,
                       peak_kb / 1024)
