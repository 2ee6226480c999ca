"""A form dialog whose Save calls a service: on a ValidationError the messages show under their
fields (any other field's message, or a general one, in a message box) and the dialog stays open
with what was typed; on success it closes; Esc or Batal after a change asks first (DiscardGuard).
Subclasses build the form (its starting values set before `finish_layout`) and define `save()`.

    class NoteDialog(ServiceDialog):
        def __init__(self, apply, parent=None):
            super().__init__(parent)
            form = QFormLayout()
            self.errors.row(form, self.tr("&Catatan:"), "note", self.note)
            self.finish_layout(form, self.tr("Penjelasan di atas formulir."))
        def save(self):
            self.apply(self.note.text())
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.ui.common.dialog_buttons import save_cancel_buttons
from app.ui.common.discard_guard import DiscardGuard
from app.ui.common.field_errors import FieldErrors
from app.ui.common.messages import show_error


class ServiceDialog(DiscardGuard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()

    def save(self) -> None:
        """Call the service with what the form holds; raise what it raises."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            leftover = self.errors.show(exc.field_errors, params=exc.field_params)
            if leftover or not exc.field_errors:
                rest = ValidationError(leftover, field_params=exc.field_params)
                show_error(self, rest if leftover else exc)
            return
        except Exception as exc:  # e.g. the record changed meanwhile: shown, the dialog stays
            show_error(self, exc)
            return
        super().accept()

    def finish_layout(self, form: QFormLayout, intro: str, save_text: str = "") -> None:
        """The intro text, the form, then the Save / Cancel row (Enter saves, Esc cancels)."""
        label = QLabel(intro)
        label.setWordWrap(True)
        buttons, self.save_button, _cancel = save_cancel_buttons(self)
        if save_text:
            self.save_button.setText(save_text)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(540, self.sizeHint().height())
        self.watch_edits()
