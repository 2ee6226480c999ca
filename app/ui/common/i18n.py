"""The user-interface language: installs Sibina's and Qt's translators, tells others which it is.

Indonesian is the source language (no .qm needed); English loads resources/i18n/sibina_en.qm.
Qt's own strings (standard buttons, dialogs) come from qtbase_<lang>.qm when Qt ships one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_language = "id"

LOCALES = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def ui_language() -> str:
    """ "id" or "en": pass it to app.domain.dates.long_date and friends."""
    return _language


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace any translators installed before with those of `language`; returns them."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = language if language in LOCALES else "id"
    QLocale.setDefault(LOCALES[_language])
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{_language}", qt_dir):
        _install(app, qt_translator)
    if _language != "id":
        ours = QTranslator(app)
        qm = resource_path("i18n", f"sibina_{_language}.qm")
        if ours.load(str(qm)):
            _install(app, ours)
        else:
            log.warning("translation %s not found; showing Indonesian", qm)
    return list(_installed)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
