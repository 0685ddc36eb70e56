"""The RapidOCR engine as the workbench runs it: each line recognised from a narrower crop.

In: RapidOCR's settings and ``WIDTH_SCALE``. Out: a ``NarrowLineOCR``, called like
``RapidOCR``. Recognition is most of the time of a page and grows with the width of
the line images; Chinese characters are square and keep their shape narrowed, so each
detected line's crop is narrowed before the recogniser reads it: to two thirds, and a
long line (a body line, twelve line heights and more) to 0.55 — short lines (a table
cell's) lose marks read narrower and cost little anyway. Quotation marks do not keep
their shape: squeezed, “ and ” are confused, so a line whose quotation marks come out
not alternating (or straight) is read again at full width. Character positions come
back as fractions of the line, so they still land on the full-width line.
Measured on every corpus scan (tests/bench/ocr.py, whole command): long lines at 0.55
took the time from 0.87–0.93× Tesseract 5's to 0.82× with the CER unchanged (0.22–0.24%);
at 0.5, 0.77×, but a clean line's final 。 was lost (tests/test_ocr_engine.py); every
line narrower than two thirds, 003's table cells went wrong (3.6–3.8%).
Lines may be read by a second recogniser (``fast_model``: the 8-bit one), long lines only at first: 0.82× →
0.71×, the CER the same. With its convolutions alone in 8 bits (packaging/quantise_models.py) it is faster
still, and it reads every line of ``BODY_LINE`` (eight) line heights and more — a column of a two-column page
is about thirteen, a 文号 or 主送 line eight to ten: 0.74× → 0.62×. Lines of eight to twelve heights keep two
thirds of their width: at 0.55 the 8-bit recogniser drops their final 。 or ：. Short lines too, but those in
the areas the page names precise (``read_pages``: a poor scan's ruled tables) by this engine's own recogniser,
and those in the areas it names checked (a sharp scan's ruled tables, where a lost mark costs a cell; the whole
of a poor scan) again by it where a character came out below ``DOUBT``: 0.59× → 0.55×. (Every short line by the
8-bit recogniser alone, 0.52×, lost a cell of 003 or not depending on the pages it was calibrated on.)
Imported only when a page is recognised (RapidOCR loads slowly).
"""
from __future__ import annotations

import cv2
import numpy as np
from rapidocr import RapidOCR
from rapidocr.ch_ppocr_det.utils import DetPreProcess
from rapidocr.ch_ppocr_rec.typings import TextRecOutput
from rapidocr.utils.process_img import map_boxes_to_original

from workbench.model import BBox

WIDTH_SCALE = 0.67  # of each line crop's width, for the recogniser
LONG_WIDTH_SCALE = 0.55  # of a long line's width
LONG_LINE = 12  # line heights: a line this long or longer is read at LONG_WIDTH_SCALE
BODY_LINE = 8  # line heights: a line this long or longer is read by the fast recogniser whenever there is one
DOUBT = 0.75  # a character's confidence below which the fast recogniser's reading of a checked line is redone
_QUOTES = set("“”‘’\"")


class NarrowLineOCR(RapidOCR):
    """``RapidOCR`` whose recogniser reads each line crop at ``width_scale`` of its width."""

    def __init__(self, params: dict, width_scale: float | None = None, fast_model: str | None = None) -> None:
        super().__init__(params=params)
        self.width_scale = WIDTH_SCALE if width_scale is None else width_scale
        self.short_line_margin = 0.0  # paper added each side of a short line's crop, in line heights
        self.precise_areas: list[BBox] = []  # where on the page short lines are read by this engine's recogniser
        self.checked_areas: list[BBox] = []  # where they are read again by it when the fast one is in doubt
        self._page_shape: tuple[int, int] = (0, 0)
        self._line_boxes: np.ndarray | None = None  # the lines being read, as quads on the page
        # lines read by another recogniser (the 8-bit one) when given; its detector is never loaded. Its memory
        # arena is on, as the detector's (``_load_det_model``): a run's buffers are reused by the next
        self.fast_reader = RapidOCR(params={**params, "Rec.model_path": fast_model,
                                            "EngineConfig.onnxruntime.enable_cpu_mem_arena": True}) if fast_model else None

    def _load_det_model(self):
        """RapidOCR's detector, its input made by ``Float32DetInput``, its memory arena on whatever the settings say
        (the wheel's recogniser keeps them). With the arenas of the detector and the fast recogniser on, the corpus
        scans take 0.48× Tesseract's time instead of 0.51× (tests/bench/ocr.py); over 192 pages read by the two
        workers, each worker's data grows by 560 MB instead of 300–420 (its budget is 1 GB), its resident peak is
        the same (560–600 MB). With every arena on, the wheel's recogniser's too, a process reading 86 pages was
        still growing at the end (by 100 MB over the last 30)."""
        if self.text_det is not None:
            return self.text_det
        engine = self.cfg.EngineConfig.onnxruntime
        kept, engine.enable_cpu_mem_arena = engine.enable_cpu_mem_arena, True
        try:
            detector = super()._load_det_model()
        finally:
            engine.enable_cpu_mem_arena = kept
        detector.get_preprocess = lambda: Float32DetInput(detector.limit_side_len, detector.limit_type,
                                                          detector.mean, detector.std)
        return detector

    def read_pages(self, side: int, short_line_margin: float, precise_areas: list[BBox],
                   checked_areas: list[BBox]) -> None:
        """From now on: lines found on the image reduced to ``side`` pixels on its longer side (at most); each
        short line read with ``short_line_margin`` line heights of blank paper added left and right, and by this
        engine's own recogniser when its middle lies in one of ``precise_areas`` (pixels of the page image), by
        the fast one as long lines are elsewhere — and again by this engine's, where the fast one was in doubt,
        in one of ``checked_areas``."""
        self._load_det_model().limit_side_len = side
        self.short_line_margin = short_line_margin
        self.precise_areas, self.checked_areas = list(precise_areas), list(checked_areas)

    def __call__(self, img_content, *args, **kwargs):
        """RapidOCR's reading of a page image (``precise_areas`` are on it)."""
        self._page_shape = tuple(getattr(img_content, "shape", (0, 0))[:2])  # type: ignore[assignment]
        try:
            return super().__call__(img_content, *args, **kwargs)
        finally:
            self._line_boxes = None

    def detect_and_crop(self, img: np.ndarray, op_record: dict) -> tuple:
        """RapidOCR's line crops, the lines' quads on the page kept for ``_read_narrowed``."""
        crops, found = super().detect_and_crop(img, op_record)
        height, width = self._page_shape
        self._line_boxes = (None if found.boxes is None else
                            map_boxes_to_original(np.array(found.boxes, dtype=np.float64), op_record, height, width))
        return crops, found

    def read_crops(self, crops: list[np.ndarray], quads: list[np.ndarray]) -> TextRecOutput:
        """Crops of the page read as lines (``recognize_txt``), ``quads`` their places on the page."""
        self._line_boxes = np.array(quads, dtype=np.float64).reshape(-1, 4, 2)
        try:
            return self.recognize_txt(crops)
        finally:
            self._line_boxes = None

    def scale_for(self, crop: np.ndarray) -> float:
        """The width a line crop is read at: ``LONG_WIDTH_SCALE`` for a long line, ``width_scale`` for the others
        (and for every line when that is the full width)."""
        return min(LONG_WIDTH_SCALE, self.width_scale) if self._is_long(crop) else self.width_scale

    def calc_word_boxes(self, img: list[np.ndarray], dt_boxes: np.ndarray, rec_res: TextRecOutput) -> tuple:
        """Each line's characters with their confidences and the recogniser's column each was read at (None for
        a space), as ``(character, confidence, column)``: the workbench keeps no box per character (a character's
        box is its share of its line), so RapidOCR's geometry for them (a twentieth of a page's time) is not
        worked out; the columns tell how much room a mark took (``number_stops``)."""
        return tuple(tuple(zip(text, getattr(word, "confs", None) or (), _columns(text, word)))
                     for text, word in zip(rec_res.txts or (), rec_res.word_results))

    def recognize_txt(self, img: list[np.ndarray]) -> TextRecOutput:
        """Every crop read narrowed (``_read_narrowed``); a line whose quotation marks came out wrong read again
        at full width."""
        found = self._read_narrowed(img)
        if self.width_scale >= 1:
            return found
        again = [index for index, text in enumerate(found.txts or ()) if _second_look(text)]
        if again:
            _replace(found, again, super().recognize_txt([img[index] for index in again]))
        return found

    def _read_narrowed(self, img: list[np.ndarray]) -> TextRecOutput:
        """Each crop read as ``_prepared``: a short line in a precise area (or whose place is not known) by this
        engine, every other line by ``fast_reader`` — and a short line in a checked area again by this engine
        when a character of it came out in doubt."""
        reader = self.fast_reader
        if reader is None:
            return super().recognize_txt([self._prepared(crop) for crop in img])
        precise = [index for index, crop in enumerate(img) if self._short_in(index, crop, self.precise_areas, True)]
        fast = sorted(set(range(len(img))) - set(precise))
        reader.return_word_box = self.return_word_box
        found = TextRecOutput(imgs=list(img), txts=("",) * len(img), scores=[0.0] * len(img),  # type: ignore[arg-type]
                              word_results=(None,) * len(img))  # type: ignore[arg-type]
        for indices, read in ((fast, reader.recognize_txt), (precise, super().recognize_txt)):
            if indices:
                _replace(found, indices, read([self._prepared(img[index]) for index in indices]))
        doubtful = [index for index in fast if self._short_in(index, img[index], self.checked_areas, False)
                    and _in_doubt(found.word_results[index], found.scores[index])]
        if doubtful:
            _replace(found, doubtful, super().recognize_txt([self._prepared(img[index]) for index in doubtful]))
        return found

    def _short_in(self, index: int, crop: np.ndarray, areas: list[BBox], unknown: bool) -> bool:
        """Whether the ``index``-th crop being read is a short line whose middle lies in one of ``areas``
        (``unknown`` when its place on the page is not known)."""
        if self._is_long(crop, BODY_LINE):
            return False
        boxes = self._line_boxes
        if boxes is None or index >= len(boxes):
            return unknown
        x, y = boxes[index].mean(axis=0)
        return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in areas)

    def _prepared(self, crop: np.ndarray) -> np.ndarray:
        """A line crop as the recogniser reads it: narrowed (``scale_for``), a short line with its margin."""
        read = narrowed(crop, self.scale_for(crop))
        return read if self._is_long(crop, BODY_LINE) else with_margin(read, self.short_line_margin)

    def _is_long(self, crop: np.ndarray, heights: float = LONG_LINE) -> bool:
        """Whether a crop is ``heights`` line heights long or longer, when lines are read narrowed at all."""
        return self.width_scale < 1 and crop.shape[1] >= heights * crop.shape[0]


class Float32DetInput(DetPreProcess):
    """RapidOCR's detector input — the page resized, scaled to its mean and spread, channels first — made by OpenCV
    in one pass, in the 32-bit floats the detector takes: RapidOCR works in 64 bits, casts and copies (5.6 → 1.3 ms
    on a 200-dpi page)."""

    def __call__(self, img: np.ndarray) -> np.ndarray | None:
        resized = self.resize(img)
        if resized is None:
            return None
        height, width = resized.shape[:2]
        params = cv2.dnn.Image2BlobParams(scalefactor=tuple(1 / (255.0 * np.asarray(self.std))), size=(width, height),
                                          mean=tuple(255.0 * np.asarray(self.mean)), swapRB=False, ddepth=cv2.CV_32F)
        return cv2.dnn.blobFromImageWithParams(resized, params)


def _replace(found: TextRecOutput, indices: list[int], part: TextRecOutput) -> None:
    """``found``'s reading of the lines at ``indices`` replaced by ``part``'s (read in that order)."""
    txts, scores, words = list(found.txts or ()), list(found.scores), list(found.word_results)
    for index, text, score, word in zip(indices, part.txts or (), part.scores, part.word_results):
        txts[index], scores[index], words[index] = text, score, word
    # rapidocr annotates these as one-element tuples (Tuple[str]); they hold one entry per line
    found.txts, found.scores, found.word_results = tuple(txts), scores, tuple(words)  # type: ignore[assignment]


def _in_doubt(word: object, score: float) -> bool:
    """Whether a line the fast recogniser read has a character below ``DOUBT`` (its score when no character
    confidences came back)."""
    confidences = getattr(word, "confs", None) or (score,)
    return min(confidences) < DOUBT


def _columns(text: str, word: object) -> list[int | None]:
    """The recogniser's column of each character of ``text`` (None for a space, and for all when they are not
    known): RapidOCR gives them for the characters other than spaces, word by word."""
    known = iter(col for cols in getattr(word, "word_cols", None) or () for col in cols)
    columns = [None if char.isspace() else next(known, None) for char in text]
    return columns if next(known, None) is None else [None] * len(text)


def with_margin(crop: np.ndarray, margin: float) -> np.ndarray:
    """``crop`` with ``margin`` of its height of blank paper (its median colour) added left and right."""
    pixels = round(margin * crop.shape[0])
    if pixels < 1:
        return crop
    paper = np.median(crop.reshape(-1, crop.shape[2] if crop.ndim == 3 else 1), axis=0)
    return cv2.copyMakeBorder(crop, 0, 0, pixels, pixels, cv2.BORDER_CONSTANT, value=[int(v) for v in paper])


def _second_look(text: str) -> bool:
    """Whether a line read narrowed is worth reading again at full width: its quotation marks do not
    alternate, or one is straight (squeezing blurs which way a quotation mark faces)."""
    facing = [char for char in text if char in _QUOTES]
    return '"' in facing or any(a == b for a, b in zip(facing, facing[1:]))


def narrowed(crop: np.ndarray, scale: float) -> np.ndarray:
    """``crop`` resized to ``scale`` of its width (at least its height: a line is never narrower than one character)."""
    height, width = crop.shape[:2]
    target = max(min(width, height), round(width * scale))
    if scale >= 1 or target >= width:
        return crop
    return cv2.resize(crop, (target, height), interpolation=cv2.INTER_AREA)
