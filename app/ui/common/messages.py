"""Message boxes every screen shares: errors (translated SibinaError), information, questions.

Services raise SibinaError whose `template` is an Indonesian text marked with QT_TRANSLATE_NOOP
("errors", ...); here it is translated and filled with `params`. Every box runs through `_run`, so
tests can replace that one function instead of clicking a modal box.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import SibinaError, ValidationError


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def translate_error(template: str, params: Mapping[str, Any] | None = None) -> str:
    """The translated, filled-in text of a service message template."""
    text = QCoreApplication.translate("errors", template)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return template.format(**params)


def error_text(exc: SibinaError) -> str:
    """The whole message of `exc`, including the field problems of a ValidationError."""
    text = translate_error(exc.template, exc.params)
    if isinstance(exc, ValidationError) and exc.field_errors:
        lines = [f"• {translate_error(t, exc.field_params.get(field))}"
                 for field, t in exc.field_errors.items()]  # fmt: skip
        text = "\n".join([text, *lines])
    return text


def _run(box: QMessageBox) -> int:
    return box.exec()


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(
        icon, title or _tr("Sibina"), text, QMessageBox.StandardButton.NoButton, parent
    )
    from PySide6.QtCore import Qt  # not at import: its first use costs ~20 ms at start-up

    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A SibinaError as a warning box; anything else goes to the unexpected-error dialog."""
    if not isinstance(exc, SibinaError):
        from app.ui.common.error_dialog import report_exception

        report_exception(exc, parent)
        return
    box = _box(parent, QMessageBox.Icon.Warning, title or QCoreApplication.translate("messages", "Tidak dapat dilanjutkan"),
               error_text(exc))  # fmt: skip
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _run(box)


def show_info(parent: QWidget | None, text: str, title: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _run(box)


def show_warning(parent: QWidget | None, text: str, title: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _run(box)


def confirm(parent: QWidget | None, text: str, title: str = "", default_yes: bool = False) -> bool:
    """Ask a yes/no question; the safe answer (No) is the default unless `default_yes`."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box.setStandardButtons(yes | no)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    return _run(box) == yes


def confirm_discard(parent: QWidget | None, text: str = "", title: str = "") -> bool:
    """Ask before unsaved edits are lost: True = discard them, False = keep editing (the default,
    also for Esc)."""
    box = _box(parent, QMessageBox.Icon.Question, title,
               text or QCoreApplication.translate("messages", "Perubahan belum disimpan. Buang perubahan?"))  # fmt: skip
    discard, keep = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
    box.setStandardButtons(discard | keep)
    box.button(discard).setText(QCoreApplication.translate("messages", "&Buang perubahan"))
    box.button(keep).setText(QCoreApplication.translate("messages", "&Lanjutkan mengedit"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return _run(box) == discard


def ask_save(parent: QWidget | None, text: str, title: str = "") -> str:
    """Unsaved work before leaving: "save", "discard" or "cancel" (stay; also Esc). Save is the
    default (Enter)."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    save, discard = QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard
    cancel = QMessageBox.StandardButton.Cancel
    box.setStandardButtons(save | discard | cancel)
    box.button(save).setText(QCoreApplication.translate("messages", "&Simpan"))
    box.button(discard).setText(QCoreApplication.translate("messages", "&Buang perubahan"))
    box.button(cancel).setText(QCoreApplication.translate("messages", "Ba&tal"))
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    answer = _run(box)
    return "save" if answer == save else "discard" if answer == discard else "cancel"
