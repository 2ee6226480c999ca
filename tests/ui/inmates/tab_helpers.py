"""The Warga Binaan tab in its tests: shown at a working size, once its first page is loaded."""

from __future__ import annotations

from app.ui.inmates.tab import InmatesTab
from tests.ui.widget_helpers import shown


def make_tab(qtbot, services, actor) -> InmatesTab:
    tab = shown(qtbot, InmatesTab(services, actor, None), 1200, 600)
    qtbot.waitUntil(lambda: tab.ready, timeout=2000)
    return tab
