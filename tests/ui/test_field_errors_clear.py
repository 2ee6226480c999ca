"""A field's message goes as soon as the field is changed (it may no longer hold: the next save
checks again); the other fields keep theirs. Also for inputs inside a row of widgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.ui.common.field_errors import FieldErrors
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import open_dialog


def spin_row() -> tuple[QWidget, Callable[[], None]]:
    row = QWidget()
    layout = QHBoxLayout(row)
    years, months = QSpinBox(), QSpinBox()
    layout.addWidget(years)
    layout.addWidget(months)
    return row, lambda: months.setValue(3)


def combo() -> tuple[QWidget, Callable[[], None]]:
    box = QComboBox()
    box.addItems(["a", "b"])
    return box, lambda: box.setCurrentIndex(1)


def line() -> tuple[QWidget, Callable[[], None]]:
    edit = QLineEdit()
    return edit, lambda: edit.insert("x")


def text() -> tuple[QWidget, Callable[[], None]]:
    edit = QPlainTextEdit()
    return edit, lambda: edit.insertPlainText("x")


def spin() -> tuple[QWidget, Callable[[], None]]:
    box = QSpinBox()
    return box, lambda: box.setValue(5)


def date() -> tuple[QWidget, Callable[[], None]]:
    edit = QDateEdit(QDate(2026, 8, 17))
    return edit, lambda: edit.setDate(QDate(2026, 8, 18))


def check() -> tuple[QWidget, Callable[[], None]]:
    box = QCheckBox()
    return box, lambda: box.setChecked(True)


@pytest.mark.parametrize("make", [line, text, combo, spin, date, check, spin_row])
def test_changing_the_field_clears_its_message_only(qapp, make):
    errors = FieldErrors()
    widget, change = make()
    other = QLineEdit()
    errors.add("field", widget)
    errors.add("other", other)
    errors.show({"field": "Wajib diisi.", "other": "Wajib diisi."}, focus=False)
    assert errors.text("field") == "Wajib diisi."
    change()
    assert errors.text("field") == ""
    assert errors.text("other") == "Wajib diisi."


def test_a_plain_button_does_not_clear_it(qapp):
    """A button that picks something (the photo) clears nothing by being there."""
    errors = FieldErrors()
    button = QPushButton("Pilih…")
    errors.add("photo", button)
    errors.show({"photo": "Foto tidak dapat dibaca."}, focus=False)
    button.click()
    assert errors.text("photo") == "Foto tidak dapat dibaca."


def test_a_section_keeps_its_mark_while_another_of_its_messages_shows(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_dialog(qtbot, services, admin, record.id)
    dialog.form.inputs["full_name"].clear()
    dialog.form.inputs["birth_date"].setText("31-02-1990")
    assert not dialog.save()
    assert dialog.form.errors.text("birth_date") and dialog.sections.tabText(0) == "⚠ Identitas"
    qtbot.keyClicks(dialog.form.inputs["full_name"], "A")
    assert dialog.sections.tabText(0) == "⚠ Identitas"  # the date is still wrong
    dialog.form.inputs["birth_date"].setText("01-05-1990")
    assert dialog.sections.tabText(0) == "Identitas"
    dialog.load()


def test_in_the_record_dialog_typing_clears_the_message(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    dialog = open_dialog(qtbot, services, admin, record.id)
    name = dialog.form.inputs["full_name"]
    name.clear()
    assert not dialog.save()
    assert dialog.form.errors.text("full_name") == "Wajib diisi."
    assert dialog.sections.tabText(0) == "⚠ Identitas"
    qtbot.keyClicks(name, "A")
    assert dialog.form.errors.text("full_name") == ""
    assert dialog.sections.tabText(0) == "Identitas"  # the section's mark went with it
    dialog.load()  # the edit thrown away: closing the dialog afterwards asks nothing
