"""A page as a grayscale image for OCR, and the image's fingerprint.

In: a PyMuPDF page (of a PDF or of an image file). Out: a ``numpy`` array
(uint8, one channel), the number of PDF points per pixel, and the SHA-256 of
the pixels (the OCR cache key). A page that is one full-page scan is rendered
at the scan's own resolution (kept between 150 and 300 dpi); anything else at 200 dpi; never above the
pixel budget of ``limits`` (a huge page is read at the largest resolution that fits it).
"""
from __future__ import annotations

import hashlib

import numpy as np

from workbench import limits
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


def budget_dpi(page: pymupdf.Page, megapixels: float) -> float:
    """The highest resolution at which the page's image stays within ``megapixels``."""
    square_inches = (page.rect.width / 72) * (page.rect.height / 72)
    return (megapixels * 1e6 / max(square_inches, 1e-6)) ** 0.5


def page_image(page: pymupdf.Page, megapixels: float | None = None) -> tuple[np.ndarray, float, str]:
    """``(gray pixels, points per pixel, sha256 of the pixels)`` for one page, within ``megapixels``
    (the limit in force when None; a worker process is told it)."""
    budget = limits.current().render_megapixels if megapixels is None else megapixels
    dpi = min(scan_dpi(page), budget_dpi(page, budget))
    pix = page.get_pixmap(dpi=max(1, int(dpi)), colorspace=pymupdf.csGRAY, alpha=False)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    gray = np.ascontiguousarray(gray)
    digest = hashlib.sha256(f"{pix.width}x{pix.height}:".encode() + gray.tobytes()).hexdigest()
    return gray, page.rect.width / pix.width, digest
