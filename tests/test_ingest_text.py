"""Plain-text bulletins: encodings detected, lines numbered, bad bytes refused."""
import codecs

import pytest

from workbench.errors import BinaryFile, EmptyFile
from workbench.ingest import read_source

TEXT = "清河市人民政府\n关于加强城市绿化管理的通知\n\n清河府发〔2025〕3号\n"


@pytest.mark.parametrize(
    "encoded, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16"),
        (TEXT.encode("utf-16-be"), "utf-16"),
    ],
)
def test_every_encoding_gives_the_same_lines(tmp_path, encoded, encoding):
    path = tmp_path / "bulletin.txt"
    path.write_bytes(encoded)
    source = read_source(path)
    assert source.kind == "text"
    assert source.encoding == encoding
    assert [(line.line_no, line.text) for line in source.pages[0].lines] == [
        (1, "清河市人民政府"), (2, "关于加强城市绿化管理的通知"), (4, "清河府发〔2025〕3号"),
    ]


def test_form_feed_starts_a_new_page(tmp_path):
    path = tmp_path / "paged.txt"
    path.write_text("第一页\n\f第二页\n", encoding="utf-8")
    source = read_source(path)
    assert [[line.text for line in page.lines] for page in source.pages] == [["第一页"], ["第二页"]]


def test_tabs_of_table_rows_are_kept(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text("序号\t任务\n\t\t补充\n", encoding="utf-8")
    assert [line.text for line in read_source(path).pages[0].lines] == ["序号\t任务", "\t\t补充"]


def test_binary_named_txt_is_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(BinaryFile) as err:
        read_source(path)
    assert "photo.txt" in str(err.value) and "二进制" in str(err.value)


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_and_blank_files_are_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyFile) as err:
        read_source(path)
    assert "empty.txt" in str(err.value) and "空" in str(err.value)


def test_a_file_pasted_together_from_two_encodings_is_read_line_by_line_and_the_unreadable_marked(tmp_path):
    from workbench.parse.structure import parse_source
    from workbench.proof.rules import proofread

    data = b"\n".join(["清河市人民政府办公室".encode(), "关于开展安全检查的通知".encode("gb18030"),
                       "各区人民政府：".encode(), "现将有关事项".encode("gb18030") + b"\xff\xfe" + "通知如下。".encode(),
                       "清河市人民政府办公室".encode("gb18030")])
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.encoding == "utf-8+gb18030"
    texts = [line.text for page in source.pages for line in page.lines]
    assert texts[:3] == ["清河市人民政府办公室", "关于开展安全检查的通知", "各区人民政府："]
    assert texts[3].startswith("现将有关事项") and "\ufffd" in texts[3]
    found = [f for f in proofread(parse_source(source)) if f.rule == "ocr.undecodable"]
    assert [f.line for f in found] == [4]


def test_a_file_mostly_unreadable_is_still_refused(tmp_path):
    from workbench.errors import UnknownEncoding

    path = tmp_path / "noise.txt"
    path.write_bytes(b"\n".join([bytes([0xFF, 0x81, 0xFE]) * 5] * 10 + ["清河市人民政府".encode()]))
    with pytest.raises((UnknownEncoding, BinaryFile)):
        read_source(path)
