"""The history-entry dialog names, next to the date, an entry the law makes impossible (the
service's entry checks) and stays open with nothing written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from app.services.remission_dto import NewLedgerEntry
from app.ui.inmates.ledger_dialogs import LedgerEntryDialog
from tests.remission_samples import example1


def open_entry_dialog(qtbot, services, admin, inmate_id: str) -> LedgerEntryDialog:
    dialog = LedgerEntryDialog(
        date(2025, 7, 15),
        lambda entry: services.remission.add_ledger_entry(admin, inmate_id, entry),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_second_ru_of_the_year_is_named_next_to_its_date(qtbot, services, admin):
    record = services.inmates.create(admin, example1(5))
    services.remission.add_ledger_entry(admin, record.id, NewLedgerEntry(
        "RU", date(2024, 8, 17), 30, note="Arsip SK 2024"))  # fmt: skip
    dialog = open_entry_dialog(qtbot, services, admin, record.id)
    dialog.when.setDate(QDate(2024, 8, 17))
    dialog.days.setValue(30)
    qtbot.keyClicks(dialog.note, "Arsip SK 2024, salinan kedua")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.text("date") == (
        "Sudah tercatat RU tanggal 17-08-2024 (30 hari); RU diberikan satu kali setiap tahun."
    )
    assert len(services.remission.ledger(admin, record.id)) == 1
    dialog.kind.setCurrentIndex(dialog.kind.findData("RK"))  # the RK of 2025 is not there yet
    dialog.when.setDate(QDate(2025, 3, 31))
    dialog.accept()
    assert not dialog.isVisible()
    assert [e.kind for e in services.remission.ledger(admin, record.id)] == ["RU", "RK"]


def test_an_rk_while_still_a_detainee_is_named_next_to_its_date(qtbot, services, admin):
    record = services.inmates.create(admin, example1(6))  # detained 10-02-2024, final 01-06-2024
    dialog = open_entry_dialog(qtbot, services, admin, record.id)
    dialog.kind.setCurrentIndex(dialog.kind.findData("RK"))
    dialog.when.setDate(QDate(2024, 4, 10))  # Idul Fitri 2024: 60 days detained
    dialog.days.setValue(15)
    qtbot.keyClicks(dialog.note, "Arsip SK RK 2024")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.text("date").startswith(
        "Tanggal ini sebelum putusan berkekuatan hukum tetap (01-06-2024): saat itu masih tahanan"
    )
    assert "lebih dari 180 hari" in dialog.errors.text("date")
    assert services.remission.ledger(admin, record.id) == []
    dialog.when.setDate(QDate(2025, 3, 31))
    dialog.days.setValue(30)
    dialog.accept()
    assert not dialog.isVisible()
    assert [e.date for e in services.remission.ledger(admin, record.id)] == [date(2025, 3, 31)]
