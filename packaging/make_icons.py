"""Render resources/icons/workbench.svg to the PNG sizes a desktop menu, taskbar and window title use.

Usage: python packaging/make_icons.py   (writes resources/icons/workbench-SIZE.png; run after changing the SVG)
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "workbench.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"workbench-{size}.png"))
    print(f"{ICONS}: {', '.join(str(size) for size in SIZES)} px")


if __name__ == "__main__":
    main()
