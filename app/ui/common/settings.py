"""UI preferences (language, window geometry, last tab, folders, printer offsets) in an INI file.

A typed facade over QSettings in IniFormat at `DataPaths.settings_file`, so portable mode keeps the
preferences on the stick beside the data. Business data never lives here: it is in the database.
(DESIGN.md names this app/settings.py; it lives under app/ui because only the UI imports Qt.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


class AppSettings:
    """Read and write one settings file; every setter writes through at once (sync)."""

    def __init__(self, path: Path | str) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._qs.fileName())

    def _get_str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    # Language -------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self._get_str("ui/language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._set("ui/language", value)

    # Main window ------------------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("main_window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("main_window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value("main_window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("main_window/state", value)

    @property
    def last_tab(self) -> str:
        return self._get_str("main_window/last_tab")

    @last_tab.setter
    def last_tab(self, key: str) -> None:
        self._set("main_window/last_tab", key)

    # Folders ----------------------------------------------------------------------------------
    @property
    def last_backup_folder(self) -> str:
        return self._get_str("folders/last_backup")

    @last_backup_folder.setter
    def last_backup_folder(self, folder: str) -> None:
        self._set("folders/last_backup", str(folder))

    def last_folder(self, purpose: str) -> str:
        """The folder last used for `purpose` (e.g. "import", "export", "certificates")."""
        return self._get_str(f"folders/{purpose}")

    def set_last_folder(self, purpose: str, folder: str) -> None:
        self._set(f"folders/{purpose}", str(folder))

    # Printers ---------------------------------------------------------------------------------
    def printer_offset_mm(self, printer: str) -> tuple[float, float]:
        """How far (x, y in mm) to shift printing on `printer` to fit its pre-printed forms."""
        key = _printer_key(printer)
        return (
            _to_float(self._qs.value(f"printers/{key}/dx_mm", 0.0)),
            _to_float(self._qs.value(f"printers/{key}/dy_mm", 0.0)),
        )

    def set_printer_offset_mm(self, printer: str, dx_mm: float, dy_mm: float) -> None:
        key = _printer_key(printer)
        self._qs.setValue(f"printers/{key}/dx_mm", float(dx_mm))
        self._qs.setValue(f"printers/{key}/dy_mm", float(dy_mm))
        self._qs.sync()


def _printer_key(printer: str) -> str:
    # QSettings treats "/" and "\\" as group separators; printer names may hold them.
    cleaned = "".join(c if c.isalnum() or c in "-_. " else "_" for c in printer.strip())
    return cleaned or "_default"


def _to_float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
