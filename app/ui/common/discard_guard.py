"""A form dialog that asks before Esc, Batal or the window's close button throws away what was
typed ("Perubahan belum disimpan. Buang perubahan?"; Lanjutkan mengedit is the default). A
dialog that was not changed closes without a question, and a successful save closes it as
before."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.ui.common.field_errors import change_signals
from app.ui.common.messages import confirm_discard


class DiscardGuard(QDialog):
    """Mixed into a QDialog: call `watch_edits()` once the form holds its starting values."""

    edited = False

    def watch_edits(self) -> None:
        """From now on, any change to an input of the dialog counts as an edit."""
        self.edited = False
        for signal in change_signals(self):
            signal.connect(self._mark_edited)

    def _mark_edited(self, *_args: object) -> None:
        self.edited = True

    def reject(self) -> None:
        if self.edited and self.isVisible() and not confirm_discard(self):
            return  # keep editing
        super().reject()
