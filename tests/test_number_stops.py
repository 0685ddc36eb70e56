"""The stop after a list number is read in the width the page prints it: ``1．`` or ``1.``."""
import pymupdf

from tests.builders import Placed, write_scan
from workbench.ingest.number_stops import advances, in_printed_width
from workbench.ingest.ocr import ocr_page


def _read(text: str, columns: list[int | None]) -> list[tuple[str, float, int | None]]:
    return [(char, round(0.9 + index / 100, 2), column) for index, (char, column) in enumerate(zip(text, columns))]


def _text(line) -> str:
    return "".join(char for char, _confidence, _column in line)


def test_a_stop_is_measured_in_the_lines_own_character_pitch():
    # 一 二 三 four columns apart; the stop's next character 7 columns after the digit (full width) or 4 (half)
    assert advances(_read("1.一二三四", [0, 2, 7, 11, 15, 19])) == [7 / 4]
    assert advances(_read("1. 一二三四", [0, 2, None, 4, 8, 12, 16])) == [1.0]  # a space read in its room
    assert advances(_read("共2.4亿元整", [0, 4, 6, 8, 12, 16, 20])) == []  # a decimal is no number stop
    assert advances(_read("1.一二", [0, 2, 7, 11])) == []  # too few neighbouring Chinese characters for a pitch
    assert advances(_read("1.一二三四", [0, 2, None, 11, 15, 19])) == []  # a column not known


def test_the_pages_median_stop_decides_every_number_stops_width():
    page = [_read("1.推进绿地建设工作", [0, 2, 7, 11, 15, 19, 23, 27, 31, 35]),
            _read("2. 加强巡查养护力度", [0, 2, None, 7, 11, 15, 19, 23, 27, 31, 35]),
            _read("共2.4亿元，另有3.5万元", [None] * 14)]
    fixed = in_printed_width(page)
    assert [_text(line) for line in fixed] == ["1．推进绿地建设工作", "2．加强巡查养护力度", "共2.4亿元，另有3.5万元"]
    assert [confidence for _char, confidence, _column in fixed[1]] == [
        0.9, 0.91, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 1.0]  # the space's confidence went with it
    half = [_read("1．推进绿地建设工作", [0, 2, 4, 8, 12, 16, 20, 24, 28, 32])]
    assert _text(in_printed_width(half)[0]) == "1.推进绿地建设工作"
    unknown = [_read("1.推进", [None] * 4)]
    assert in_printed_width(unknown) == unknown  # nothing measured: left as read


def test_headings_set_with_full_width_stops_are_read_so_and_half_width_ones_stay(tmp_path):
    for stop, name in (("．", "full"), (".", "half")):
        lines = [f"{n}{stop}加强城区绿地巡查养护和管理工作。" for n in (1, 2, 3)]
        path = write_scan(tmp_path / f"{name}.pdf", [[Placed(60, 120 + 30 * i, text, 12) for i, text in enumerate(lines)]])
        with pymupdf.open(path) as doc:
            assert [line.text for line in ocr_page(doc[0]).lines] == lines
