"""Load the UI's translation: Simplified Chinese by default, English on request.

Source strings are English (``tr()``); ``resources/i18n/workbench_zh_CN.qm`` is
installed unless ``WORKBENCH_LANG=en``, with Qt's own translation of its standard buttons and dialogs.
Returns the language in use.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
_INSTALLED: list[QTranslator] = []  # kept alive as long as the app


def install_translation(app: QCoreApplication, language: str | None = None) -> str:
    language = language or os.environ.get("WORKBENCH_LANG", "zh_CN")
    if language.startswith("en"):
        return "en"
    translator = QTranslator(app)
    if not translator.load(str(I18N_DIR / f"workbench_{language}.qm")):
        return "en"
    app.installTranslator(translator)
    _INSTALLED.append(translator)
    qt_own = QTranslator(app)  # Qt's own words: the Cancel of a dialog's buttons, the file dialogs
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _INSTALLED.append(qt_own)
    return language
