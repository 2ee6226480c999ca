"""Fixtures of the UI tests.

`settings`: the window's settings in a file of its own, the Indonesian translators back after
the test (a language switch installs English process-wide). `english`: the English UI, installed
through the app's own mechanism (the .qm compiled when missing or stale), Indonesian afterwards.

Collect the tabs' Qt wrappers on the GUI thread after each UI test: a garbage-collection pass
that happens to run later in another test's worker thread would otherwise finalise them there
(seen once as a segfault in tests/ui/test_main_window.py, inside the home tab's audit job).
Only for tests that use qtbot: the ~1,300 per-message checks of tests/ui/test_translations.py
build no widgets, and a full collection after each of them would cost minutes."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.ui.common.i18n import install_translators, ui_language
from app.ui.common.settings import AppSettings
from tests.ui.i18n_helpers import compile_qm


@pytest.fixture
def settings(tmp_path: Path, qapp):
    yield AppSettings(tmp_path / "sibina.ini")
    install_translators(qapp, "id")


@pytest.fixture
def english(qapp):
    """English installed through the app's own mechanism; Indonesian again afterwards."""
    compile_qm()
    locale = QLocale()
    installed = install_translators(qapp, "en")
    yield installed
    install_translators(qapp, "id")
    QLocale.setDefault(locale)
    assert ui_language() == "id"


@pytest.fixture
def indonesian(qapp):
    """Indonesian installed as the app does at start, with its locale (800.000.000); the test
    process's own locale again afterwards."""
    locale = QLocale()
    installed = install_translators(qapp, "id")
    yield installed
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def collect_on_gui_thread(request):
    yield
    if "qtbot" in request.fixturenames:
        gc.collect()
