"""The record dialog's "Remisi & tanggal" section: the key dates and the ledger as the remission
service computes them, refreshed on reload, and absent for a role without VIEW_REMISSION."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QDate

from app.domain.roles import ROLE_PERMISSIONS, Permission, Role
from app.services.remission_dto import NewLedgerEntry
from app.ui.common.timefmt import ui_date
from app.ui.inmates.ledger_dialogs import LedgerEntryDialog
from app.ui.inmates.record_dialog import InmateDialog
from tests.inmate_samples import detainee
from tests.remission_samples import example1


def open_dialog(qtbot, services, actor, inmate_id: str) -> InmateDialog:
    dialog = InmateDialog(services, actor, inmate_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def tab_titles(dialog: InmateDialog) -> list[str]:
    return [dialog.sections.tabText(i) for i in range(dialog.sections.count())]


def test_section_shows_key_dates_and_ledger(qtbot, services, admin):
    record = services.inmates.create(admin, example1(1))
    before = services.remission.key_dates(admin, record.id)
    services.remission.add_ledger_entry(admin, record.id, NewLedgerEntry(
        "RU", date(2024, 8, 17), 30, sk_number="W.11-PAS.1/2024", sk_date=date(2024, 8, 10),
        category="I", note="Remisi umum 2024 (arsip)"))  # fmt: skip
    dialog = open_dialog(qtbot, services, admin, record.id)
    assert "Remisi && tanggal" in tab_titles(dialog)
    section = dialog.remission
    assert section is not None
    dialog.sections.setCurrentWidget(section)
    dates = services.remission.key_dates(admin, record.id)
    assert dates.expiry_date is not None and dates.release_date is not None
    assert dates.release_date < before.release_date  # the 30 days count
    assert section.dates["expiry_date"].text() == ui_date(dates.expiry_date)
    assert section.dates["release_date"].text() == ui_date(dates.release_date)
    assert section.dates["two_thirds"].text() == ui_date(dates.two_thirds)
    assert section.dates["parole_date"].text() == (ui_date(dates.parole_date) or "—")
    table = section.ledger
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row == ["RU", ui_date(date(2024, 8, 17)), "30", "W.11-PAS.1/2024",
                   ui_date(date(2024, 8, 10)), "I"]  # fmt: skip
    if os.environ.get("SIBINA_SHOTS"):
        dialog.grab().save("/tmp/shots/record_remission.png")
    # a voided entry stays, marked; the dialog's reload (after a status change) refreshes
    entry = services.remission.ledger(admin, record.id)[0]
    services.remission.void_ledger_entry(admin, entry.id, "Salah input nomor SK")
    dialog.load()
    assert table.item(0, 0).text() == "RU — dibatalkan"
    assert table.item(0, 0).font().strikeOut()
    assert section.dates["release_date"].text() == ui_date(before.release_date)


def test_detainee_shows_dashes(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(2))
    dialog = open_dialog(qtbot, services, admin, record.id)
    assert dialog.remission is not None
    assert {label.text() for label in dialog.remission.dates.values()} == {"—"}
    assert dialog.remission.ledger.rowCount() == 0


def test_role_without_view_remission_has_no_section(qtbot, services, admin, make_actor,
                                                    monkeypatch):  # fmt: skip
    record = services.inmates.create(admin, example1(3))
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.REGISTRASI,
                        ROLE_PERMISSIONS[Role.REGISTRASI] - {Permission.VIEW_REMISSION})  # fmt: skip
    clerk = make_actor(Role.REGISTRASI)
    assert clerk.can(Permission.VIEW_REGISTER) and not clerk.can(Permission.VIEW_REMISSION)
    dialog = open_dialog(qtbot, services, clerk, record.id)
    assert dialog.remission is None
    assert "Remisi && tanggal" not in tab_titles(dialog)
    assert "Identitas" in tab_titles(dialog)


def test_pembinaan_adds_history_and_voids_an_entry(qtbot, services, admin, make_actor):
    record = services.inmates.create(admin, example1(1))
    pembinaan = make_actor(Role.PEMBINAAN)
    dialog = open_dialog(qtbot, services, pembinaan, record.id)
    section = dialog.remission
    dialog.sections.setCurrentWidget(section)
    assert section.add_button.isVisible() and not section.void_button.isEnabled()
    before = section.dates["release_date"].text()
    add = section.open_add_dialog()
    add.kind.setCurrentIndex(add.kind.findData("RK"))
    add.when.setDate(QDate(2025, 3, 31))
    add.days.setValue(30)
    qtbot.keyClicks(add.sk_number, "W11.PAS-9/2025")
    add.accept()  # no note: refused, nothing written
    assert add.isVisible() and add.errors.text("note")
    assert services.remission.ledger(admin, record.id) == []
    qtbot.keyClicks(add.note, "Arsip SK Remisi Khusus 2025")
    add.accept()
    assert not add.isVisible() and section.ledger.rowCount() == 1
    assert section.ledger.item(0, 3).text() == "W11.PAS-9/2025"
    assert section.dates["release_date"].text() != before
    section.ledger.setCurrentCell(0, 0)
    void = section.open_void_dialog()
    qtbot.keyClicks(void.reason, "Nomor SK salah ketik")
    void.accept()
    assert section.ledger.item(0, 0).font().strikeOut()
    assert section.dates["release_date"].text() == before
    assert not section.void_button.isEnabled()


def test_roles_without_edit_remission_see_no_ledger_buttons(qtbot, services, admin, make_actor):
    record = services.inmates.create(admin, example1(1))
    dialog = open_dialog(qtbot, services, make_actor(Role.PIMPINAN), record.id)
    dialog.sections.setCurrentWidget(dialog.remission)
    assert dialog.remission.isVisible() and not dialog.remission.add_button.isVisible()
    assert dialog.remission.open_void_dialog() is None


def test_a_history_entry_on_the_wrong_day_is_named_next_to_its_date(qtbot, services, admin):
    record = services.inmates.create(admin, example1(4))
    dialog = LedgerEntryDialog(
        date(2025, 7, 15),
        lambda entry: services.remission.add_ledger_entry(admin, record.id, entry),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.when.setDate(QDate(2024, 12, 1))  # a Remisi Umum is given on 17 August
    dialog.days.setValue(60)
    qtbot.keyClicks(dialog.note, "Arsip SK 2024")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.text("date").startswith("Jenis remisi ini diberikan tiap tanggal 17-08")
    assert services.remission.ledger(admin, record.id) == []
    dialog.when.setDate(QDate(2024, 8, 17))
    dialog.accept()
    assert not dialog.isVisible()
    assert [e.date for e in services.remission.ledger(admin, record.id)] == [date(2024, 8, 17)]


def test_a_record_holding_a_sentence_over_100_years_opens_and_says_why(qtbot, services, admin):
    from sqlalchemy import update

    from app.db.models import InmateCase

    record = services.inmates.create(admin, example1(1))
    with services.uow() as uow:  # stored before the 100-year check existed
        uow.session.execute(update(InmateCase).values(sentence_years=9000))
        uow.commit()
    dialog = open_dialog(qtbot, services, admin, record.id)  # raised ValueError (year 11024)
    section = dialog.remission
    assert section.dates["release_date"].text() == "—"
    assert not section.problem.isHidden() and "lebih dari 100 tahun" in section.problem.text()


def test_the_days_received_take_the_english_plural(qtbot, services, admin, english):
    """ "1 days" was shown in the English UI."""
    from dataclasses import replace

    record = services.inmates.create(admin, example1(1))
    dialog = open_dialog(qtbot, services, admin, record.id)  # kept: the section lives in it
    section = dialog.remission
    dates = services.remission.key_dates(admin, record.id)
    section.show_dates(replace(dates, received_days=1))
    assert section.received.text() == "1 day"
    section.show_dates(replace(dates, received_days=1234))
    assert section.received.text() == "1,234 days"
