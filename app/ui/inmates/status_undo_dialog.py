"""Undoing a mistaken release, transfer or death: an administrator, with a written reason; the
record returns to its previous status and the mistaken change stays in the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.actor import Actor
from app.services.container import Services
from app.services.inmates_dto import InmateRecord
from app.services.inmates_status import NOTHING_TO_UNDO, UNDOABLE, can_undo_status
from app.ui.common.dialog_buttons import save_cancel_buttons
from app.ui.common.messages import translate_error
from app.ui.common.service_dialog import ServiceDialog
from app.ui.common.timefmt import ui_date
from app.ui.inmates.model import status_text
from app.ui.inmates.status_dialog import TITLES


def undo_offered(actor: Actor, record: InmateRecord) -> bool:
    """Show the undo action: the actor may undo, and the latest change is one that can be."""
    return can_undo_status(actor) and bool(record.events) and record.events[-1].kind in UNDOABLE


class UndoStatusDialog(ServiceDialog):
    """Undo the record's latest release, transfer or death (an administrator, with a reason)."""

    changed = Signal(str)

    def __init__(self, services: Services, actor: Actor, inmate_id: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.inmate_id = inmate_id
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
        buttons, self.ok_button, _close = save_cancel_buttons(self, self.tr("&Tutup"))
        self.ok_button.setText(self.tr("&Batalkan perubahan"))
        self.ok_button.setEnabled(event is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.watch_edits()  # Tutup after typing a reason asks first

    def save(self) -> None:
        """ServiceDialog.accept: problems next to the reason or in a message box, else closed."""
        self.services.inmates.undo_status_change(
            self.actor, self.inmate_id, self.reason.toPlainText()
        )
        self.changed.emit(self.inmate_id)
