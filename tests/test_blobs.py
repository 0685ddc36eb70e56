"""Pieces of ink are boxed as OpenCV's labelling boxes them — a mark inside a table's rules included — and the
detector's 32-bit input is RapidOCR's own."""
import cv2
import numpy as np
from rapidocr.ch_ppocr_det.utils import DetPreProcess

from workbench.ingest.blobs import blob_boxes
from workbench.ingest.ocr_engine import Float32DetInput


def test_blob_boxes_are_the_connected_pieces_boxes():
    page = np.zeros((300, 400), dtype=np.uint8)
    cv2.rectangle(page, (20, 20), (380, 280), 255, 2)  # a table's frame: the rest stands in its hole
    cv2.line(page, (20, 150), (380, 150), 255, 2)
    cv2.putText(page, "A1 b, 2.", (40, 100), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 255, 2)
    cv2.circle(page, (200, 220), 6, 255, 2)  # a ring (a full stop) with a dot inside its hole
    page[219:222, 199:202] = 255
    page[5, 5] = 255  # a speck
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(page, connectivity=8)
    expected = sorted(map(tuple, stats[1:count, :4].tolist()))
    assert sorted(map(tuple, blob_boxes(page).tolist())) == expected and len(expected) >= 8
    assert blob_boxes(np.zeros((10, 10), dtype=np.uint8)).shape == (0, 4)


def test_the_detector_input_in_32_bits_is_rapidocrs():
    image = np.random.default_rng(3).integers(0, 256, (700, 500, 3), dtype=np.uint8)
    ours = Float32DetInput(960, "max", [0.5, 0.5, 0.5], [0.5, 0.5, 0.5])(image)
    theirs = DetPreProcess(960, "max", [0.5, 0.5, 0.5], [0.5, 0.5, 0.5])(image)
    assert ours.dtype == theirs.dtype == np.float32 and ours.shape == theirs.shape
    assert float(np.abs(ours - theirs).max()) < 1e-5
    spread = ([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])  # a mean and spread of its own for each channel
    ours, theirs = Float32DetInput(960, "max", *spread)(image), DetPreProcess(960, "max", *spread)(image)
    assert float(np.abs(ours - theirs).max()) < 1e-4
