"""Findings in the store: kept by rule, document, text and position, so a re-run keeps what a person decided."""
from __future__ import annotations

from workbench.edit.corrections import apply, edit_text
from workbench.model import Document, Element, ParseResult, Source
from workbench.proof.stored import proofread_stored
from workbench.store import Store


def _bulletin(body: str) -> ParseResult:
    doc = Document(order=1, doc_number="清府发〔2025〕3号", title="清河市人民政府关于加强城市绿化管理的通知",
                   elements=[Element("doc_number", "清府发〔2025〕3号", line_start=1),
                             Element("body", body, line_start=2),
                             Element("body", "请各单位认真贯彻执行,确保取得实效。", line_start=3)])
    return ParseResult(sources=[Source(path="/tmp/composed.txt", sha256="c" * 64, kind="text", pages=[])],
                       documents=[doc])


def test_a_rerun_keeps_ignored_findings_and_the_record_of_a_fix(tmp_path):
    with Store(tmp_path / "s.db") as store:
        source_id = store.save(_bulletin("要加大对各区的的转移支付力度,确保按期完成。"))
        changes = proofread_stored(store, source_id)
        assert changes.findings and changes.library
        rows = store.findings([source_id])
        assert sorted(row.finding.rule for row in rows) == ["punctuation.halfwidth"] * 2 + ["repeat.doubled"]
        comma = next(r for r in rows if r.finding.rule == "punctuation.halfwidth" and r.finding.line == 3)
        store.set_finding_status(comma.id, "ignored", "原文如此")
        doubled = next(r for r in rows if r.finding.rule == "repeat.doubled")
        doc_key = doubled.doc_key
        doc = store.document(source_id, doc_key)
        context = doubled.finding.context
        fixed = context[:doubled.finding.start] + doubled.finding.suggestion + \
            context[doubled.finding.start + len(doubled.finding.text):]
        apply(store, edit_text(store, source_id, doc_key, doc, doubled.finding.element, fixed))
        store.set_finding_status(doubled.id, "fixed")
        assert store.library_rows([source_id])[0].open_findings == 1
        proofread_stored(store, source_id)
    with Store(tmp_path / "s.db") as store:  # a restart
        rows = {(r.finding.rule, r.finding.line): (r.finding.status, r.reason) for r in store.findings([source_id])}
        assert rows == {("punctuation.halfwidth", 2): ("open", ""), ("punctuation.halfwidth", 3): ("ignored", "原文如此"),
                        ("repeat.doubled", 2): ("fixed", "")}
        assert store.document(source_id, doc_key).elements[1].text == "要加大对各区的转移支付力度,确保按期完成。"
        assert store.library_rows([source_id])[0].open_findings == 1


def test_a_finding_whose_text_a_person_rewrote_is_kept_as_fixed_with_the_new_text(tmp_path):
    with Store(tmp_path / "s.db") as store:
        source_id = store.save(_bulletin("要加大对各区的的转移支付力度。"))
        proofread_stored(store, source_id)
        key = store.findings()[0].doc_key
        doc = store.document(source_id, key)
        apply(store, edit_text(store, source_id, key, doc, 1, "要加大对各区的转移支付力度。"))
        proofread_stored(store, source_id)
        rows = {r.finding.rule: (r.finding.status, r.reason) for r in store.findings()}
        assert rows["repeat.doubled"] == ("fixed", "人工更正为“要加大对各区的转移支付力度。”")
        assert rows["punctuation.halfwidth"][0] == "open"


def test_proof_cli_on_a_store_reports_what_a_person_decided(tmp_path, capsys):
    import json

    from workbench.cli import main

    with Store(tmp_path / "s.db") as store:
        source_id = store.save(_bulletin("要加大对各区的的转移支付力度。"))
        proofread_stored(store, source_id)
        doubled = next(r for r in store.findings() if r.finding.rule == "repeat.doubled")
        store.set_finding_status(doubled.id, "ignored", "原文如此")
    assert main(["proof", "--db", str(tmp_path / "s.db"), "--format", "json"]) == 1
    statuses = {f["rule"]: f["status"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert statuses == {"repeat.doubled": "ignored", "punctuation.halfwidth": "open"}


def test_a_run_from_older_text_keeps_what_a_person_decided(tmp_path):
    """A run that read the text before a fix was accepted must not take the fix back."""
    from workbench.proof.stored import proofread_source
    from workbench.store.findings import replace_findings

    with Store(tmp_path / "s.db") as store:
        source_id = store.save(_bulletin("要加大对各区的的转移支付力度。"))
        stale = proofread_source(store, source_id)  # computed before the fix
        proofread_stored(store, source_id)
        doubled = next(r for r in store.findings() if r.finding.rule == "repeat.doubled")
        store.set_finding_status(doubled.id, "fixed")
        replace_findings(store.db, source_id, stale)  # the stale run lands after the fix
        assert store.finding_status(doubled.id) == ("fixed", "")


def test_the_proof_sheet_of_a_selection_holds_only_its_documents(tmp_path):
    import openpyxl

    from ui.ops.proof import proof_sheet

    with Store(tmp_path / "s.db") as store:
        source_id = store.save(_bulletin("要加大对各区的的转移支付力度。"))
        proofread_stored(store, source_id)
        key = store.findings()[0].doc_key
        everything = proof_sheet(str(tmp_path / "all.xlsx"), [source_id], "校对单")(store, None)
        chosen = proof_sheet(str(tmp_path / "one.xlsx"), [source_id], "校对单", {(source_id, key)})(store, None)
        none = proof_sheet(str(tmp_path / "none.xlsx"), [source_id], "校对单", {(source_id, "other")})(store, None)
        assert everything == chosen == len(store.findings()) > 0 and none == 0
    assert openpyxl.load_workbook(tmp_path / "none.xlsx").active.max_row == 2  # title and headers only


def test_a_word_accepted_once_is_not_flagged_again_anywhere_in_the_store_and_travels_with_a_package(tmp_path):
    from workbench.archive.catalogue import ArchiveSettings
    from workbench.archive.package import build_package
    from workbench.import_command import import_paths as import_files

    with Store(tmp_path / "s.db") as store:
        source_id = store.save(_bulletin("要加大对各区的的转移支付力度。"))
        proofread_stored(store, source_id)
        doubled = next(r for r in store.findings() if r.finding.rule == "repeat.doubled")
        store.accept_word(doubled.finding.text, doubled.finding.category)
        proofread_stored(store, source_id)
        assert "repeat.doubled" not in {r.finding.rule for r in store.findings()}
        store.set_correction(source_id, doubled.doc_key, "sign_date", "2025-03-01")
        package = build_package(store, ArchiveSettings(2025), tmp_path / "pkg").path
    with Store(tmp_path / "other.db") as other:
        import_files(other, [package])
        assert (doubled.finding.text, doubled.finding.category) in other.accepted_words()
