"""The user-interface language: installs Sibina's and Qt's translators, tells others which it is.

Indonesian is the source language (no .qm needed); English loads resources/i18n/sibina_en.qm.
Qt's own strings (standard buttons Yes/No/Cancel, the file dialog, the wizard's buttons) come from
Qt's qtbase_<lang>.qm; Qt ships none for Indonesian, so Sibina carries resources/i18n/qtbase_id.qm
with the ones its screens show. A language switch replaces both translators.
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
    qt_translator = _qt_translator(app, _language)
    if qt_translator is not None:
        _install(app, qt_translator)
    if _language != "id":
        ours = QTranslator(app)
        qm = resource_path("i18n", f"sibina_{_language}.qm")
        if ours.load(str(qm)):
            _install(app, ours)
        else:
            log.warning("translation %s not found; showing Indonesian", qm)
    return list(_installed)


def _qt_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own translation of `language`, else Sibina's (resources/i18n/qtbase_<lang>.qm)."""
    translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", qt_dir):
        return translator
    if translator.load(str(resource_path("i18n", f"qtbase_{language}.qm"))):
        return translator
    log.warning("no translation of Qt's own texts for %r; they stay in English", language)
    return None


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
