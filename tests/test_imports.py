"""Each entry point imports on its own in a fresh interpreter (an import cycle shows only there: within one
test process some other module has always been imported first)."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("module", ["workbench.cli", "workbench.store", "workbench.proof", "workbench.proof.stored",
                                    "workbench.pipeline", "ui.app"])
def test_module_imports_first(module):
    run = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-1500:]


def test_the_command_runs():
    run = subprocess.run([sys.executable, "-m", "workbench", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("workbench "), run.stderr[-1500:]
