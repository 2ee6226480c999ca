"""The Save / Cancel row every form dialog ends with: Enter saves, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def save_cancel_buttons(
    dialog: QDialog, cancel_text: str | None = None
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """(button box, save button, cancel button), wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox()
    save = buttons.addButton(
        QCoreApplication.translate("DialogButtons", "&Simpan"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    cancel = buttons.addButton(
        cancel_text or QCoreApplication.translate("DialogButtons", "&Batal"),
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    save.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, save, cancel
