"""The inmates tab's status-bar text (detentions about to expire), also asked for by the main
window right after login, before the tab itself is built (see app.ui.tab_host)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.container import Services


def expiry_status_text(urgent: int, soon: int) -> str:
    """Empty when nothing expires within 10 days. Context "InmatesTab": the tab shows it too."""
    if not urgent + soon:
        return ""
    return QCoreApplication.translate(
        "InmatesTab", "⚠ Penahanan berakhir: {urgent} ≤3 hari, {total} ≤10 hari"
    ).format(urgent=urgent, total=urgent + soon)


def expiry_status(services: Services, actor: Actor) -> str:
    return expiry_status_text(*services.inmates.expiry_counts(actor))
