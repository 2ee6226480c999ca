"""A field message with values (e.g. the most days the rule table gives): filled in the message,
in the message box and next to the field, in the UI's language; one without values is left as
it is, braces and all."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from app.domain.remission.entry_checks import AMOUNT_ABOVE_TABLE
from app.errors import ValidationError
from app.ui.common.field_errors import FieldErrors
from app.ui.common.messages import error_text

PATTERN = "Pola hanya mengenal {kode}, {nomor} dan {tahun}."


def refused() -> ValidationError:
    return ValidationError({"days": AMOUNT_ABOVE_TABLE, "pattern": PATTERN},
                           field_params={"days": {"most": 180}, "other": {"x": 1}})  # fmt: skip


def test_the_values_fill_the_message():
    exc = refused()
    assert exc.field_params == {"days": {"most": 180}}  # only for fields that have an error
    assert exc.field_message("days").startswith("Paling banyak 180 hari")
    assert exc.field_message("pattern") == PATTERN
    assert "Paling banyak 180 hari" in exc.message


def test_in_the_message_box_and_next_to_the_field(qapp):
    assert "• Paling banyak 180 hari untuk jenis remisi ini" in error_text(refused())
    errors = FieldErrors()
    errors.add("days", QSpinBox())
    exc = refused()
    leftover = errors.show(exc.field_errors, focus=False, params=exc.field_params)
    assert errors.text("days").startswith("Paling banyak 180 hari")
    assert leftover == {"pattern": PATTERN}


def test_in_english(english):
    assert "• At most 180 days for this kind of remission under the rule table." in error_text(
        refused()
    )
