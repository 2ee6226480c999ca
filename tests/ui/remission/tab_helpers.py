"""Driving the Remisi tab in its tests: the tab shown at a working size, waiting for its
background job, finding and selecting a line by name, typing into a field."""

from __future__ import annotations

from app.ui.remission.tab import RemissionTab
from tests.ui.widget_helpers import shown


def make_tab(qtbot, services, actor) -> RemissionTab:
    return shown(qtbot, RemissionTab(services, actor, None), 1280, 760)


def wait_job(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.job is not None and tab.job.is_finished, timeout=15_000)


def line_named(tab, name: str):
    return next(line for line in tab.model.lines() if line.full_name == name)


def select_named(tab, name: str) -> None:
    tab.select_line(line_named(tab, name).line_id)
    assert tab.selected_line().full_name == name


def shown_names(tab) -> list[str]:
    return [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())]


def type_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)
