"""The 四性检测 of an archive package: a fresh package passes; each damage fails its own check and names the 件."""
import shutil
from pathlib import Path

import bagit
import pytest

from tests.builders import Placed, write_pdf
from workbench.archive.audit import audit
from workbench.archive.audit.report import write
from workbench.archive.catalogue import ArchiveSettings
from workbench.archive.package import build_package
from workbench.cli import main
from workbench.ingest.sniff import sha256_of
from workbench.model import Document, Element, Page, ParseResult, Source
from workbench.mupdf import pymupdf
from workbench.store import Store

NOTICES = [("清府发〔2023〕2号", "关于表扬先进集体的通报", "2023-02-01", 1, 1),
           ("清府发〔2023〕9号", "关于做好防汛工作的通知", "2023-06-06", 2, 3)]


def _document(number, title, date, first, last) -> Document:
    return Document(order=first, issuer=["清河市人民政府"], doc_number=number, title=title, doc_type="通知",
                    sign_date=date, page_start=first, page_end=last,
                    elements=[Element("doc_number", number, page=first), Element("title", title, page=first),
                              Element("body", "现将有关事项通知如下。", page=first)])


def _store(tmp_path) -> Store:
    pages = [[Placed(70, 100, number, 12), Placed(70, 130, title, 14), Placed(70, 160, "现将有关事项通知如下。", 12)]
             for number, title, *_ in NOTICES] + [[Placed(70, 100, "（续页）各单位要认真落实。", 12)]]  # 9号's 2nd page
    pdf = write_pdf(tmp_path / "issue.pdf", pages)
    source = Source(path=str(pdf), sha256=sha256_of(pdf), kind="pdf", pages=[Page(n, width=524, height=737) for n in (1, 2, 3)])
    store = Store(tmp_path / "s.db")
    store.save(ParseResult(sources=[source], documents=[_document(*notice) for notice in NOTICES]))
    return store


@pytest.fixture
def package(tmp_path) -> Path:
    with _store(tmp_path) as store:
        report = build_package(store, ArchiveSettings(2023, fonds="Q1"), tmp_path / "pkg")
    assert report.audit is not None and report.audit.passed, report.audit.failures()
    return tmp_path / "pkg"


def _piece(package: Path, item: int) -> Path:
    return package / "data" / f"Q1-WS·2023-Y-{item:04d}"


def _rebag(package: Path) -> None:
    """The manifests rewritten to match the damage, so only the audit's own checks can find it."""
    bagit.Bag(str(package)).save(manifests=True)


def _failed(package: Path) -> set[tuple[str, str]]:
    return {(result.check, result.piece) for result in audit(package).failures()}


def test_a_fresh_package_passes_and_carries_its_report_and_build_log(package, tmp_path):
    report = audit(package)
    assert report.passed and {r.check for r in report.results} >= {"digests", "counts", "xml", "fonts", "active"}
    assert (package / "四性检测报告.html").is_file() and (package / "data" / "构建记录.json").is_file()
    assert "四性检测报告.json" in (package / "tagmanifest-sha256.txt").read_text(encoding="utf-8")
    with pymupdf.open(_piece(package, 2) / "Q1-WS·2023-Y-0002.pdf") as pdf:
        assert "Q1-WS·2023-Y-0002" in pdf.get_xml_metadata() and pdf.page_count == 2
    write(report, tmp_path / "r.xlsx", "xlsx")
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "r.xlsx").sheetnames == ["汇总", "明细"]


def test_a_changed_byte_with_manifests_to_match_is_caught_by_metadata_against_content(package):
    xml = _piece(package, 1) / "Q1-WS·2023-Y-0001.xml"
    xml.write_bytes(xml.read_bytes().replace("表扬".encode(), "表彰".encode()))
    _rebag(package)
    assert ("content", "Q1-WS·2023-Y-0001") in _failed(package) and ("digests", "") not in _failed(package)


def _edit_pdf(path: Path, edit) -> None:
    """``edit(document)`` done to the PDF at ``path``, saved in its place."""
    with pymupdf.open(path) as pdf:
        edit(pdf)
        pdf.save(path.with_suffix(".tmp"))
    path.with_suffix(".tmp").replace(path)


def test_a_removed_page(package):
    _edit_pdf(_piece(package, 2) / "Q1-WS·2023-Y-0002.pdf", lambda pdf: pdf.delete_page(1))
    _rebag(package)
    assert ("content", "Q1-WS·2023-Y-0002") in _failed(package)


def test_an_invalid_metadata_xml(package):
    xml = _piece(package, 2) / "Q1-WS·2023-Y-0002.xml"
    xml.write_bytes(xml.read_bytes().replace("</电子文件元数据>".encode(), b""))
    _rebag(package)
    assert ("xml", "Q1-WS·2023-Y-0002") in _failed(package)


def test_a_deleted_piece_whose_catalogue_row_is_kept(package):
    shutil.rmtree(_piece(package, 1))
    _rebag(package)
    failed = _failed(package)
    assert ("counts", "") in failed and ("files", "Q1-WS·2023-Y-0001") in failed
    assert ("catalogue", "Q1-WS·2023-Y-0001") in failed


def test_a_pdf_with_javascript(package):
    _edit_pdf(_piece(package, 1) / "Q1-WS·2023-Y-0001.pdf",
              lambda pdf: pdf.xref_set_key(pdf.pdf_catalog(), "OpenAction", "<</S/JavaScript/JS(app.alert\\(1\\))>>"))
    _rebag(package)
    assert ("active", "Q1-WS·2023-Y-0001") in _failed(package)


def test_an_unembedded_font(package):
    _edit_pdf(_piece(package, 1) / "Q1-WS·2023-Y-0001.pdf",
              lambda pdf: pdf[0].insert_text((70, 600), "Page note", fontname="helv", fontsize=9))
    _rebag(package)
    assert ("fonts", "Q1-WS·2023-Y-0001") in _failed(package)


def test_a_file_renamed_to_another_suffix(package):
    folder = _piece(package, 2)
    (folder / "Q1-WS·2023-Y-0002.pdf").rename(folder / "Q1-WS·2023-Y-0002.docx")
    _rebag(package)
    failed = _failed(package)
    assert ("suffix", "Q1-WS·2023-Y-0002") in failed and ("files", "Q1-WS·2023-Y-0002") in failed


def test_the_audit_command_writes_the_report_and_exits_one_on_a_failure(package, tmp_path, capsys):
    assert main(["archive", "audit", str(package), "-o", str(tmp_path / "report.html")]) == 0
    assert "四性检测报告" in (tmp_path / "report.html").read_text(encoding="utf-8")
    shutil.rmtree(_piece(package, 1))
    assert main(["archive", "audit", str(package), "--format", "json", "-o", str(tmp_path / "r.json")]) == 1
    assert "不通过" in capsys.readouterr().out


def test_an_ofd_source_keeps_its_original_beside_the_pdf_and_passes(tmp_path):
    from tests.test_formats import NOTICE, _ofd
    from workbench.import_command import import_paths

    path = _ofd(tmp_path, lines=[line.replace("2025", "2023") for line in NOTICE])
    with Store(tmp_path / "s.db") as store:
        assert not import_paths(store, [path]).failed
        report = build_package(store, ArchiveSettings(2023, fonds="Q1"), tmp_path / "pkg")
    assert report.audit is not None and report.audit.passed, report.audit.failures()
    folder = _piece(tmp_path / "pkg", 1)
    assert (folder / "Q1-WS·2023-Y-0001.ofd").read_bytes() == path.read_bytes()


def test_the_transfer_layout_has_its_list_and_readme_and_the_audit_reads_it(tmp_path):
    import xml.etree.ElementTree as ET

    with _store(tmp_path) as store:
        report = build_package(store, ArchiveSettings(2023, fonds="Q1", layout="transfer"), tmp_path / "pkg")
    assert report.audit is not None and report.audit.passed, report.audit.failures()
    data = tmp_path / "pkg" / "data"
    entries = ET.parse(data / "文件目录.xml").getroot().findall("文件")
    assert [e.findtext("档号") for e in entries] == ["Q1-WS·2023-Y-0001", "Q1-WS·2023-Y-0002"]
    assert entries[1].findtext("电子档案名称") == "电子档案/2023/Q1-WS·2023-Y-0002/Q1-WS·2023-Y-0002.pdf"
    assert (data / entries[1].findtext("电子档案名称")).is_file() and "件数：2" in (data / "说明文件.txt").read_text("utf-8")
    shutil.rmtree(data / "电子档案" / "2023" / "Q1-WS·2023-Y-0002")
    _rebag(tmp_path / "pkg")
    assert ("counts", "") in _failed(tmp_path / "pkg") and ("files", "Q1-WS·2023-Y-0002") in _failed(tmp_path / "pkg")


def test_secrecy_and_retention_a_person_set_go_into_the_catalogue_numbers_and_metadata(tmp_path):
    import csv

    with _store(tmp_path) as store:
        key = next(row.key for row in store.documents() if row.doc_number == "清府发〔2023〕9号")
        store.set_correction(1, key, "secrecy", "内部")
        store.set_correction(1, key, "retention", "D30")
        with pytest.raises(ValueError):
            store.set_correction(1, key, "retention", "D5")
        assert store.document(1, key).secrecy == "内部"
        report = build_package(store, ArchiveSettings(2023, fonds="Q1"), tmp_path / "pkg")
    assert report.audit is not None and report.audit.passed, report.audit.failures()
    with open(tmp_path / "pkg" / "data" / "归档文件目录.csv", encoding="utf-8-sig", newline="") as handle:
        rows = [(row["档号"], row["密级"]) for row in csv.DictReader(handle)]
    assert rows == [("Q1-WS·2023-Y-0001", ""), ("Q1-WS·2023-D30-0001", "内部")]
    meta = (tmp_path / "pkg" / "data" / "Q1-WS·2023-D30-0001" / "Q1-WS·2023-D30-0001.xml").read_text("utf-8")
    assert "<密级>内部</密级>" in meta and '保管期限="D30"' in meta


def test_pdfs_written_by_two_worker_processes_make_the_same_package(tmp_path):
    with _store(tmp_path) as store:
        one = build_package(store, ArchiveSettings(2023, fonds="Q1"), tmp_path / "one", workers=1)
        two = build_package(store, ArchiveSettings(2023, fonds="Q1"), tmp_path / "two", workers=2)
    assert (one.documents, one.pages) == (two.documents, two.pages) and two.audit is not None and two.audit.passed
    files = sorted(path.relative_to(tmp_path / "one") for path in (tmp_path / "one" / "data").rglob("*"))
    assert files == sorted(path.relative_to(tmp_path / "two") for path in (tmp_path / "two" / "data").rglob("*"))
    for name in ("归档文件目录.csv", "Q1-WS·2023-Y-0002/Q1-WS·2023-Y-0002.xml"):
        assert (tmp_path / "one" / "data" / name).read_bytes() == (tmp_path / "two" / "data" / name).read_bytes()
    for pdf in ("Q1-WS·2023-Y-0001", "Q1-WS·2023-Y-0002"):
        with pymupdf.open(tmp_path / "one" / "data" / pdf / f"{pdf}.pdf") as a, \
                pymupdf.open(tmp_path / "two" / "data" / pdf / f"{pdf}.pdf") as b:
            assert [p.get_text() for p in a] == [p.get_text() for p in b]
