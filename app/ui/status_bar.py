"""The signed-in main window's status bar: tab warnings, database, DEMO, user and role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from app.domain.roles import ROLE_LABELS
from app.ui.about_dialog import database_display

if TYPE_CHECKING:
    from app.services.actor import Actor

DEMO_STYLE = "background: #c62828; color: white; font-weight: bold;"
WARNING_STYLE = "color: #b45309; font-weight: bold;"


class SessionStatusBar(QStatusBar):
    def __init__(
        self, actor: Actor, db_url: str, is_demo: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        role = QCoreApplication.translate("roles", ROLE_LABELS[actor.role])
        self.user_label = QLabel(actor.full_name)
        self.user_label.setToolTip(self.tr("Pengguna: {name}").format(name=actor.username))
        self.role_label = QLabel(role)
        self.role_label.setToolTip(self.tr("Peran"))
        self.db_label = QLabel(database_display(db_url))
        self.db_label.setToolTip(database_display(db_url))  # whole, when the label is cut
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long path is cut at the window's edge instead of widening the window (About has it).
        self.db_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.demo_label = QLabel(" DEMO ")
        self.demo_label.setStyleSheet(DEMO_STYLE)
        self.demo_label.setToolTip(self.tr("Basis data demo: data fiktif untuk latihan"))
        self.demo_label.setVisible(is_demo)
        self.addWidget(QLabel(self.tr("Basis data:")))
        self.addWidget(self.db_label, 1)
        self.addPermanentWidget(self.demo_label)
        self.addPermanentWidget(QLabel(self.tr("Pengguna:")))
        self.addPermanentWidget(self.user_label)
        self.addPermanentWidget(QLabel(self.tr("Peran:")))
        self.addPermanentWidget(self.role_label)
        for label in (self.user_label, self.role_label):
            label.setStyleSheet("font-weight: bold; padding-right: 8px;")
        # Tabs report warnings (e.g. detentions about to expire) through the tab host; the newest
        # text is shown, an empty one hides the label.
        self.warning_label = QLabel()
        self.warning_label.setObjectName("status_warnings")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setVisible(False)
        self.insertWidget(0, self.warning_label)

    @Slot(str)
    def show_warning(self, text: str) -> None:
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))
