"""Background jobs: run long work off the UI thread with a progress dialog and a Cancel button.

A job is a plain function `job(progress) -> result` that knows nothing of Qt. It calls
`progress.update(done, total, message)` now and then; once the user presses Cancel, the next
`update` raises Cancelled, the job unwinds (its unit of work rolls back) and `on_cancelled` runs.
A job that touches the database opens its own unit of work (its own session) in that thread.

    run_job(parent, self.tr("Membuat cadangan"), lambda p: services.backup.create(actor, d, p),
            on_success=lambda path: ..., on_error=show_error)
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import Cancelled
from app.services.progress import CancelToken

log = logging.getLogger(__name__)

# Jobs still running, so neither the thread nor its Python wrapper is collected while it runs.
_running: set[JobHandle] = set()
# Python's cyclic garbage collector runs in whichever thread happens to allocate; in a job's
# thread it could destroy Qt objects that belong to the UI thread (a crash seen in tests).
# While any job runs, automatic collection is paused; the UI thread collects when the last ends.
_gc_pauses = 0


def _pause_gc() -> None:
    global _gc_pauses
    if _gc_pauses == 0 and gc.isenabled():
        gc.disable()
        _gc_pauses = 1
    elif _gc_pauses:
        _gc_pauses += 1


def _resume_gc() -> None:
    global _gc_pauses
    if _gc_pauses == 0:
        return
    _gc_pauses -= 1
    if _gc_pauses == 0:
        gc.enable()
        gc.collect()


class _ThreadProgress:
    """The Progress handed to the job: forwards to the UI thread through a queued signal."""

    def __init__(self, emitter: _Emitter, token: CancelToken) -> None:
        self._emitter = emitter
        self._token = token

    def update(self, done: int, total: int, message: str = "") -> None:
        self._token.check()
        self._emitter.progressed.emit(int(done), int(total), str(message))


class _Emitter(QObject):
    progressed = Signal(int, int, str)


class _Runner(QThread):
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()

    def __init__(self, job: Callable[[Any], Any], progress: _ThreadProgress) -> None:
        super().__init__()
        self._job = job
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled:
            self.was_cancelled.emit()
        except Exception as exc:  # reported to the UI thread, which shows it
            log.exception("background job failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class JobHandle(QObject):
    """A running job. `cancel()` asks it to stop; `finished` fires once, whatever the outcome."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        job: Callable[[Any], Any],
        on_success: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
        on_cancelled: Callable[[], None] | None,
        show_dialog: bool,
    ) -> None:
        super().__init__()
        self._token = CancelToken()
        self._emitter = _Emitter()
        self._on_success = on_success
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Batal"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self._emitter.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._thread = _Runner(job, _ThreadProgress(self._emitter, self._token))
        self._thread.succeeded.connect(self._done_ok, Qt.ConnectionType.QueuedConnection)
        self._thread.failed.connect(self._done_error, Qt.ConnectionType.QueuedConnection)
        self._thread.was_cancelled.connect(self._done_cancelled, Qt.ConnectionType.QueuedConnection)
        self.result: Any = None
        self.error: Exception | None = None
        self.cancelled = False
        self._finished = threading.Event()

    def start(self) -> JobHandle:
        _running.add(self)
        _pause_gc()
        self._thread.start()
        return self

    @Slot()
    def cancel(self) -> None:
        self._token.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Membatalkan…"))

    @property
    def is_finished(self) -> bool:
        return self._finished.is_set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def _finish(self) -> None:
        self._thread.wait()
        _resume_gc()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self._finished.set()
        # Drop the reference after the slots that called us have returned.
        QTimer.singleShot(0, lambda: _running.discard(self))
        self.finished.emit()

    @Slot(object)
    def _done_ok(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _done_error(self, error: Exception) -> None:
        self.error = error
        self._finish()
        if self._on_error is not None:
            self._on_error(error)

    @Slot()
    def _done_cancelled(self) -> None:
        self.cancelled = True
        self._finish()
        if self._on_cancelled is not None:
            self._on_cancelled()


def run_job(
    parent: QWidget | None,
    title: str,
    job: Callable[[Any], Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    show_dialog: bool = True,
) -> JobHandle:
    """Start `job(progress)` in a background thread; callbacks run on the UI thread."""
    return JobHandle(parent, title, job, on_success, on_error, on_cancelled, show_dialog).start()
