"""Religion, education and sex read in the UI's language in the WBP list, its filters and the
record; the register, its sorting and its exports keep the stored Indonesian values."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from app.ui.inmates.record_dialog import InmateDialog
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import make_tab
from tests.ui.widget_helpers import shown

SEX, STATUS, RELIGION = 2, 3, 6


def fill(services, admin) -> None:
    services.inmates.create(admin, detainee(1, full_name="Agus", religion="Islam"))
    services.inmates.create(admin, detainee(2, full_name="Maria", religion="Kristen", sex="P",
                                            nik=""))  # fmt: skip
    services.inmates.create(admin, detainee(3, full_name="Wira", religion="Buddha"))


def column(tab, index: int) -> list[str]:
    return [tab.model.index(r, index).data() for r in range(tab.model.rowCount())]


def items(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_in_english_the_list_and_its_filters_read_in_english(qtbot, services, admin, english):
    fill(services, admin)
    tab = make_tab(qtbot, services, admin)
    assert column(tab, 1) == ["Agus", "Maria", "Wira"]
    assert column(tab, RELIGION) == ["Islam", "Protestant", "Buddhist"]
    assert column(tab, SEX) == ["M", "F", "M"]
    metrics = tab.view.table.fontMetrics()
    assert tab.view.table.columnWidth(RELIGION) > metrics.horizontalAdvance("Protestant")
    assert tab.model.index(1, SEX).data(Qt.ItemDataRole.ToolTipRole) == "Female"
    assert items(tab.view.sex) == [("All", ""), ("M", "L"), ("F", "P")]
    assert ("Protestant", "Kristen") in items(tab.view.religion)
    assert ("Confucian", "Konghucu") in items(tab.view.religion)
    tab.view.religion.setCurrentIndex(tab.view.religion.findText("Protestant"))
    assert column(tab, 1) == ["Maria"]
    tab.view.religion.setCurrentIndex(0)
    tab.view.sex.setCurrentIndex(tab.view.sex.findText("F"))
    assert column(tab, 1) == ["Maria"]
    tab.view.sex.setCurrentIndex(0)
    qtbot.keyClicks(tab.view.search, "wir")
    qtbot.waitUntil(lambda: column(tab, 1) == ["Wira"], timeout=2000)


def test_in_english_sorting_follows_the_shown_words(qtbot, services, admin, english):
    fill(services, admin)
    tab = make_tab(qtbot, services, admin)
    header = tab.view.table.horizontalHeader()
    header.setSortIndicator(RELIGION, Qt.SortOrder.AscendingOrder)
    assert column(tab, RELIGION) == ["Buddhist", "Islam", "Protestant"]
    header.setSortIndicator(RELIGION, Qt.SortOrder.DescendingOrder)
    assert column(tab, RELIGION) == ["Protestant", "Islam", "Buddhist"]
    header.setSortIndicator(SEX, Qt.SortOrder.AscendingOrder)
    assert column(tab, SEX) == ["F", "M", "M"]


def test_in_indonesian_the_list_shows_the_stored_values(qtbot, services, admin):
    fill(services, admin)
    tab = make_tab(qtbot, services, admin)
    assert column(tab, RELIGION) == ["Islam", "Kristen", "Buddha"]
    assert column(tab, SEX) == ["L", "P", "L"]
    tab.view.table.horizontalHeader().setSortIndicator(RELIGION, Qt.SortOrder.AscendingOrder)
    assert column(tab, RELIGION) == ["Buddha", "Islam", "Kristen"]


def test_in_english_the_export_keeps_the_stored_values(qtbot, services, admin, english, tmp_path):
    fill(services, admin)
    tab = make_tab(qtbot, services, admin)
    out = tmp_path / "out.csv"
    job = tab.export_to(out)
    qtbot.waitUntil(lambda: job.is_finished, timeout=10_000)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [(r["Agama"], r["Jenis Kelamin"]) for r in rows] == [("Islam", "L"), ("Kristen", "P"),
                                                                ("Buddha", "L")]  # fmt: skip


def test_in_english_the_record_choices_read_in_english_and_store_as_is(
    qtbot, services, admin, english
):
    record = services.inmates.create(admin, detainee(1, religion="Kristen", education="SMA/SMK"))
    dialog = shown(qtbot, InmateDialog(services, admin, record.id), 980, 640)
    inputs = dialog.form.inputs
    assert inputs["religion"].currentText() == "Protestant"
    assert inputs["education"].currentText() == "Senior high school (SMA/SMK)"
    assert inputs["sex"].currentText() == "Male"
    assert [t for t, _ in items(inputs["religion"])] == [
        "", "Islam", "Protestant", "Catholic", "Hindu", "Buddhist", "Confucian", "Other"]  # fmt: skip
    assert ("No schooling", "Tidak sekolah") in items(inputs["education"])
    inputs["religion"].setCurrentIndex(inputs["religion"].findText("Catholic"))
    inputs["education"].setCurrentIndex(inputs["education"].findText("No schooling"))
    inputs["sex"].setCurrentIndex(inputs["sex"].findText("Female"))
    inputs["nik"].clear()  # the sample NIK encodes a man
    assert dialog.save()
    data = services.inmates.get(admin, record.id).data
    assert (data.religion, data.education, data.sex) == ("Katolik", "Tidak sekolah", "P")


def test_in_indonesian_the_record_choices_are_the_stored_values(qtbot, services, admin):
    dialog = shown(qtbot, InmateDialog(services, admin, None), 980, 640)
    for name in ("religion", "education"):
        assert all(text == value for text, value in items(dialog.form.inputs[name]))
