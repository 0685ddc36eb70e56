"""Bring an archive package back into a store: its sources with their documents, corrections and tags.

In: a store and a package folder (``bag.is_package`` says whether a folder is one). ``restore(store, path)``
checks the bag first (a changed package is refused), then reads its store snapshot as untrusted input
(``store.untrusted``: read-only, checked, copied by explicit columns, never migrated or run) and copies
every source the store does not hold yet (same SHA-256), with its pages, issue, documents, elements,
tables, cells, corrections, revision log and findings; one transaction. A source's path is recorded as
the package's own (its name under the package's ``data/``): a path the snapshot gives is never opened.
Nothing of the snapshot's OCR cache is taken. Sources the store already holds are left exactly as they are.
Out: ``(new source ids, names of the sources already held)``.
"""
from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from workbench.archive.bag import ORIGINALS, SNAPSHOT
from workbench.archive.verify import problems
from workbench.errors import InputError
from workbench.store import Store


class BrokenPackage(InputError):
    reason = "归档包已损坏或被改动"


def restore(store: Store, path: Path) -> tuple[list[int], list[str]]:
    path = Path(path)
    found = problems(path)
    if found:
        raise BrokenPackage(str(path), "；".join(found[:5]) + ("…" if len(found) > 5 else ""))
    added, held = store.restore_sources(path / "data" / SNAPSHOT,
                                        lambda sha256, name: _own_file(path, sha256, _file_name(name)))
    return added, [_file_name(name) for name in held]


def _own_file(package: Path, sha256: str, name: str) -> str:
    """Where the package keeps a source's file (``data/原件/<SHA-256>/<name>``: a plain file inside the
    package); else a name under its ``data/`` that holds nothing, so the source reads as moved."""
    data = (package / "data").resolve()
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        return str(data / name)
    folder = package / "data" / ORIGINALS / sha256
    for candidate in sorted(folder.iterdir()) if folder.is_dir() and not folder.is_symlink() else []:
        if candidate.is_file() and not candidate.is_symlink() and candidate.resolve().is_relative_to(data):
            return str(candidate.resolve())
    return str(data / name)


def _file_name(path: str) -> str:
    """The last part of a path written on any system (the snapshot's own, never opened)."""
    name = PureWindowsPath(path).name if "\\" in path else PurePosixPath(path).name
    return name or "source"
