"""Make the 8-bit OCR models the workbench ships: ``resources/models/PP-OCRv6_{det,rec}_small.int8.onnx``.

Usage: python packaging/quantise_models.py   (needs the developer's tools: ``pip install onnx sympy``)

In: RapidOCR's PP-OCRv6 small detection and recognition models from its installed wheel (Apache-2.0) and the
project's own sample bulletin (``data/sample_bulletin.pdf``), each page rendered at 200 dpi twice as a scanner
would leave it — turned a little, blurred, with grain and JPEG loss — so the calibration sees no corpus page.
Out: each model converted to opset 13, its GELU activations (written out as Div, Erf, Add and two Muls) made one
``com.microsoft.Gelu`` node each, and quantised statically (QDQ: per-channel signed 8-bit weights, unsigned 8-bit
activations, MinMax ranges from what the model is fed on those pages) — the recogniser's convolutions only, its
attention and GELUs staying in floating point — and the recogniser's classifier then quantised dynamically; and ``resources/models/README.md`` saying what they were made from
and how. Written out, a GELU's input passes through a DequantizeLinear that onnxruntime copies for each of its two
readers, and the five nodes are no longer fused: 13 of them cost the 8-bit recogniser a fifth of its time.
The workbench reads every line with the 8-bit recogniser, but a poor scan's table cells (where a lost mark costs the
cell) with the wheel's own, and a short line it was unsure of again with it (ingest/ocr.py).
"""
from __future__ import annotations

import contextlib
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
MODELS = ("PP-OCRv6_det_small", "PP-OCRv6_rec_small")
QUANTISED_OPS = {"PP-OCRv6_det_small": None, "PP-OCRv6_rec_small": ["Conv"]}  # None: every kind onnxruntime can
CLASSIFIER_IN_8_BITS = {"PP-OCRv6_rec_small"}  # models whose last MatMul (a score for each character) is made 8-bit
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


def model_inputs(names: tuple[str, ...]) -> dict[str, list[np.ndarray]]:
    """What each model is fed on the calibration pages, caught as the workbench's own engine reads them with the
    wheel's models."""
    import rapidocr.inference_engine.onnxruntime.main as engine

    from workbench.ingest import ocr

    caught: dict[str, list[np.ndarray]] = {name: [] for name in names}
    run = engine.OrtInferSession.__call__

    def catching(session, tensor):
        name = Path(session.session._model_path).stem
        if name in caught:
            caught[name].append(tensor.copy())
        return run(session, tensor)

    engine.OrtInferSession.__call__ = catching
    ocr._PARAMS.pop("Det.model_path", None)  # the wheel's models, in floating point
    ocr.FAST_RECOGNISER = None
    # every page read as a sharp scan is (the calibration pages are made a little blurred; what they feed the
    # models must not follow the poor-scan rules, or the shipped models change with them)
    ocr.page_reading = lambda _points_per_pixel, _image: ocr.Reading(ocr.DETECTION_SIDE, 0.0, False)
    try:
        for gray in calibration_pages():
            ocr.ocr_image(gray, 72 / DPI, "calibration", threads=2)
    finally:
        engine.OrtInferSession.__call__ = run
    return caught


def quantise(source_model: Path, inputs: list[np.ndarray], target: Path, op_types: list[str] | None,
             classify_in_8_bits: bool) -> None:
    """``source_model`` quantised to ``target`` (the node kinds in ``op_types``, or every kind onnxruntime can),
    calibrated on ``inputs``, and its classifier made 8-bit when ``classify_in_8_bits`` (``quantise_classifier``);
    the model's metadata (the recogniser's character list) kept."""
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

    # onnxruntime's tools leave scratch files (a shape-inference model, external weights) in the working folder
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        opset13, prepared = Path(folder) / "opset13.onnx", Path(folder) / "prepared.onnx"
        original = onnx.load(str(source_model))
        converted = version_converter.convert_version(original, 13)
        print(f"{source_model.name}: {fuse_gelus(converted)} GELUs made single nodes")
        onnx.save(converted, str(opset13))
        quant_pre_process(str(opset13), str(prepared), skip_symbolic_shape=True)
        quantize_static(str(prepared), str(target), Feed(), quant_format=QuantFormat.QDQ, per_channel=True,
                        weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8,
                        calibrate_method=CalibrationMethod.MinMax, op_types_to_quantize=op_types)
        if classify_in_8_bits:
            quantise_classifier(target)
        made = onnx.load(str(target))
        kept = {prop.key for prop in made.metadata_props}
        made.metadata_props.extend(prop for prop in original.metadata_props if prop.key not in kept)
        onnx.save(made, str(target))


def quantise_classifier(model_path: Path) -> None:
    """The model at ``model_path`` with its last MatMul — the recogniser's classifier, a score for each of its
    18,710 characters at each step of a line, a fifth of its time in floating point — quantised dynamically in
    place: per-column signed 8-bit weights, its input quantised as it comes (onnxruntime fuses the two into one
    ``DynamicQuantizeMatMul``; 6.6 → 5.6 ms on a 48×343 line, the model 13 → 6.5 MB)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    classifier = [node.name for node in onnx.load(str(model_path)).graph.node if node.op_type == "MatMul"][-1]
    quantize_dynamic(str(model_path), str(model_path), op_types_to_quantize=["MatMul"], nodes_to_quantize=[classifier],
                     per_channel=True, weight_type=QuantType.QInt8)


def fuse_gelus(model) -> int:
    """Each GELU written out as ``x / √2 → Erf → + 1 → · x → · ½`` (in either order of the last two products)
    replaced in ``model`` by one ``com.microsoft.Gelu`` node; returns how many."""
    from onnx import helper

    graph = model.graph
    producer = {output: node for node in graph.node for output in node.output}
    readers: dict[str, list] = {}
    for node in graph.node:
        for tensor in node.input:
            readers.setdefault(tensor, []).append(node)

    def only_reader(node, kind: str):
        found = readers.get(node.output[0], [])
        return found[0] if len(found) == 1 and found[0].op_type == kind else None

    replaced = []
    for erf in [node for node in graph.node if node.op_type == "Erf"]:
        divide = producer.get(erf.input[0])
        plus = only_reader(erf, "Add")
        first = plus and only_reader(plus, "Mul")
        second = first and only_reader(first, "Mul")
        if divide is None or divide.op_type != "Div" or second is None:
            continue
        source = divide.input[0]
        if source not in (*first.input, *second.input):
            continue
        gelu = helper.make_node("Gelu", [source], [second.output[0]], name=f"{erf.name}_gelu", domain="com.microsoft")
        replaced.append(((divide, erf, plus, first, second), gelu))
    for parts, gelu in replaced:
        position = list(graph.node).index(parts[0])
        for node in parts:
            graph.node.remove(node)
        graph.node.insert(position, gelu)
    if replaced and not any(entry.domain == "com.microsoft" for entry in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return len(replaced)


def main() -> None:
    import rapidocr

    wheel = Path(rapidocr.__file__).parent / "models"
    OUT.mkdir(parents=True, exist_ok=True)
    inputs = model_inputs(MODELS)
    made = []
    for name in MODELS:
        source, target = wheel / f"{name}.onnx", OUT / f"{name}.int8.onnx"
        quantise(source, inputs[name], target, QUANTISED_OPS[name], name in CLASSIFIER_IN_8_BITS)
        made.append((source, target, len(inputs[name])))
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB, calibrated on {len(inputs[name])} "
              f"inputs; {_sha256(target)}")
    versions = ", ".join(f"{dist} {metadata.version(dist)}" for dist in ("rapidocr", "onnxruntime", "onnx"))
    rows = "\n".join(f"| `{target.name}` | `{source.name}` ({_sha256(source)}) | {count} | {_sha256(target)} |"
                     for source, target, count in made)
    (OUT / "README.md").write_text(f"""# OCR models made for the workbench

PaddleOCR's PP-OCRv6 small text-line detector and recogniser (Apache-2.0), as converted to ONNX and shipped in the
`rapidocr` wheel, quantised to 8 bits by `python packaging/quantise_models.py` ({versions}): opset 13, static QDQ,
per-channel signed 8-bit weights, unsigned 8-bit activations, MinMax ranges calibrated on what each model is fed
reading {2 * _pages()} pages the project renders itself (`data/sample_bulletin.pdf` at {DPI} dpi, turned, blurred,
grained and JPEG-compressed). Before quantising, each GELU written out in five nodes is made one `com.microsoft.Gelu`
node; the detector is quantised throughout, the recogniser's convolutions only (its attention and GELUs stay in
floating point), and then the recogniser's classifier (its last MatMul) dynamically, with per-column signed 8-bit
weights. The workbench detects lines with the 8-bit detector and reads lines with the 8-bit recogniser,
a poor scan's table cells with the wheel's own, and a short line it was unsure of again with it. Licence: Apache-2.0, as the models they were made from (see THIRD_PARTY.md).

| file | made from (SHA-256) | calibration inputs | SHA-256 of the result |
|---|---|---|---|
{rows}
""", encoding="utf-8")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pages() -> int:
    with pymupdf.open(ROOT / "data" / "sample_bulletin.pdf") as doc:
        return doc.page_count


if __name__ == "__main__":
    main()
