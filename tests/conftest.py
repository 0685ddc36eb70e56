"""Shared fixtures: headless Qt, a temporary store, the corpus folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def store(tmp_path):
    from workbench.store import Store

    opened = Store(tmp_path / "store.db")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def corpus() -> Path:
    """``$WORKBENCH_CORPUS``: skipped when unset, an error when set but missing."""
    value = os.environ.get("WORKBENCH_CORPUS")
    if not value:
        pytest.skip("WORKBENCH_CORPUS is not set")
    path = Path(value)
    if not path.is_dir():
        pytest.fail(f"WORKBENCH_CORPUS={value} is set but is not a folder")
    return path
