"""Opening the main window in a test, as the main-window tests share it."""

from __future__ import annotations

from app.ui.main_window import MainWindow


def open_window(qtbot, services, actor, settings) -> MainWindow:
    """The signed-in window, once the home tab has its audit summary."""
    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    home = window.tab("home")
    qtbot.waitUntil(lambda: home.audit_result is not None)
    return window


def visible_menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]
