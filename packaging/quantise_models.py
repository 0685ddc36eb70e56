"""Make the int8 line detector the workbench ships: ``resources/models/PP-OCRv6_det_small.int8.onnx``.

Usage: python packaging/quantise_models.py   (needs the developer's tools: ``pip install onnx sympy``)

In: RapidOCR's PP-OCRv6 small detection model from its installed wheel (Apache-2.0) and the project's own sample
bulletin (``data/sample_bulletin.pdf``), each page rendered at 200 dpi twice as a scanner would leave it — turned
a little, blurred, with grain and JPEG loss — so the calibration sees no corpus page. Out: the model converted to
opset 13 and quantised statically (QDQ: per-channel signed 8-bit weights, unsigned 8-bit activations, MinMax
ranges from what the detector is fed on those pages), and ``resources/models/README.md`` saying what it was made
from and how. Only the detector: quantised the same way, the recogniser loses marks in table cells (the whole
command's CER on the corpus scan with tables went from 0.17% to 2.3–4.3%); the detector keeps its accuracy and
takes about half the time.
"""
from __future__ import annotations

import hashlib
import sys
import tempfile
from importlib import metadata
from pathlib import Path

import cv2
import numpy as np
import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "resources" / "models"
NAME = "PP-OCRv6_det_small"
DPI = 200


def calibration_pages(seed: int = 1):
    """The sample bulletin's pages as two scans each: gray images a detector would be fed."""
    rng = np.random.default_rng(seed)
    with pymupdf.open(ROOT / "data" / "sample_bulletin.pdf") as doc:
        for page in doc:
            for harsh in (0, 1):
                pix = page.get_pixmap(dpi=DPI, colorspace=pymupdf.csGRAY)
                gray = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).astype(np.float32)
                turn = cv2.getRotationMatrix2D((pix.width / 2, pix.height / 2), rng.uniform(-0.8, 0.8), 1.0)
                gray = cv2.warpAffine(gray, turn, (pix.width, pix.height), borderValue=255)
                gray = cv2.GaussianBlur(gray, (0, 0), 0.5 + 0.4 * harsh)
                gray = np.clip(gray + rng.normal(0, 4 + 5 * harsh, gray.shape), 0, 255).astype(np.uint8)
                yield cv2.imdecode(cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, 85 - 20 * harsh])[1], 0)


def detector_inputs(source_model: Path) -> list[np.ndarray]:
    """What the detector is fed on the calibration pages, caught as the workbench's own engine reads them."""
    import rapidocr.inference_engine.onnxruntime.main as engine

    from workbench.ingest import ocr

    caught: list[np.ndarray] = []
    run = engine.OrtInferSession.__call__

    def catching(session, tensor):
        if Path(session.session._model_path).name == source_model.name:
            caught.append(tensor.copy())
        return run(session, tensor)

    engine.OrtInferSession.__call__ = catching
    ocr._PARAMS.pop("Det.model_path", None)  # the float detector, as shipped in the wheel
    try:
        for gray in calibration_pages():
            ocr.ocr_image(gray, 72 / DPI, "calibration", threads=2)
    finally:
        engine.OrtInferSession.__call__ = run
    return caught


def quantise(source_model: Path, inputs: list[np.ndarray], target: Path) -> None:
    import onnx
    import onnxruntime
    from onnx import version_converter
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    name = onnxruntime.InferenceSession(str(source_model)).get_inputs()[0].name

    class Feed(CalibrationDataReader):
        def __init__(self) -> None:
            self.left = iter(inputs)

        def get_next(self):
            tensor = next(self.left, None)
            return None if tensor is None else {name: tensor}

    with tempfile.TemporaryDirectory() as folder:
        opset13, prepared = Path(folder) / "opset13.onnx", Path(folder) / "prepared.onnx"
        onnx.save(version_converter.convert_version(onnx.load(str(source_model)), 13), str(opset13))
        quant_pre_process(str(opset13), str(prepared), skip_symbolic_shape=True)
        quantize_static(str(prepared), str(target), Feed(), quant_format=QuantFormat.QDQ, per_channel=True,
                        weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8,
                        calibrate_method=CalibrationMethod.MinMax)


def main() -> None:
    import rapidocr

    source_model = Path(rapidocr.__file__).parent / "models" / f"{NAME}.onnx"
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{NAME}.int8.onnx"
    inputs = detector_inputs(source_model)
    quantise(source_model, inputs, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    versions = ", ".join(f"{dist} {metadata.version(dist)}" for dist in ("rapidocr", "onnxruntime", "onnx"))
    (OUT / "README.md").write_text(f"""# OCR models made for the workbench

`{target.name}` — the PP-OCRv6 small text-line detector (PaddleOCR, Apache-2.0, as converted to ONNX and shipped
in the `rapidocr` wheel: `{source_model.name}`, SHA-256 {hashlib.sha256(source_model.read_bytes()).hexdigest()}),
quantised to 8 bits by `python packaging/quantise_models.py` ({versions}): opset 13, static QDQ, per-channel
signed 8-bit weights, unsigned 8-bit activations, MinMax ranges calibrated on {len(inputs)} pages the project
renders itself (`data/sample_bulletin.pdf` at {DPI} dpi, turned, blurred, grained and JPEG-compressed).
SHA-256 of the result: {digest}. Licence: Apache-2.0, as the model it was made from (see THIRD_PARTY.md).
The recogniser is not quantised: done the same way it misreads marks in table cells.
""", encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB from {len(inputs)} calibration pages; {digest}")


if __name__ == "__main__":
    main()
