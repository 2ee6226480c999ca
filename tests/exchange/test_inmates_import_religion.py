"""Religions written the ways facilities write them: "Budha", "Protestan", "Katholik"."""

from __future__ import annotations

import pytest

from app.exchange.inmates_read import PARSERS
from tests.exchange.test_inmates_import import GOOD, write_csv


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Budha", "Buddha"), ("BUDHA", "Buddha"), (" budha ", "Buddha"), ("Protestan", "Kristen"),
     ("PROTESTAN", "Kristen"), ("Kristen Protestan", "Kristen"), ("Katholik", "Katolik"),
     ("Kong Hu Cu", "Konghucu"), ("Khonghucu", "Konghucu")],
)  # fmt: skip
def test_common_religion_spellings_are_the_register_values(typed, code):
    assert PARSERS["religion"](typed) == code


def test_a_file_with_budha_and_protestan_imports(services, admin, tmp_path):
    lines = [GOOD[0].replace(";Islam;", ";Budha;"), GOOD[1].replace(";Islam;", ";protestan;")]
    report = services.inmates.import_file(admin, write_csv(tmp_path / "r.csv", lines))
    assert report.written, [str(i) for i in report.issues]
    numbers = [line.split(";")[0] for line in lines]
    religions = [services.inmates.get(admin, services.inmates.find_id(admin, n)).data.religion
                 for n in numbers]  # fmt: skip
    assert religions == ["Buddha", "Kristen"]
