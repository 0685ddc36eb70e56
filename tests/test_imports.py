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


LOADS = """
import sys
from workbench.cli import main
main([{argv}])
print(sorted(name for name in ("cv2", "docx", "sqlite_utils", "jieba", "pymupdf", "bagit", "numpy")
             if name in sys.modules), file=sys.stderr)
"""


@pytest.mark.parametrize("argv, kind, loaded", [
    (["text", "{pdf}"], "text PDF", ["pymupdf"]),  # no OCR engine, OpenCV, Word reader, store or segmenter
    (["text", "{txt}"], "text file", []),
    (["search", "通知", "--db", "{db}"], "search", ["numpy", "sqlite_utils"]),  # sqlite-utils imports numpy itself
])
def test_a_command_loads_only_what_its_work_needs(argv, kind, loaded, tmp_path):
    from workbench.mupdf import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "清河市人民政府", fontname="china-s")
    doc.save(tmp_path / "one.pdf")
    (tmp_path / "one.txt").write_text("清河市人民政府\n", encoding="utf-8")
    values = {"pdf": tmp_path / "one.pdf", "txt": tmp_path / "one.txt", "db": tmp_path / "s.db"}
    args = ", ".join(repr(arg.format(**values)) for arg in argv)
    run = subprocess.run([sys.executable, "-c", LOADS.format(argv=args)], cwd=ROOT, capture_output=True, text=True)
    assert run.stderr.strip().splitlines()[-1] == str(loaded), (kind, run.stderr[-1500:])
