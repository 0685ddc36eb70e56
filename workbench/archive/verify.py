"""Check an archive package: every file its manifests name is there and unchanged, and nothing was added.

In: the package's folder. ``problems(path)`` → one line (in Chinese) per missing, changed or added
file, or for a folder that is not a bag at all; empty when the package is whole. bagit validates;
when its quick size count (Payload-Oxum) already fails it names no file, so the files are then
compared with the manifests one by one.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import bagit


def problems(path: Path) -> list[str]:
    try:
        bag = bagit.Bag(str(path))
        bag.validate()
    except bagit.BagValidationError as err:
        if err.details:
            return [_line(detail) for detail in err.details]
        return _compared(bag, Path(path)) or [f"归档包无效：{err.message}"]
    except bagit.BagError as err:
        return [f"不是有效的归档包：{err}"]
    return []


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
