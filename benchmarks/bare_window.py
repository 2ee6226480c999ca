"""The baseline for benchmarks/startup.py: a bare PySide6 QMainWindow, frozen like Sibina.

Prints `SHOWN` the moment the window is exposed, then exits: the same end point as Sibina's
start-up probe (app/ui/startup_probe.py).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class ExposeWatcher(QObject):
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


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.setCentralWidget(QLabel("bare PySide6 window"))
    window.resize(1280, 800)
    watcher = ExposeWatcher(app)
    window.winId()
    window.windowHandle().installEventFilter(watcher)
    window.show()
    QTimer.singleShot(30_000, lambda: app.exit(3))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
