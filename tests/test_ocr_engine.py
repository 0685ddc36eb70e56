"""The OCR engine reads each line from a narrowed crop: the text and the boxes hold."""
from __future__ import annotations

import cv2
import numpy as np
import pymupdf

from tests.builders import Placed, write_scan
from workbench.ingest.ocr import ocr_page
from workbench.ingest.ocr_engine import _second_look, narrowed


def test_a_crop_is_narrowed_but_never_below_one_character():
    line = np.zeros((40, 800, 3), dtype=np.uint8)
    assert narrowed(line, 0.5).shape == (40, 400, 3)
    assert narrowed(np.zeros((40, 60, 3), dtype=np.uint8), 0.5).shape == (40, 40, 3)  # one character stays square
    assert narrowed(line, 1.0) is line


def test_a_line_is_read_again_when_its_quotation_marks_do_not_alternate():
    assert not _second_look("开展“数字政府”“智慧城市”建设")
    assert not _second_look("”建设，持续擦亮“清河效率")  # a quotation carried over from the line before, one opened
    assert _second_look("持续擦亮”数字特区”品牌")
    assert _second_look("推广“清河快贷\"园区E贷”等")
    assert not _second_look("没有引号的一行")


def test_long_body_lines_are_read_whole_from_narrowed_crops(tmp_path):
    """Full-width body lines at 11 pt (the lines narrowing shortens most): every character read, each line's box
    where it was typeset."""
    texts = ["为推动市政府工作报告确定的重点目标任务落地落实，现制定如下分工方案。",
             "二、各牵头单位要于2025年3月31日前报送进度，联系电话：0818-2376512。",
             "（三）请各区人民政府、市级各部门认真贯彻执行《清府发〔2025〕3号》。",
             "开展“数字政府”“智慧城市”建设，持续擦亮“清河效率”品牌，打造“数字特区”。"]
    placed = [Placed(60, 120 + 28 * i, text, 11) for i, text in enumerate(texts)]
    path = write_scan(tmp_path / "body.pdf", [placed])
    with pymupdf.open(path) as doc:
        page = ocr_page(doc[0])
    assert [line.text for line in page.lines] == texts
    for line, typeset in zip(page.lines, placed):
        x0, y0, x1, y1 = line.bbox
        assert abs(x0 - typeset.x) < 6 and y0 < typeset.y < y1 + 6
        assert len(line.char_confidence) == len(line.text)


def test_a_full_stop_wrapped_onto_a_line_of_its_own_is_read(tmp_path):
    """The detector passes over a lone 。 (a cell's or paragraph's last line holding only it); it is looked for
    where a wrapped mark stands and read alone. A speck of dirt elsewhere adds nothing."""
    texts = ["各区要落实绿地养护责任，建立巡查制度，", "按月报送工作进展情况"]
    placed = [Placed(60, 120 + 20 * i, text, 11) for i, text in enumerate(texts)]  # lines 1.8 em apart
    placed += [Placed(60, 120 + 20 * 2, "。", 11), Placed(400, 300, "·", 6)]
    path = write_scan(tmp_path / "stop.pdf", [placed])
    with pymupdf.open(path) as doc:
        page = ocr_page(doc[0])
    assert [line.text for line in page.lines] == texts + ["。"]
    x0, y0, x1, y1 = page.lines[-1].bbox
    assert abs(x0 - 60) < 6 and y0 < 120 + 20 * 2 < y1 + 6


def test_the_shipped_8_bit_models_are_the_ones_their_readme_describes_and_are_used():
    import hashlib
    import re

    from workbench.ingest import ocr

    readme = (ocr.MODELS / "README.md").read_text(encoding="utf-8")
    described = dict(re.findall(r"\| `([^`]+\.int8\.onnx)` \|.*\| ([0-9a-f]{64}) \|", readme))
    assert set(described) == {"PP-OCRv6_det_small.int8.onnx", "PP-OCRv6_rec_small.int8.onnx"}
    for name, digest in described.items():
        assert hashlib.sha256((ocr.MODELS / name).read_bytes()).hexdigest() == digest
    assert ocr._PARAMS["Det.model_path"] == str(ocr.MODELS / "PP-OCRv6_det_small.int8.onnx")
    assert str(ocr.MODELS / "PP-OCRv6_rec_small.int8.onnx") == ocr.FAST_RECOGNISER


def test_a_long_line_is_read_narrower_than_a_short_one():
    from workbench.ingest.ocr_engine import NarrowLineOCR

    engine = NarrowLineOCR.__new__(NarrowLineOCR)  # the scale alone: no models loaded
    engine.width_scale = 0.67
    assert engine.scale_for(np.zeros((40, 40 * 20, 3), dtype=np.uint8)) == 0.55  # a body line
    assert engine.scale_for(np.zeros((40, 40 * 7, 3), dtype=np.uint8)) == 0.67  # a table cell's line
    engine.width_scale = 1.0
    assert engine.scale_for(np.zeros((40, 40 * 20, 3), dtype=np.uint8)) == 1.0


def test_short_lines_are_told_apart_by_where_they_stand():
    from workbench.ingest.ocr_engine import NarrowLineOCR

    engine = NarrowLineOCR.__new__(NarrowLineOCR)  # the routing alone: no models loaded
    engine.width_scale, tables = 0.67, [(100.0, 500.0, 900.0, 900.0)]
    quad = lambda x, y: np.array([[x, y], [x + 200, y], [x + 200, y + 40], [x, y + 40]], dtype=np.float64)  # noqa: E731
    engine._line_boxes = np.array([quad(150, 600), quad(150, 100), quad(150, 700)])
    cell, heading, body = (np.zeros((40, 40 * n, 3), dtype=np.uint8) for n in (5, 5, 20))
    assert [engine._short_in(i, crop, tables, True) for i, crop in enumerate((cell, heading, body))] == [
        True, False, False]
    engine._line_boxes = None  # a place not known (a crop read alone): as the caller says
    assert engine._short_in(0, heading, tables, True) and not engine._short_in(0, heading, tables, False)


def test_a_scan_of_low_resolution_or_blurred_is_detected_on_more_pixels_and_short_lines_read_with_a_margin(tmp_path):
    """A 150-dpi or blurred scan's small marks vanish when the detector sees the page at 960 px: it sees it at
    1280, and its short lines are read with blank paper each side."""
    from workbench.ingest import ocr
    from workbench.ingest.ocr_engine import with_margin
    from workbench.ingest.sharpness import edge_sharpness

    sharp = np.full((1200, 900), 250, np.uint8)
    for row in range(20):
        cv2.putText(sharp, f"Sharp print of a bulletin line {row}", (40, 60 + 50 * row), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 20, 2)
    blurred = cv2.GaussianBlur(sharp, (0, 0), 1.0)
    assert edge_sharpness(sharp, 200) > ocr.BLURRED_BELOW > edge_sharpness(blurred, 200)
    assert edge_sharpness(cv2.resize(sharp, None, fx=1.5, fy=1.5), 300) > ocr.BLURRED_BELOW  # finer, not softer
    assert ocr.page_reading(72 / 150, sharp) == (1280, 0.15, True) and ocr.page_reading(72 / 200, sharp) == (960, 0.0, False)
    assert ocr.page_reading(72 / 200, blurred) == (1280, 0.15, True)
    crop = np.full((40, 120, 3), 250, dtype=np.uint8)
    crop[10:30, 5:115] = 0
    padded = with_margin(crop, 0.15)
    assert padded.shape == (40, 132, 3) and (padded[:, :6] == 250).all() and (padded[:, 6:126] == crop).all()
    assert with_margin(crop, 0.0) is crop
    path = write_scan(tmp_path / "low.pdf", [[Placed(60, 120, "各区要落实绿地养护责任，建立巡查制度。", 11)]], dpi=150)
    with pymupdf.open(path) as doc:
        page = ocr_page(doc[0])
    assert [line.text for line in page.lines] == ["各区要落实绿地养护责任，建立巡查制度。"]
    with ocr._POOL.take(ocr.CORES) as engine:
        assert engine._load_det_model().limit_side_len == 1280 and engine.short_line_margin == 0.15
    # a poor scan's table cells are read by the floating-point recogniser, its other short lines checked
    rules = [(100.0, 100.0, 700.0, 102.0), (100.0, 400.0, 700.0, 402.0), (100.0, 100.0, 102.0, 400.0),
             (698.0, 100.0, 700.0, 400.0), (400.0, 100.0, 402.0, 400.0), (100.0, 250.0, 700.0, 252.0)]
    with ocr._engine(1, ocr.Reading(1280, 0.15, True), sharp, rules) as engine:
        assert len(engine.precise_areas) == 1 and engine.checked_areas == [(0.0, 0.0, 900.0, 1200.0)]
    with ocr._engine(1, ocr.Reading(960, 0.0, False), sharp, rules) as engine:
        assert engine.precise_areas == [] and engine.checked_areas and engine.checked_areas[0][:2] == (100.0, 100.0)
