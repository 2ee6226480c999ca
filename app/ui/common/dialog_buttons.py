"""The Save / Cancel row every form dialog ends with (Enter saves, Esc cancels), the one button
Enter presses in a dialog with many buttons, and the cursor in the first field when a form
dialog opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget


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
    focus_first_field_on_show(dialog)
    return buttons, save, cancel


def focus_first_field_on_show(dialog: QDialog, within: QWidget | None = None) -> None:
    """When `dialog` is first shown, the cursor goes to its first field (of `within`, e.g. the
    first page of a dialog whose tab bar comes first). The button row is the dialog's child from
    the start (see above), so its buttons come first in the focus chain, and QDialog then gives
    the focus to Save: staff would start typing into nothing."""
    dialog.installEventFilter(_FirstFieldOnShow(dialog, within))


class _FirstFieldOnShow(QObject):
    def __init__(self, dialog: QDialog, within: QWidget | None) -> None:
        super().__init__(dialog)
        self._within = within

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            # before QDialog's own choice, which then keeps it
            field = focus_first_field(self._within or watched)
            if isinstance(field, QLineEdit):
                # QDialog then hands the field its focus as a Tab would, which selects a filled
                # field's text: a stray key replaced, say, a registration number. The cursor
                # stays at the end instead.
                QTimer.singleShot(0, field, field.deselect)
        return False


def focus_first_field(dialog: QWidget) -> QWidget | None:
    """Put the focus on the first input of the focus chain (not a push button), unless the
    dialog already gave it to a field; returns the field that has it."""
    current = dialog.focusWidget()
    if current is not None and current is not dialog and not isinstance(current, QPushButton):
        return current
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog:
        if (widget.isVisibleTo(dialog) and widget.isEnabled() and not isinstance(widget, QPushButton)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):  # fmt: skip
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None


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
