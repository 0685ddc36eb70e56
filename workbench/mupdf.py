"""PyMuPDF, imported without its two optional add-ons.

In: nothing. Out: the ``pymupdf`` module, for ``from workbench.mupdf import pymupdf``.
PyMuPDF 2.0 imports, as it loads, ``pymupdf.layout`` (which reads an ONNX layout model,
about 0.55 s and tens of MB, used only by ``Page.get_layout()``) and ``pymupdf4llm``
(0.35 s, used only by ``pymupdf.to_markdown/to_text/to_json``). The workbench lays
pages out itself and calls neither, so both are left out; nothing else in PyMuPDF
changes. If something imported PyMuPDF first, it is used as is.
"""
from __future__ import annotations

import sys

for _addon in ("pymupdf.layout", "pymupdf4llm"):
    sys.modules.setdefault(_addon, None)  # type: ignore[arg-type]  # their imports fail fast, as if absent

import pymupdf  # noqa: E402

pymupdf.no_recommend_layout()

__all__ = ["pymupdf"]
