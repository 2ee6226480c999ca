"""Fixtures of the Remisi tab's tests: answered message boxes, a computed 17 August 2025 ceremony
with three recipients and one refused (discipline), and the same ceremony approved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.roles import Role
from app.services.remission_dto import NewCeremony
from app.ui.common import messages
from tests.remission_samples import example1, example3


@pytest.fixture
def answers(monkeypatch):
    """Every message box answers Yes (confirmations) and is recorded instead of shown."""
    shown: list[str] = []

    def run(box: QMessageBox) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(messages, "_run", run)
    return shown


NAMES = ("Ani Penerima", "Budi Penerima", "Cici Penerima")


@pytest.fixture
def draft(services, admin):
    """The 17 August 2025 ceremony, computed: three recipients and one refused (discipline)."""
    for n, name in enumerate(NAMES, start=1):
        services.inmates.create(admin, example1(n, full_name=name, cell=str(n)))
    services.inmates.create(admin, example3(4))
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025,
                                                                     venue="Aula"))  # fmt: skip
    services.remission.compute_proposals(admin, ceremony.id)
    return services.remission.get_ceremony(admin, ceremony.id)


@pytest.fixture
def approved(services, draft, make_actor):
    return services.remission.approve_ceremony(make_actor(Role.PIMPINAN), draft.id)


def wait_preview(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=15_000)
    assert panel.preview.path.exists()
    assert panel.preview.path.parent.name == "remisi"
