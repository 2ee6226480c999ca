"""The record's marital-status choices: shown in the UI's language, stored as the Indonesian
value the register, imports and exports use."""

from __future__ import annotations

from app.ui.inmates.record_dialog import InmateDialog
from tests.inmate_samples import detainee
from tests.ui.widget_helpers import shown


def choices(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_in_english_marital_status_reads_in_english_and_stays_stored_as_is(
    qtbot, services, admin, english
):
    record = services.inmates.create(admin, detainee(1, marital_status="Kawin"))
    dialog = shown(qtbot, InmateDialog(services, admin, record.id), 980, 640)
    combo = dialog.form.inputs["marital_status"]
    assert choices(combo) == [("", ""), ("Single", "Belum kawin"), ("Married", "Kawin"),
                              ("Divorced", "Cerai hidup"), ("Widowed", "Cerai mati")]  # fmt: skip
    assert combo.currentText() == "Married"
    combo.setCurrentIndex(combo.findText("Widowed"))
    assert dialog.save()
    assert services.inmates.get(admin, record.id).data.marital_status == "Cerai mati"


def test_in_indonesian_the_choices_are_the_stored_values(qtbot, services, admin):
    dialog = shown(qtbot, InmateDialog(services, admin, None), 980, 640)
    combo = dialog.form.inputs["marital_status"]
    assert [text for text, _ in choices(combo)] == ["", "Belum kawin", "Kawin", "Cerai hidup",
                                                    "Cerai mati"]  # fmt: skip
    assert all(text == value for text, value in choices(combo))
