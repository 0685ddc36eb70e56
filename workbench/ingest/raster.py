"""A page as a grayscale image for OCR, and the image's fingerprint.

In: a PyMuPDF page (of a PDF or of an image file). Out: a ``numpy`` array
(uint8, one channel), the number of PDF points per pixel, and the SHA-256 of
the pixels (the OCR cache key). A page that is one full-page scan is rendered
at the scan's own resolution (kept between 150 and 300 dpi); anything else at 200 dpi.
"""
from __future__ import annotations

import hashlib

import numpy as np
from workbench.mupdf import pymupdf

DEFAULT_DPI = 200
MIN_DPI, MAX_DPI = 150, 300


def scan_dpi(page: pymupdf.Page) -> float:
    """The resolution of the page's full-page image, else DEFAULT_DPI."""
    infos = page.get_image_info()
    if len(infos) == 1:
        info = infos[0]
        x0, y0, x1, y1 = info["bbox"]
        covers = (x1 - x0) * (y1 - y0) >= 0.8 * page.rect.width * page.rect.height
        if covers and x1 > x0:
            dpi = info["width"] / ((x1 - x0) / 72)
            return max(MIN_DPI, min(MAX_DPI, dpi))
    return DEFAULT_DPI


def page_image(page: pymupdf.Page) -> tuple[np.ndarray, float, str]:
    """``(gray pixels, points per pixel, sha256 of the pixels)`` for one page."""
    dpi = scan_dpi(page)
    pix = page.get_pixmap(dpi=round(dpi), colorspace=pymupdf.csGRAY, alpha=False)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    gray = np.ascontiguousarray(gray)
    digest = hashlib.sha256(f"{pix.width}x{pix.height}:".encode() + gray.tobytes()).hexdigest()
    return gray, page.rect.width / pix.width, digest
