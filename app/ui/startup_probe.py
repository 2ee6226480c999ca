"""Start-up probe for the benchmark: the real GUI start (`run_gui`), timed from outside by the
line `SHOWN` the probe prints, then the window is closed and the program ends as for a person.

Enabled only by the SIBINA_STARTUP_PROBE environment variable (benchmarks/startup.py):
- SIBINA_STARTUP_PROBE=first: `SHOWN` the moment the first window is exposed (the main window,
  signed out, its login page in the "Membuka basis data…" state). Then `WINDOW <class>`,
  `PAGE <object name of its central page>` and `HEAVY <modules>`: which of HEAVY_MODULES were
  already imported when the window showed, and `PySide6.QtCore.Qt` if the Qt namespace (~20 ms
  to build on first use) was touched: `-` for none, else the start-up is slower than it should be.
  The window is closed at once, before the database is opened.
- SIBINA_STARTUP_PROBE=<user name>: an automatic login with the password from SIBINA_PASSWORD.
  Once the login page is ready (the database open), the probe types both and presses Enter, like
  a person; `SHOWN` when the signed-in window's tab has been painted. Then `LOGIN_MS` (Enter to
  the tab painted) and `VERIFY_MS` (the service's login call: Argon2 check, lock-out bookkeeping
  and audit), both measured in the process with `time.perf_counter()`.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import DataPaths

PROBE_ENV = "SIBINA_STARTUP_PROBE"
FIRST_WINDOW = "first"
HEAVY_MODULES = ("sqlalchemy", "alembic", "reportlab", "app.db", "app.services.container")
TIMEOUT_MS = 30_000  # never hang a benchmark


def _main_window() -> QWidget | None:
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return next((w for w in shown if type(w).__name__ == "MainWindow"), shown[0] if shown else None)


def _say(*lines: str) -> None:
    for line in lines:
        print(line, flush=True)


class _FirstWindowWatcher(QObject):
    """Watches the first window the GUI shows (see `_watch_first_window`)."""

    def __init__(self) -> None:
        super().__init__()
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and not self._done:
            is_exposed = getattr(watched, "isExposed", None)
            if is_exposed is not None and is_exposed():
                self._done = True
                _say("SHOWN")
                heavy = [name for name in HEAVY_MODULES if name in sys.modules]
                if "Qt" in vars(sys.modules["PySide6.QtCore"]):  # PySide builds it on first use
                    heavy.append("PySide6.QtCore.Qt")
                window = _main_window()
                page = getattr(window, "centralWidget", lambda: None)()
                _say(
                    f"WINDOW {type(window).__name__}",
                    f"PAGE {page.objectName() if page is not None else '-'}",
                    f"HEAVY {' '.join(heavy) or '-'}",
                )
                QTimer.singleShot(0, _close_window)
        return False


class _AutoLogin(QObject):
    """Waits for the login page to be ready, logs in by keyboard, waits for the tab's paint."""

    def __init__(self, username: str, password: str) -> None:
        super().__init__()
        self.username, self.password = username, password
        self.started = self.verify_seconds = 0.0
        self.painted = False
        self.window = None
        self._poll = QTimer(self)
        self._poll.setInterval(1)
        self._poll.timeout.connect(self._try_login)
        self._poll.start()

    def _try_login(self) -> None:
        window = _main_window()
        page = getattr(window, "login_page", None)
        if page is None or not page.is_ready:
            return
        self._poll.stop()
        self.window = window
        self._time_verification(window.services.auth)
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        page.username_edit.setText(self.username)
        page.password_edit.setText(self.password)
        enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        self.started = time.perf_counter()
        QApplication.sendEvent(page.password_edit, enter)  # logs in and builds the tab, here
        if window.tabs is None:
            print(f"probe failed: not signed in: {page.message.text()}", file=sys.stderr)
            QApplication.exit(2)
            return
        tab = window.tabs.currentWidget()
        (getattr(tab, "widget", None) or tab).installEventFilter(self)

    def _time_verification(self, auth) -> None:
        login = auth.login

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return login(*args, **kwargs)
            finally:
                self.verify_seconds = time.perf_counter() - started

        auth.login = timed  # this instance only, for this run

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._report)  # after the paint has been flushed
        return False

    def _report(self) -> None:
        elapsed = time.perf_counter() - self.started
        _say(
            "SHOWN", f"LOGIN_MS {elapsed * 1000:.1f}", f"VERIFY_MS {self.verify_seconds * 1000:.1f}"
        )
        self.window.close()


def _close_window() -> None:
    window = _main_window()
    if window is not None:
        window.close()  # run_gui ends as when a person closes the window


def _watch_first_window(watcher: QObject) -> None:
    """Filter the events of the first shown window only, installed as run_gui enters its event
    loop (the window is shown then; its expose event comes from the loop). Not an
    application-wide filter: a Python filter on every event of every object slows the start it
    measures by tens of milliseconds. The bare benchmark window is watched the same way."""
    from app.ui import application

    event_loop = application.event_loop

    def watched(app: QApplication) -> int:
        window = _main_window()
        handle = window.windowHandle() if window is not None else None
        if handle is None:
            print("probe failed: no window shown before the event loop", file=sys.stderr)
            return 2
        handle.installEventFilter(watcher)
        return event_loop(app)

    application.event_loop = watched


def run_probe(db_url: str, paths: DataPaths) -> int:
    from app.ui.application import make_application, run_gui

    app = make_application()
    who = os.environ[PROBE_ENV]
    if who == FIRST_WINDOW:
        watcher: QObject = _FirstWindowWatcher()
        _watch_first_window(watcher)
    else:
        watcher = _AutoLogin(who, os.environ.get("SIBINA_PASSWORD", ""))
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(3))
    return run_gui(db_url, paths)
