"""Ubah upacara from the Remisi tab: the title and venue of a draft or approved ceremony, the date
of an RK draft (computed again for the new day); a long title wraps instead of widening the tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from app.domain.roles import Role
from app.services.remission_dto import NewCeremony
from tests.ui.remission.tab_helpers import make_tab


def test_title_and_venue_change_and_enter_saves(qtbot, services, admin, draft):
    tab = make_tab(qtbot, services, admin)
    assert tab.view.edit_button.isVisible() and tab.view.edit_button.isEnabled()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
    qtbot.keyClick(tab, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Ctrl+E opens it
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=2000)
    tab.dialog.close()
    dialog = tab.open_details_dialog()
    assert not dialog.when.isEnabled()  # RU: 17 August
    dialog.title.setText("Upacara Remisi HUT RI ke-80")
    dialog.venue.setFocus()
    dialog.venue.selectAll()
    qtbot.keyClicks(dialog.venue, "Lapangan Rutan")
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert tab.view.header.text() == "Upacara Remisi HUT RI ke-80"
    assert "Lapangan Rutan" in tab.view.details.text()
    assert tab.view.ceremony.currentText().startswith("Upacara Remisi HUT RI ke-80 — ")


def test_an_rk_draft_moves_and_an_error_shows_under_the_field(qtbot, services, admin):
    made = services.remission.create_ceremony(admin, NewCeremony("RK", date(2025, 3, 31),
                                                                 religion="islam"))  # fmt: skip
    services.remission.create_ceremony(
        admin, NewCeremony("RK", date(2026, 3, 21), religion="islam")
    )
    tab = make_tab(qtbot, services, admin)
    tab.view.ceremony.setCurrentIndex(tab.view.ceremony.findData(made.id))
    dialog = tab.open_details_dialog()
    assert dialog.when.isEnabled()
    dialog.when.setDate(QDate(2026, 3, 20))  # the 2026 RK islam holds that year
    dialog.accept()
    assert dialog.isVisible() and "2026" in dialog.errors.text("date")
    dialog.when.setDate(QDate(2025, 4, 1))
    assert dialog.errors.text("date") == ""
    dialog.accept()
    assert not dialog.isVisible()
    assert services.remission.get_ceremony(admin, made.id).date == date(2025, 4, 1)
    assert "1 April 2025" in tab.view.header.text()


def test_read_only_roles_and_locked_ceremonies_cannot_change_it(qtbot, services, make_actor, draft):
    tab = make_tab(qtbot, services, make_actor(Role.PIMPINAN))
    assert not tab.view.edit_button.isVisible() and tab.open_details_dialog() is None


def test_a_long_title_wraps_and_leaves_the_tab_its_width(qtbot, services, admin):
    services.remission.create_ceremony(admin, NewCeremony("RU", year=2025, title="Judul " * 33))
    tab = make_tab(qtbot, services, admin)
    assert tab.width() == 1280 and tab.minimumSizeHint().width() < 1280
    assert tab.view.header.wordWrap()


def test_new_ceremony_names_religions_and_holidays_in_english(qtbot, services, admin, english):
    from app.ui.remission.ceremony_dialogs import NewCeremonyDialog

    dialog = NewCeremonyDialog(services, admin, date(2026, 1, 5))
    qtbot.addWidget(dialog)
    texts = [dialog.religion.itemText(i) for i in range(dialog.religion.count())]
    assert "Islam — Eid al-Fitr" in texts
    assert not any("Idul" in text or "Natal" in text for text in texts)
