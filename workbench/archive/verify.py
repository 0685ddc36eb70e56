"""Check an archive package: every file its manifests name is there and unchanged, and nothing was added.

In: the package's folder. ``problems(path)`` → one line (in Chinese) per missing, changed or added
file, or for a folder that is not a bag at all; empty when the package is whole. A package is untrusted
input: tag files far too large, symbolic links and manifest paths that lead out of ``data/`` are
reported before bagit reads anything, and tag files it cannot decode make one line. bagit validates;
when its quick size count (Payload-Oxum) already fails it names no file, so the files are then
compared with the manifests one by one.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import bagit

TAG_FILE_MB = 1  # bag-info.txt, bagit.txt: a few lines
MANIFEST_MB = 64


def problems(path: Path) -> list[str]:
    root = Path(path)
    found = _oversized(root) or _links(root)
    if found:
        return found
    try:
        bag = bagit.Bag(str(root))
        found = _outside(root, bag)
        if found:
            return found
        bag.validate()
    except bagit.BagValidationError as err:
        if err.details:
            return [_line(detail) for detail in err.details]
        return _compared(bag, root) or [f"归档包无效：{err.message}"]
    except bagit.BagError as err:
        return [f"不是有效的归档包：{err}"]
    except (UnicodeError, ValueError, LookupError, UnboundLocalError, OSError) as err:
        return [f"不是有效的归档包：标签文件无法读取（{type(err).__name__}）"]
    return []


def _oversized(root: Path) -> list[str]:
    """Tag files and manifests far larger than any package of ours writes (read whole by bagit)."""
    found = []
    for file in root.glob("*.txt") if root.is_dir() else []:
        limit = MANIFEST_MB if "manifest" in file.name else TAG_FILE_MB
        if file.is_file() and file.stat().st_size > limit * 1024**2:
            found.append(f"标签文件过大：{file.name}（超过 {limit} MB）")
    return found


def _links(root: Path) -> list[str]:
    """Symbolic links anywhere in the package (a file or folder that points elsewhere)."""
    found = []
    for folder, dirs, files in os.walk(root) if root.is_dir() else []:
        for name in dirs + files:
            if (Path(folder) / name).is_symlink():
                found.append(f"含有符号链接：{(Path(folder) / name).relative_to(root)}")
    return found


def _outside(root: Path, bag: bagit.Bag) -> list[str]:
    """Manifest lines whose path leads out of the package's ``data/`` folder (read from the manifests
    themselves: bagit leaves such lines out of what it checks instead of failing)."""
    data = (root / "data").resolve()
    found = []
    for manifest in sorted(root.glob("manifest-*.txt")):
        for line in manifest.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.strip().split(None, 1)
            if len(parts) == 2 and not (root / parts[1]).resolve().is_relative_to(data):
                found.append(f"路径越出归档包：{parts[1]}")
    return found
def _line(detail) -> str:
    if isinstance(detail, bagit.ChecksumMismatch):
        return f"已被改动：{detail.path}"
    if isinstance(detail, bagit.FileMissing):
        return f"缺少文件：{detail.path}"
    if isinstance(detail, bagit.UnexpectedFile):
        return f"多出文件：{detail.path}"
    return str(detail)


def _compared(bag: bagit.Bag, root: Path) -> list[str]:
    missing, added = bag.compare_manifests_with_fs()
    found = [f"缺少文件：{name}" for name in missing] + [f"多出文件：{name}" for name in added]
    for name, hashes in bag.payload_entries().items():
        file = root / name
        if file.is_file() and hashes.get("sha256") != _sha256(file):
            found.append(f"已被改动：{name}")
    return sorted(found)


def _sha256(file: Path) -> str:
    digest = hashlib.sha256()
    with open(file, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
