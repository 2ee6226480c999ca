"""The settings facade: values survive a new instance on the same INI file; bad values fall back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from app.ui.common.settings import AppSettings


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "conf" / "sibina.ini"


def test_defaults(qapp, ini: Path) -> None:
    settings = AppSettings(ini)
    assert settings.language == "id"
    assert settings.window_geometry is None
    assert settings.last_tab == ""
    assert settings.last_backup_folder == ""
    assert settings.printer_offset_mm("HP LaserJet") == (0.0, 0.0)


def test_values_are_written_to_the_ini_file_and_read_back(qapp, ini: Path) -> None:
    settings = AppSettings(ini)
    settings.language = "en"
    settings.last_tab = "home"
    settings.last_backup_folder = "/media/usb"
    settings.set_last_folder("export", "/tmp/out")
    settings.window_geometry = QByteArray(b"\x01\x02geometry")
    settings.set_printer_offset_mm("Epson L3110 / lantai 2", 1.5, -2.0)

    assert ini.exists()
    assert "language=en" in ini.read_text()
    again = AppSettings(ini)
    assert again.language == "en"
    assert again.last_tab == "home"
    assert again.last_backup_folder == "/media/usb"
    assert again.last_folder("export") == "/tmp/out"
    assert again.window_geometry == QByteArray(b"\x01\x02geometry")
    assert again.printer_offset_mm("Epson L3110 / lantai 2") == (1.5, -2.0)
    assert again.printer_offset_mm("another printer") == (0.0, 0.0)


def test_unknown_language_is_refused_and_a_bad_file_value_falls_back(qapp, ini: Path) -> None:
    settings = AppSettings(ini)
    with pytest.raises(ValueError):
        settings.language = "fr"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[ui]\nlanguage=klingon\n")
    assert AppSettings(ini).language == "id"
