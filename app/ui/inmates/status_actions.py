"""The row of status actions under the record's status section: verdict, release, transfer,
death, and for an administrator the undo of a mistaken release, transfer or death. The record
dialog opens the dialogs; this row only offers what the person's status allows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.domain.inmates.codes import ACTIVE_STATUSES, Status
from app.services.inmates_dto import StatusAction


class StatusActions(QWidget):
    chosen = Signal(str)  # a StatusAction
    undo_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for action, text in ((StatusAction.VERDICT, self.tr("Putusan &inkracht…")),
                             (StatusAction.RELEASE, self.tr("&Bebaskan…")),
                             (StatusAction.TRANSFER, self.tr("&Pindahkan…")),
                             (StatusAction.DEATH, self.tr("&Meninggal…"))):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _=False, a=action: self.chosen.emit(a))
            self.buttons[action] = button
            row.addWidget(button)
        self.undo_button = QPushButton(self.tr("Batalkan perubahan s&tatus…"))
        self.undo_button.setObjectName("action_undo")
        self.undo_button.clicked.connect(self.undo_chosen)
        self.undo_button.setVisible(False)
        row.addWidget(self.undo_button)
        row.addStretch(1)

    def offer(self, status: str | None, editable: bool, undo: bool) -> None:
        """Enable what `status` allows (a verdict only for a detainee; nothing for someone no
        longer held here, or a new record) and show the undo when it is offered."""
        active = editable and status in ACTIVE_STATUSES
        for action, button in self.buttons.items():
            allowed = active and (action != StatusAction.VERDICT or status == Status.TAHANAN)
            button.setEnabled(allowed)
        self.undo_button.setVisible(undo)
