"""The inmates tab's status-bar text (detentions about to expire), also asked for by the main
window right after login, before the tab itself is built (see app.ui.tab_host)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.container import Services


def expiry_counts_text(urgent: int, soon: int) -> str:
    """The two groups of `expiry_counts` as the banner and the status bar both name them:
    ending within 3 days or already past, and ending in 4-10 days (no one is in both)."""
    return QCoreApplication.translate(
        "InmatesTab", "{urgent} sisa ≤3 hari atau lewat, {soon} sisa 4–10 hari"
    ).format(urgent=urgent, soon=soon)


def expiry_status_text(urgent: int, soon: int) -> str:
    """Empty when nothing expires within 10 days. Context "InmatesTab": the tab shows it too."""
    if not urgent + soon:
        return ""
    return QCoreApplication.translate("InmatesTab", "⚠ Penahanan berakhir: {counts}").format(
        counts=expiry_counts_text(urgent, soon)
    )


def expiry_status(services: Services, actor: Actor) -> str:
    return expiry_status_text(*services.inmates.expiry_counts(actor))
