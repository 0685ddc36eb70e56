"""A bench's scratch folder: made in the system's temporary folder, removed when the bench ends."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path


def scratch_folder(prefix: str) -> Path:
    """A new empty folder named ``prefix…``; it and all it holds are removed at the interpreter's exit."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder
