"""Fixtures of the UI tests.

`settings`: the window's settings in a file of its own, the Indonesian translators back after
the test (a language switch installs English process-wide).

Collect the tabs' Qt wrappers on the GUI thread after each UI test: a garbage-collection pass
that happens to run later in another test's worker thread would otherwise finalise them there
(seen once as a segfault in tests/ui/test_main_window.py, inside the home tab's audit job).
Only for tests that use qtbot: the ~1,300 per-message checks of tests/ui/test_translations.py
build no widgets, and a full collection after each of them would cost minutes."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from app.ui.common.i18n import install_translators
from app.ui.common.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path, qapp):
    yield AppSettings(tmp_path / "sibina.ini")
    install_translators(qapp, "id")


@pytest.fixture(autouse=True)
def collect_on_gui_thread(request):
    yield
    if "qtbot" in request.fixturenames:
        gc.collect()
