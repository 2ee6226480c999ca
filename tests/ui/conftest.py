"""Collect the tabs' Qt wrappers on the GUI thread after each test: a garbage-collection pass
that happens to run later in another test's worker thread would otherwise finalise them there
(seen once as a segfault in tests/ui/test_main_window.py, inside the home tab's audit job)."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def collect_on_gui_thread(qtbot):
    yield
    gc.collect()
