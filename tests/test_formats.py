"""The files offices exchange besides PDF and .docx, each composed here: OFD, RTF, saved web pages, the
piece table of a Word 97–2003 file; each parses like the same text, and a broken one is one clear line."""
from __future__ import annotations

import struct
import zipfile

import pytest

from workbench.errors import InputError, TooLarge, WorkbenchError
from workbench.ingest import read_source
from workbench.ingest.doc import _paragraphs, _pieces
from workbench.ingest.ofd import rendition, signatures
from workbench.ingest.pages import open_pages
from workbench.ingest.sniff import sniff
from workbench.pipeline import parse_file

NOTICE = ["清河市人民政府关于加强河道管理的通知", "清府发〔2025〕4号", "各区人民政府：", "现就有关事项通知如下。",
          "清河市人民政府", "2025年2月1日"]
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _ofd(tmp_path, lines=NOTICE, extra_page: str = "", drop: str | None = None, name="notice.ofd"):
    """An OFD of one A4 page, a line of text a TextObject, 5 mm apart."""
    objects = "".join(
        f'<ofd:TextObject ID="{10 + i}" Boundary="20 {30 + 8 * i} 170 6" Font="1" Size="4">'
        f'<ofd:TextCode X="0" Y="4" DeltaX="g {len(text) - 1} 4">{text}</ofd:TextCode></ofd:TextObject>'
        for i, text in enumerate(lines))
    parts = {
        "OFD.xml": f'<ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID>'
                   '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": f'<ofd:Document {NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
                              '</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
                              '</ofd:CommonData><ofd:Pages><ofd:Page ID="2" BaseLoc="Pages/Page_0/Content.xml"/>'
                              '</ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体"/></ofd:Fonts>'
                               '</ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": f'<ofd:Page {NS}><ofd:Content><ofd:Layer ID="3">{objects}{extra_page}'
                                          '</ofd:Layer></ofd:Content></ofd:Page>',
    }
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, text in parts.items():
            if member != drop:
                archive.writestr(member, '<?xml version="1.0" encoding="UTF-8"?>' + text)
    return path


def test_an_ofd_reads_with_positions_and_parses_like_its_text(tmp_path):
    path = _ofd(tmp_path)
    assert sniff(path) == "ofd"
    source = read_source(path)
    assert [line.text for line in source.pages[0].lines] == NOTICE
    first = source.pages[0].lines[0].bbox
    assert first is not None and 55 < first[0] < 60 and source.pages[0].width == pytest.approx(595.3, abs=0.5)
    (doc,) = parse_file(path).documents
    assert (doc.doc_number, doc.title, doc.sign_date) == ("清府发〔2025〕4号", "关于加强河道管理的通知", "2025-02-01")


def test_an_ofd_page_covered_by_a_transparent_path_still_shows_its_text(tmp_path):
    cover = '<ofd:PathObject ID="90" Boundary="0 0 210 297" Alpha="0" Fill="true"><ofd:AbbreviatedData>M 0 0 L 210 0 ' \
            'L 210 297 L 0 297 C</ofd:AbbreviatedData></ofd:PathObject>'
    path = _ofd(tmp_path, extra_page=cover)
    with open_pages(path) as pages:
        assert "加强河道管理" in pages[0].get_text()
        pixels = pages[0].get_pixmap(dpi=30).samples
    assert min(pixels) < 128  # text drawn, not a blank page
    assert len(rendition(str(path))) > 1000 and signatures(str(path)) == []


@pytest.mark.parametrize("drop, said", [("Doc_0/Pages/Page_0/Content.xml", "缺少"), ("OFD.xml", "压缩包")])
def test_an_ofd_missing_a_part_is_one_line(tmp_path, drop, said):
    path = _ofd(tmp_path, drop=drop)
    with pytest.raises(WorkbenchError, match=said):
        read_source(path)


def test_an_ofd_page_of_a_million_glyphs_is_refused(tmp_path):
    path = _ofd(tmp_path, lines=["字" * 100_000] * 3)
    with pytest.raises(TooLarge):
        read_source(path)


def test_rtf_in_gbk_and_unicode_escapes_with_a_table(tmp_path):
    uni = "".join(f"\\u{ord(c)}?" for c in "现就有关事项通知如下。")  # Unicode escapes, a ? after each
    cells = "\\intbl 序号\\cell 任务\\cell\\row \\intbl 1\\cell 清淤\\cell\\row"
    text = ("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 宋体;}}{\\*\\generator x;}清河市人民政府关于加强河道管理的通知"
            "\\par 清府发〔2025〕4号\\par 各区人民政府：\\par " + uni + "\\par " + cells
            + "\\par 清河市人民政府\\par 2025年2月1日}")
    path = tmp_path / "notice.rtf"
    path.write_bytes(_rtf_bytes(text))
    source = read_source(path)
    lines = [line.text for line in source.pages[0].lines]
    assert lines[:4] == ["清河市人民政府关于加强河道管理的通知", "清府发〔2025〕4号", "各区人民政府：", "现就有关事项通知如下。"]
    assert "序号\t任务" in lines and "1\t清淤" in lines
    (doc,) = parse_file(path).documents
    assert doc.recipients == "各区人民政府" and doc.tables[0].grid() == [["序号", "任务"], ["1", "清淤"]]


def _rtf_bytes(text: str) -> bytes:
    """The RTF text with its non-ASCII characters as GBK bytes (how a Chinese Word saves it)."""
    return "".join(c if ord(c) < 128 else "".join(f"\\'{b:02x}" for b in c.encode("gbk")) for c in text).encode()


def test_a_saved_web_page_reads_its_article_not_the_site(tmp_path):
    page = f"""<!DOCTYPE html><html><head><meta charset="gb2312"><title>门户</title>
    <script>alert(1)</script></head><body><div class="nav"><a href="/">首页</a> 政务公开</div>
    <header>站点导航</header><div class="pages_content"><p>{NOTICE[0]}</p><p>{NOTICE[1]}</p>
    <p>{NOTICE[2]}</p><p>{NOTICE[3]}</p>
    <table><tr><th rowspan="2">区</th><th colspan="2">任务</th></tr><tr><td>清淤</td><td>巡查</td></tr>
    <tr><td>东区</td><td>3</td><td>5</td></tr></table>
    <p>{NOTICE[4]}<br>{NOTICE[5]}</p></div><footer>版权所有 联系我们</footer></body></html>"""
    path = tmp_path / "notice.html"
    path.write_bytes(page.encode("gb18030"))
    source = read_source(path)
    texts = [line.text for line in source.pages[0].lines]
    assert texts == NOTICE and not any("导航" in t or "版权" in t or "alert" in t for t in texts)
    (doc,) = parse_file(path).documents
    (table,) = doc.tables
    assert table.grid() == [["区", "任务", ""], ["", "清淤", "巡查"], ["东区", "3", "5"]]
    assert {(c.row, c.col, c.rowspan, c.colspan) for c in table.cells if c.rowspan > 1 or c.colspan > 1} == {
        (0, 0, 2, 1), (0, 1, 1, 2)}


def test_a_word_binary_piece_table_and_its_marks():
    # two pieces: 8-bit text at byte 100, UTF-16 text at byte 200
    plc = struct.pack("<3i", 0, 4, 6) + struct.pack("<HIH", 0, 0x40000000 | 200, 0) + struct.pack("<HIH", 0, 200, 0)
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    assert _pieces(clx, "x.doc") == [(0, 4, 100, True), (4, 6, 200, False)]
    story = "标题\r\x13 HYPERLINK x \x14链接\x15文字\r序号\x07任务\x07\x071\x07清淤\x07\x07落款\x0c\r"
    assert _paragraphs(story) == ["标题", "链接文字", "序号\t任务", "1\t清淤", "落款 "]


def test_a_file_named_doc_that_is_no_word_file_is_one_line(tmp_path):
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InputError):
        read_source(path)
