"""Uncaught exceptions: logged, shown with "Salin detail", and the application keeps running."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.errors import PermissionDenied
from app.ui.common import error_dialog, messages
from app.ui.common.error_dialog import ErrorDialog, install_excepthook


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch, qapp, qtbot):
    """Install Sibina's hooks for one test; monkeypatch puts the previous ones back."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    leftover = error_dialog.reporter().dialog
    if leftover is not None:  # from an earlier test: start with no dialog open
        leftover.close()
        qtbot.waitUntil(lambda: error_dialog.reporter().dialog is None)
    install_excepthook("/data/logs/sibina.log")
    yield error_dialog.reporter()
    dialog = error_dialog.reporter().dialog
    if dialog is not None:
        dialog.close()


def _raise(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_excepthook_shows_dialog_logs_and_copies_details(qtbot, hooks, caplog) -> None:
    caplog.set_level(logging.ERROR, logger="sibina.errors")
    sys.excepthook(*_raise(ZeroDivisionError("division by zero in laporan")))

    dialog = hooks.dialog
    assert isinstance(dialog, ErrorDialog)
    assert dialog.isVisible()
    assert "ZeroDivisionError" in dialog.summary.text()
    assert "Sibina tetap berjalan" in dialog.message.text()
    assert "Traceback" in dialog.details.toPlainText()
    assert dialog.log_label.text().endswith("/data/logs/sibina.log")
    assert "division by zero in laporan" in caplog.text  # written to the log
    dialog.grab().save("/tmp/shots/error_dialog.png")

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError: division by zero in laporan" in copied
    assert "Traceback (most recent call last)" in copied

    # A second error while the dialog is open joins it instead of opening another window.
    sys.excepthook(*_raise(KeyError("kedua")))
    assert hooks.dialog is dialog
    assert "KeyError" in dialog.details.toPlainText()
    assert dialog.summary.text().startswith("2 kesalahan")

    dialog.close()
    qtbot.waitUntil(lambda: hooks.dialog is None)


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_dialog_and_the_app_keeps_running(qtbot, hooks) -> None:
    def broken_slot() -> None:
        raise RuntimeError("slot rusak")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: hooks.dialog is not None)
    assert "slot rusak" in hooks.dialog.details.toPlainText()
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))  # the event loop still runs
    qtbot.waitUntil(lambda: ticks == [1])
    hooks.dialog.close()


def test_exception_in_another_thread_is_shown_in_the_ui_thread(qtbot, hooks) -> None:
    def work() -> None:
        raise ValueError("dari thread lain")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hooks.dialog is not None)
    assert hooks.dialog.thread() is QApplication.instance().thread()
    assert "dari thread lain" in hooks.dialog.details.toPlainText()
    hooks.dialog.close()


def test_uncaught_sibina_error_is_shown_as_its_message(qtbot, hooks, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "_run", lambda box: shown.append(box.text()) or 0)
    sys.excepthook(*_raise(PermissionDenied()))
    assert shown == ["Anda tidak berwenang melakukan tindakan ini."]
    assert hooks.dialog is None
