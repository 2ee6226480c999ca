"""The background-job helper: results, errors and cancel reach the UI thread; progress shows."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import Cancelled
from app.ui.common.worker import run_job


def test_result_arrives_on_the_ui_thread(qtbot):
    seen = {}

    def job(progress):
        seen["job_thread"] = threading.current_thread()
        progress.update(1, 2, "separuh")
        return 42

    def done(value):
        seen["value"] = value
        seen["callback_thread"] = threading.current_thread()

    handle = run_job(None, "Uji", job, on_success=done, show_dialog=False)
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)
    assert seen["value"] == 42
    assert seen["job_thread"] is not threading.main_thread()
    assert seen["callback_thread"] is threading.main_thread()


def test_errors_are_reported_not_raised(qtbot):
    errors = []
    handle = run_job(None, "Uji", lambda p: 1 / 0, on_error=errors.append, show_dialog=False)
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    assert handle.error is errors[0]


def test_cancel_stops_the_job_at_its_next_progress_report(qtbot):
    started = threading.Event()
    release = threading.Event()
    steps = []

    def job(progress):
        started.set()
        release.wait(5)
        for i in range(100):
            progress.update(i, 100)
            steps.append(i)
        return "selesai"

    cancelled, succeeded = [], []
    parent = QWidget()
    qtbot.addWidget(parent)
    handle = run_job(parent, "Panjang", job, on_success=succeeded.append,
                     on_cancelled=lambda: cancelled.append(True))  # fmt: skip
    assert started.wait(5)
    assert handle.dialog is not None and handle.dialog.labelText() == "Panjang"
    handle.dialog.findChild(QPushButton).click()  # the Cancel button
    release.set()
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)
    assert cancelled == [True]
    assert succeeded == []
    assert steps == []  # the first update raised Cancelled
    assert handle.cancelled and handle.dialog is None


def test_progress_updates_the_dialog(qtbot):
    gate = threading.Event()
    seen = threading.Event()

    def job(progress):
        progress.update(3, 10, "Langkah tiga")
        seen.set()
        gate.wait(5)
        return None

    parent = QWidget()
    qtbot.addWidget(parent)
    handle = run_job(parent, "Kerja", job)
    assert seen.wait(5)
    qtbot.waitUntil(lambda: handle.dialog.value() == 3, timeout=5000)
    assert handle.dialog.maximum() == 10
    assert handle.dialog.labelText() == "Langkah tiga"
    gate.set()
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)


def test_garbage_collection_pauses_while_a_job_runs(qtbot):
    gate = threading.Event()
    assert gc.isenabled()
    handle = run_job(None, "Uji", lambda p: gate.wait(5), show_dialog=False)
    assert not gc.isenabled()
    gate.set()
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)
    assert gc.isenabled()


def test_a_job_raising_cancelled_itself_counts_as_cancelled(qtbot):
    def job(progress):
        raise Cancelled()

    cancelled = []
    handle = run_job(None, "Uji", job, on_cancelled=lambda: cancelled.append(1), show_dialog=False)
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)
    assert cancelled == [1]
