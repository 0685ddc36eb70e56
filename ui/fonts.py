"""Make Chinese render on a machine with no CJK font installed.

In: a running QGuiApplication. Out: the CJK font that ships inside PyMuPDF
(Droid Sans Fallback) registered from memory and appended to the application
font's family list, so every widget falls back to it for Chinese glyphs.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from workbench.mupdf import pymupdf


def register_cjk_font(app: QGuiApplication) -> str | None:
    """Register PyMuPDF's CJK font; return its family name (None if Qt refused it)."""
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(pymupdf.Font("china-s").buffer))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([font.family(), families[0]])
    app.setFont(font)
    return families[0]
