"""The Remisi tab says when a draft list is older than a change to its inputs (made elsewhere,
e.g. on another workstation), tells who should recompute, and repeats it before approval."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.roles import Role
from app.services.remission_dto import FlagsInput
from tests.ui.remission.tab_helpers import line_named, make_tab, wait_job


def flag_elsewhere(services, admin, draft, clock) -> None:
    """A minute after the computation, another workstation sets a donor flag."""
    clock.advance(minutes=1)
    one = next(x for x in services.remission.proposal_list(admin, draft.id)
               if x.full_name == "Ani Penerima")  # fmt: skip
    services.remission.set_flags(admin, one.inmate_id, FlagsInput(note="Donor PMI", donor=True))


def test_a_stale_draft_is_named_until_it_is_recomputed(qtbot, services, admin, clock, draft):
    tab = make_tab(qtbot, services, admin)
    assert not tab.view.stale.isVisible()
    flag_elsewhere(services, admin, draft, clock)
    tab.reload_ceremonies(draft.id)
    assert tab.view.stale.isVisible()
    assert "berubah sejak daftar ini dihitung" in tab.view.stale.text()
    assert "Hitung usulan" in tab.view.stale.text()
    assert line_named(tab, "Ani Penerima").granted_additional_days == 0  # still the old list
    clock.advance(minutes=1)
    qtbot.mouseClick(tab.view.compute_button, Qt.MouseButton.LeftButton)
    wait_job(qtbot, tab)
    assert not tab.view.stale.isVisible()
    assert line_named(tab, "Ani Penerima").granted_additional_days == 30


def test_coming_back_to_the_tab_checks_again(qtbot, services, admin, clock, draft):
    tab = make_tab(qtbot, services, admin)
    tab.hide()  # another tab is shown, a record is edited there
    flag_elsewhere(services, admin, draft, clock)
    tab.show()
    assert tab.view.stale.isVisible()


def test_pimpinan_is_told_before_approving_a_stale_list(qtbot, services, admin, make_actor,
                                                        clock, draft, answers):  # fmt: skip
    boss = make_tab(qtbot, services, make_actor(Role.PIMPINAN))
    flag_elsewhere(services, admin, draft, clock)  # after the tab was opened
    qtbot.mouseClick(boss.view.approve_button, Qt.MouseButton.LeftButton)
    assert "Minta petugas menghitung ulang" in answers[-1]
    assert "3 WBP diberi remisi" in answers[-1]
    assert services.remission.get_ceremony(admin, draft.id).status == "approved"  # Yes: approved
    assert not boss.view.stale.isVisible()  # an approved list is fixed: nothing to recompute


def test_opening_the_tab_checks_the_inputs_once(qtbot, services, admin, draft, monkeypatch):
    asked: list[str] = []
    check = services.remission.inputs_changed_at

    def counted(actor, ceremony_id):
        asked.append(ceremony_id)
        return check(actor, ceremony_id)

    monkeypatch.setattr(services.remission, "inputs_changed_at", counted)
    tab = make_tab(qtbot, services, admin)
    assert asked == [draft.id]
    tab.hide()
    tab.reload_ceremonies(draft.id)  # e.g. after a restore, while another tab is shown
    assert asked == [draft.id]
    tab.show()
    assert asked == [draft.id, draft.id]
