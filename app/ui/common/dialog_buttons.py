"""The Save / Cancel row every form dialog ends with (Enter saves, Esc cancels), and the one
button Enter presses in a dialog with many buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def save_cancel_buttons(
    dialog: QDialog, cancel_text: str | None = None
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """(button box, save button, cancel button), wired to the dialog's accept and reject.

    The box is the dialog's child from the start, so that Save is the default button the dialog
    knows: a button that has the focus (Tab over Batal, a click) is the default only while it has
    it, and Qt gives the role back to the known one. Made without a parent, the last focused
    button kept it, and Enter in a field pressed Batal."""
    buttons = QDialogButtonBox(dialog)
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


def enter_presses(dialog: QDialog, button: QPushButton) -> None:
    """Enter anywhere in `dialog` presses `button`: it becomes the default, and no push button
    inside the form is autoDefault (a focused autoDefault button would take Enter over, e.g.
    "Foto…"). The buttons of the dialog's button row keep it: Enter on a focused "Batal"
    cancels, as on every dialog. Call it once the dialog's buttons are all its children (after
    the layout is built)."""
    for other in dialog.findChildren(QPushButton):
        other.setAutoDefault(other is button or isinstance(other.parent(), QDialogButtonBox))
    button.setDefault(False)  # set again now that the dialog owns it: the dialog remembers it
    button.setDefault(True)
