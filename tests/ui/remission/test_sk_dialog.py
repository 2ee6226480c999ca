"""The SK dialog's example of the numbers it will record."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.remission_dto import NewCeremony
from app.ui.remission.ceremony_dialogs import SkDialog
from tests.remission_samples import example1
from tests.ui.remission.tab_helpers import type_text


@pytest.fixture
def granted(services, admin):
    """A ceremony and five granted lines without an SK (copies of one computed line)."""
    services.inmates.create(admin, example1(1))
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    services.remission.compute_proposals(admin, ceremony.id)
    (line,) = services.remission.proposal_list(admin, ceremony.id)
    assert line.granted and not line.sk_number
    lines = [replace(line, line_id=line.line_id + i) for i in range(5)]
    return services.remission.get_ceremony(admin, ceremony.id), lines


def test_without_a_number_the_example_is_a_dash(qtbot, granted):
    dialog = SkDialog(*granted)
    qtbot.addWidget(dialog)
    assert dialog.preview.text() == "—"
    type_text(qtbot, dialog.number, "   ")
    assert dialog.preview.text() == "—"


def test_a_running_number_shows_the_first_ones_and_the_last(qtbot, granted):
    dialog = SkDialog(*granted)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.number, "W11-{no}/2025")
    dialog.start.setValue(7)
    assert dialog.preview.text() == "W11-7/2025, W11-8/2025, W11-9/2025 … W11-11/2025"


def test_one_number_for_every_line_says_so(qtbot, granted):
    dialog = SkDialog(*granted)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.number, "W11.PAS-123/2025")
    assert dialog.preview.text() == "W11.PAS-123/2025 (sama untuk semua baris)"
    assert not dialog.start.isEnabled()
