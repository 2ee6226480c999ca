"""The verdict dialog starts from the detainee's pending case: the articles, court and crime
category entered on admission are shown (and kept), the rest is the verdict's."""

from __future__ import annotations

from datetime import date

from app.domain.inmates.record import CaseData
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import open_from_tab

PENDING = CaseData("Pasal 362 KUHP", "Pencurian", "PN Pekalongan")


def open_verdict(qtbot, services, admin, clock):
    """A detainee with a pending case, the verdict dialog open with its number filled in."""
    clock.now = clock.now.replace(day=25)
    record = services.inmates.create(admin, detainee(1, cases=(PENDING,)))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.open_status_dialog("verdict")
    status = dialog.status_dialog
    status.verdict_number.setText("9/Pid.B/2025/PN Pkl")
    return record, dialog, status


def save_three_days_back(services, admin, record, status):
    """Save with the verdict, inkracht and effective dates three days ago; the stored cases."""
    for edit in (status.verdict_date, status.inkracht_date, status.date):
        edit.setDate(edit.date().addDays(-3))
    status.submit()
    return services.inmates.get(admin, record.id).data.cases


def test_the_verdict_dialog_shows_the_pending_case_and_saving_keeps_it(qtbot, services, admin,
                                                                      clock):  # fmt: skip
    record, dialog, status = open_verdict(qtbot, services, admin, clock)
    shown = (status.articles.text(), status.crime.text(), status.court.text())
    assert shown == ("Pasal 362 KUHP", "Pencurian", "PN Pekalongan")
    status.months.setValue(8)
    (case,) = save_three_days_back(services, admin, record, status)
    assert (case.articles, case.court, case.verdict_number) == (
        "Pasal 362 KUHP", "PN Pekalongan", "9/Pid.B/2025/PN Pkl"
    )  # fmt: skip
    assert case.inkracht_date == date(2025, 7, 22)
    dialog.reject()


def test_without_a_pending_case_the_verdict_dialog_starts_empty(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.open_status_dialog("verdict")
    status = dialog.status_dialog
    assert (status.articles.text(), status.court.text(), status.years.value()) == ("", "", 0)
    status.reject()
    dialog.reject()


def test_a_fine_of_billions_opens_and_is_saved_to_the_rupiah(qtbot, services, admin, clock):
    """Corruption fines run past 2,147,483,647 (what a QSpinBox holds): the dialog still opens
    with the pending case's fine and stores the one typed, to the rupiah."""
    clock.now = clock.now.replace(day=25)
    pending = CaseData("Pasal 2 UU Tipikor", "Korupsi", "PN Tipikor Semarang", fine=5_000_000_000)
    record = services.inmates.create(admin, detainee(1, cases=(pending,)))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.open_status_dialog("verdict")
    status = dialog.status_dialog
    assert status.fine.value() == 5_000_000_000
    status.verdict_number.setText("9/Pid.Sus-TPK/2025/PN Smg")
    status.years.setValue(4)
    status.fine.setValue(25_000_000_001)
    (case,) = save_three_days_back(services, admin, record, status)
    assert case.fine == 25_000_000_001 and isinstance(case.fine, int)
    dialog.reject()


def test_a_life_sentence_takes_no_length(qtbot, services, admin, clock):
    """Years typed before choosing "seumur hidup" were saved with the life sentence."""
    record, dialog, status = open_verdict(qtbot, services, admin, clock)
    status.years.setValue(20)
    status.sentence_type.setCurrentIndex(status.sentence_type.findData("seumur_hidup"))
    assert not any(box.isEnabled() for box in (status.years, status.months, status.days))
    assert status.proposed.text().startswith("SH")
    (case,) = save_three_days_back(services, admin, record, status)
    assert (case.sentence_type, case.sentence_years) == ("seumur_hidup", 0)
    status_again = dialog.status_dialog
    status_again.sentence_type.setCurrentIndex(status_again.sentence_type.findData("penjara"))
    assert status_again.years.isEnabled()
    dialog.reject()


def test_months_and_days_are_typed_as_the_verdict_writes_them(qtbot, services, admin, clock):
    """ "18 bulan" could not be typed: the months box stopped at 11, the days box at 30."""
    record, dialog, status = open_verdict(qtbot, services, admin, clock)
    status.months.selectAll()
    qtbot.keyClicks(status.months, "18")
    status.days.selectAll()
    qtbot.keyClicks(status.days, "45")
    assert (status.months.value(), status.days.value()) == (18, 45)
    assert status.proposed.text().startswith("B.I")
    (case,) = save_three_days_back(services, admin, record, status)
    assert (case.sentence_years, case.sentence_months, case.sentence_days) == (0, 18, 45)
    dialog.reject()
