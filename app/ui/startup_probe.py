"""Start-up probe for the benchmark: print `SHOWN` the moment a window is exposed, then exit.

Enabled only by the SIBINA_STARTUP_PROBE environment variable, so benchmarks/startup.py can time
the built program from process start to a window on screen:
- SIBINA_STARTUP_PROBE=first: the real GUI start (`run_gui`); the first window shown (the login
  dialog, before the database is opened) is timed, then cancelled, and the program ends. After
  `SHOWN` it prints `WINDOW <class>` and `HEAVY <modules>`: which of HEAVY_MODULES were already
  imported when the window showed, and `PySide6.QtCore.Qt` if the Qt namespace (~20 ms to build
  on first use) was touched: `-` for none, else the start-up is slower than it should be.
- SIBINA_STARTUP_PROBE=<user name>: the password from SIBINA_PASSWORD, as for the CLI; the same
  steps as run_gui (QApplication, settings, translators, open_services with migrations, login,
  MainWindow) minus the dialogs a person would answer; the main window is timed.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.paths import DataPaths

PROBE_ENV = "SIBINA_STARTUP_PROBE"
FIRST_WINDOW = "first"
HEAVY_MODULES = ("sqlalchemy", "alembic", "reportlab", "app.db", "app.services.container")


class _ExposeWatcher(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and watched.isExposed() and not self._done:
            self._done = True
            print("SHOWN", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


class _FirstWindowWatcher(QObject):
    """Application-wide: the first exposed window is the one the user sees first."""

    def __init__(self) -> None:
        super().__init__()
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and not self._done:
            is_exposed = getattr(watched, "isExposed", None)
            if is_exposed is not None and is_exposed():
                self._done = True
                print("SHOWN", flush=True)
                window = QApplication.activeModalWidget()
                heavy = [name for name in HEAVY_MODULES if name in sys.modules]
                if "Qt" in vars(sys.modules["PySide6.QtCore"]):  # PySide builds it on first use
                    heavy.append("PySide6.QtCore.Qt")
                print(f"WINDOW {type(window).__name__}", flush=True)
                print(f"HEAVY {' '.join(heavy) or '-'}", flush=True)
                QTimer.singleShot(0, _cancel_dialog)
        return False


def _cancel_dialog() -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        dialog.reject()  # the login or setup is cancelled: run_gui ends as for a person


def run_probe(db_url: str, paths: DataPaths) -> int:
    if os.environ[PROBE_ENV] == FIRST_WINDOW:
        return _first_window(db_url, paths)
    return _main_window(db_url, paths)


def _first_window(db_url: str, paths: DataPaths) -> int:
    from app.ui.application import make_application, run_gui

    app = make_application()
    watcher = _FirstWindowWatcher()
    app.installEventFilter(watcher)
    QTimer.singleShot(30_000, _cancel_dialog)  # never hang a benchmark
    return run_gui(db_url, paths)


def _main_window(db_url: str, paths: DataPaths) -> int:
    from app.services.container import open_services
    from app.ui.application import make_application
    from app.ui.common.i18n import install_translators
    from app.ui.common.settings import AppSettings
    from app.ui.main_window import MainWindow

    app = make_application()
    paths.ensure()
    settings = AppSettings(paths.settings_file)
    install_translators(app, settings.language)
    services = open_services(db_url, paths)
    try:
        actor = services.auth.login(os.environ[PROBE_ENV], os.environ.get("SIBINA_PASSWORD", ""))
        window = MainWindow(services, actor, settings)
        watcher = _ExposeWatcher(app)
        window.winId()  # create the native window so its handle exists before show()
        window.windowHandle().installEventFilter(watcher)
        window.show()
        QTimer.singleShot(30_000, lambda: app.exit(3))  # never hang a benchmark
        code = app.exec()
        window.close()
        return code
    except Exception as exc:  # reported to the benchmark, which shows stderr
        print(f"probe failed: {exc}", file=sys.stderr)
        return 2
    finally:
        services.dispose()
