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


def test_importing_documents_the_store_already_holds_says_so_and_keeps_both(tmp_path):
    from workbench.pipeline import import_files
    from workbench.store import Store

    text = "清河市人民政府关于做好春耕的通知\n清府发〔2025〕5号\n各区人民政府：\n现就有关事项通知如下。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("〔2025〕", "[2025]") + "清河市人民政府\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        assert import_files(store, [tmp_path / "a.txt"]).duplicates == []
        report = import_files(store, [tmp_path / "b.txt"])
        assert len(report.duplicates) == 1 and "a.txt" in report.duplicates[0] and "两份都已保留" in report.duplicates[0]
        assert len(store.library_rows()) == 2
