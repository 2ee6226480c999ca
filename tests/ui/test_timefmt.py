"""Dates on screen follow the UI language; stored UTC times are shown in local time."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication

from app.ui.common import i18n
from app.ui.common.timefmt import local_date_time, to_local, ui_date


@pytest.fixture
def english(qapp):
    i18n.install_translators(QCoreApplication.instance(), "en")
    yield
    i18n.install_translators(QCoreApplication.instance(), "id")


def test_indonesian_by_default(qapp):
    assert ui_date(date(2025, 7, 15)) == "15 Juli 2025"
    assert ui_date(None) == ""


def test_english_when_the_ui_is_english(english):
    assert ui_date(date(2025, 7, 15)) == "15 July 2025"


def test_stored_utc_times_are_shown_in_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    import time

    time.tzset()
    try:
        assert to_local(datetime(2025, 7, 15, 9, 0)) == datetime(2025, 7, 15, 16, 0)
        assert local_date_time(datetime(2025, 7, 15, 9, 0)) == "15 Juli 2025 16:00"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
