"""The Warga Binaan tab and the record dialog in their tests: shown at a working size, the tab
once its first page is loaded, the dialog active."""

from __future__ import annotations

from app.ui.inmates.record_dialog import InmateDialog
from app.ui.inmates.tab import InmatesTab
from tests.ui.widget_helpers import shown


def make_tab(qtbot, services, actor) -> InmatesTab:
    tab = shown(qtbot, InmatesTab(services, actor, None), 1200, 600)
    qtbot.waitUntil(lambda: tab.ready, timeout=2000)
    return tab


def open_dialog(qtbot, services, actor, inmate_id: str | None) -> InmateDialog:
    """The record dialog shown at its own size and active (keys go to it)."""
    dialog = shown(qtbot, InmateDialog(services, actor, inmate_id), 980, 640)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def open_from_tab(qtbot, services, actor, inmate_id: str | None) -> InmateDialog:
    """The record dialog as the tab opens it (double click, Enter), active."""
    tab = make_tab(qtbot, services, actor)
    tab.open_inmate(inmate_id)
    dialog = tab.dialog
    # qtbot holds its widgets weakly: without this the tab (the dialog's parent) was deleted
    # whenever the collector came by, the dialog and its status dialog with it (a flaky
    # "Signal source has been deleted")
    dialog.opened_from = tab
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog
