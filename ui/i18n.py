"""Load the UI's translation: Simplified Chinese by default, English on request.

Source strings are English (``tr()``); ``resources/i18n/workbench_zh_CN.qm`` is
installed unless ``WORKBENCH_LANG=en``, with Qt's own translation of its standard buttons and dialogs.
Returns the language in use.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
_INSTALLED: list[QTranslator] = []  # kept alive as long as the app


def prefer_chinese_locale() -> None:
    """Before the QApplication exists: dates and sizes in Qt's own dialogs (the file dialog's columns, which
    read the system locale) in Chinese too, unless English was asked for or the system already is Chinese.
    Only the categories for times and messages are set, so the C library's character handling stays."""
    if os.environ.get("WORKBENCH_LANG", "zh_CN").startswith("en"):
        return
    for name in ("LC_TIME", "LC_MESSAGES"):
        current = os.environ.get("LC_ALL") or os.environ.get(name) or os.environ.get("LANG", "")
        if not current.startswith("zh"):
            os.environ[name] = "zh_CN.UTF-8"


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
    qt_missing = QTranslator(app)  # the words of those dialogs Qt's own translation leaves out (文件夹, 是/否)
    if qt_missing.load(str(I18N_DIR / "qt" / f"qt_extra_{language}.qm")):
        app.installTranslator(qt_missing)
        _INSTALLED.append(qt_missing)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))  # dates as 2026/12/5
    return language
