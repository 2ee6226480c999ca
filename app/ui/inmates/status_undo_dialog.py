"""Undoing a mistaken release, transfer or death: an administrator, with a written reason; the
record returns to its previous status and the mistaken change stays in the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import SibinaError, ValidationError
from app.services.actor import Actor
from app.services.container import Services
from app.services.inmates_dto import InmateRecord
from app.services.inmates_status import NOTHING_TO_UNDO, UNDOABLE, can_undo_status
from app.ui.common.dialog_buttons import focus_first_field_on_show
from app.ui.common.field_errors import FieldErrors
from app.ui.common.messages import show_error, translate_error
from app.ui.common.timefmt import ui_date
from app.ui.inmates.model import status_text
from app.ui.inmates.status_dialog import TITLES


def undo_offered(actor: Actor, record: InmateRecord) -> bool:
    """Show the undo action: the actor may undo, and the latest change is one that can be."""
    return can_undo_status(actor) and bool(record.events) and record.events[-1].kind in UNDOABLE


class UndoStatusDialog(QDialog):
    """Undo the record's latest release, transfer or death (an administrator, with a reason)."""

    changed = Signal(str)

    def __init__(self, services: Services, actor: Actor, inmate_id: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.inmate_id = inmate_id
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Batalkan perubahan status"))
        self.setMinimumWidth(480)
        event = services.inmates.undoable_status_change(actor, inmate_id)
        self.summary = QLabel()
        self.summary.setObjectName("undo_summary")
        self.summary.setWordWrap(True)
        if event is None:
            self.summary.setText(translate_error(NOTHING_TO_UNDO))
        else:
            data = services.inmates.get(actor, inmate_id).data
            self.summary.setText(self.tr(
                "Yang dibatalkan: {change} pada {date}, dicatat oleh {user}.\n"
                "{name} ({number}) kembali berstatus {status}."
            ).format(change=QCoreApplication.translate("inmates", TITLES[event.kind]), date=ui_date(event.date), user=event.username,
                     name=data.full_name, number=data.reg_number,
                     status=status_text(event.from_status)))  # fmt: skip
        # several lines: Enter starts a new line and never undoes by accident
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("undo_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Mengapa perubahan itu keliru"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        self.errors.row(form, self.tr("&Alasan pembatalan*"), "reason", self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)  # fmt: skip
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Batalkan perubahan"))
        self.ok_button.setAutoDefault(False)
        self.ok_button.setEnabled(event is not None)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Tutup"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        focus_first_field_on_show(self)

    def submit(self) -> None:
        try:
            self.services.inmates.undo_status_change(
                self.actor, self.inmate_id, self.reason.toPlainText()
            )
        except ValidationError as exc:
            leftover = self.errors.show(exc.field_errors)
            if leftover:  # the record as it would be again breaks a rule (e.g. its number)
                show_error(self, ValidationError(leftover, field_params=exc.field_params))
            return
        except SibinaError as exc:
            show_error(self, exc)
            return
        self.changed.emit(self.inmate_id)
        self.accept()
