"""Real 公文 of another publisher (``shared/real`` beside the corpus): every document found, fields right."""
import json

import pytest

from tests.corpus.real import score
from workbench.pipeline import parse_file


def test_real_files_documents_and_fields(corpus):
    folder = corpus.parent / "real"
    if not (folder / "manifest.json").exists():
        pytest.skip("shared/real is not beside the corpus")
    found = true = fields = field_total = toc = 0
    for entry in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]:
        figures = score(parse_file(folder / entry["name"]).to_json(), entry["documents"])
        found, true = found + figures["found"], true + figures["true"]
        fields, field_total = fields + figures["fields"], field_total + figures["field_total"]
        toc += figures["toc"]
    assert found / true >= 0.95 and fields / field_total >= 0.95
    assert toc == 0  # none of them is an issue: no 目录 invented
