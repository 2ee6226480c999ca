"""Collect the tabs' Qt wrappers on the GUI thread after each UI test: a garbage-collection pass
that happens to run later in another test's worker thread would otherwise finalise them there
(seen once as a segfault in tests/ui/test_main_window.py, inside the home tab's audit job).
Only for tests that use qtbot: the ~1,300 per-message checks of tests/ui/test_translations.py
build no widgets, and a full collection after each of them would cost minutes."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def collect_on_gui_thread(request):
    yield
    if "qtbot" in request.fixturenames:
        gc.collect()
