"""Qt's own texts in Sibina's languages: in the Indonesian UI the confirmation boxes answer "Ya" /
"Tidak" and the file dialog reads "Cari di:", "Nama berkas:" (Qt ships no qtbase_id, so Sibina
carries resources/i18n/qtbase_id.ts); the language setting switches them with Sibina's own."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from app.ui.common import messages
from app.ui.common.i18n import install_translators
from tests.ui.i18n_helpers import QT_TS, compile_qm
from tests.ui.main_window_helpers import open_window
from tests.ui.test_translations import mnemonic_count

MESSAGES = [
    (context.findtext("name"), message.findtext("source"), message.findtext("translation"))
    for context in ET.parse(QT_TS).getroot().iter("context")
    for message in context.iter("message")
]


@pytest.fixture
def indonesian(qapp):
    compile_qm()
    install_translators(qapp, "id")


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes the app builds, recorded instead of shown (each answers No)."""
    shown: list[QMessageBox] = []

    def run(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(messages, "_run", run)
    return shown


def button_texts(box: QMessageBox) -> list[str]:
    return sorted(button.text() for button in box.buttons())


def test_every_source_is_a_text_of_qt_and_every_translation_is_faithful():
    qt = QTranslator()
    assert qt.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert len(MESSAGES) > 100
    for context, source, translation in MESSAGES:
        assert qt.translate(context, source), f"Qt has no {context}: {source!r}"
        assert translation and translation.strip(), source
        assert mnemonic_count(translation) == mnemonic_count(source), source
        assert re.findall(r"%\d", translation) == re.findall(r"%\d", source), source


def test_confirmations_answer_in_indonesian(indonesian, boxes):
    messages.confirm(None, "Hapus?")
    messages.show_info(None, "Selesai.")
    assert button_texts(boxes[0]) == ["&Tidak", "&Ya"]
    assert button_texts(boxes[1]) == ["OK"]


def test_the_file_dialog_reads_indonesian(qtbot, indonesian):
    dialog = QFileDialog(None, "Simpan")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Qt shows without a portal
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    assert sorted(b.text() for b in buttons) == ["&Simpan", "Batal"]


def test_the_language_setting_switches_qt_texts_too(qtbot, services, admin, settings, indonesian,
                                                    boxes):  # fmt: skip
    window = open_window(qtbot, services, admin, settings)
    window.set_language("en")
    messages.confirm(window, "?")
    assert button_texts(boxes[-1]) == ["&No", "&Yes"]
    window.set_language("id")
    messages.confirm(window, "?")
    assert button_texts(boxes[-1]) == ["&Tidak", "&Ya"]
