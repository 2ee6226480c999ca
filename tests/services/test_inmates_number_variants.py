"""One registration number however its separators are written ("AII.87/2026", "A.II-87/2026",
as the facility's pattern allows both): found by the search, refused as a second person, and
matched by the import to the person already in the register (not a new one)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.inmates.codes import RegCode
from app.domain.inmates.regnumber import number_key
from app.errors import ValidationError
from app.services.inmates_dto import InmateFilter
from tests.inmate_samples import detainee

SEPARATORS = st.sampled_from([".", "-", "/", " ", ""])


@given(st.sampled_from([c.value for c in RegCode]), st.integers(1, 99_999),
       st.integers(1990, 2100), SEPARATORS, SEPARATORS)  # fmt: skip
def test_a_number_has_one_key_whatever_its_separators(code, serial, year, first, second):
    plain = f"{code.replace('.', '')}.{serial}/{year}"
    written = f"{code}{first}{serial}{second}{year}"
    assert number_key(written) == number_key(plain)
    assert number_key(written.lower()) == number_key(plain)


@given(st.integers(1, 9_999), st.integers(1, 9_999), st.integers(2000, 2099))
def test_different_serials_never_share_a_key(one, other, year):
    if one != other:
        assert number_key(f"AII.{one}/{year}") != number_key(f"AII.{other}/{year}")


def test_the_search_finds_it_with_other_separators(services, admin):
    services.inmates.create(admin, detainee(1, reg_number="AI.87/2026", full_name="Ahmad"))
    for typed in ("A.I-87/2026", "a.i-87", "AI.87/2026", "AI87"):
        rows = services.inmates.list_page(admin, InmateFilter(search=typed))
        assert [r.reg_number for r in rows] == ["AI.87/2026"], typed


def test_a_second_person_with_the_same_number_otherwise_written_is_refused(services, admin):
    first = services.inmates.create(admin, detainee(1, reg_number="AI.87/2026"))
    with pytest.raises(ValidationError) as err:
        services.inmates.create(admin, detainee(2, reg_number="A.I-87/2026"))
    assert err.value.field_errors["reg_number"] == "Nomor registrasi sudah dipakai WBP lain."
    # the person's own record may be saved again, in either spelling
    saved = services.inmates.update(admin, first.id, replace(first.data, reg_number="A.I-87/2026"))
    assert saved.data.reg_number == "A.I-87/2026"
    services.inmates.create(admin, detainee(3, reg_number="AI.870/2026"))  # a different number


def write_csv(path: Path, *rows: str) -> Path:
    header = "No. Registrasi;Nama;Jenis Kelamin;Status;Tanggal Masuk;Blok"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_import_updates_the_person_not_a_new_one(services, admin, tmp_path):
    first = services.inmates.create(admin, detainee(1, reg_number="AI.87/2025", nik=""))
    report = services.inmates.import_file(
        admin, write_csv(tmp_path / "a.csv", "A.I-87/2025;Budi Fiktif 1;L;tahanan;01-07-2025;Z")
    )
    assert report.ok and report.count("create") == 0 and report.count("update") == 1
    record = services.inmates.get(admin, first.id)
    assert (record.data.reg_number, record.data.block) == ("AI.87/2025", "Z")  # its spelling
    assert services.inmates.count(admin, InmateFilter()) == 1


def test_one_number_twice_in_a_file_is_reported(services, admin, tmp_path):
    report = services.inmates.import_file(admin, write_csv(
        tmp_path / "b.csv", "AI.5/2025;Satu;L;tahanan;01-07-2025;A",
        "A.I-5/2025;Dua;L;tahanan;01-07-2025;A"))  # fmt: skip
    assert not report.written
    assert [str(i) for i in report.issues] == [
        "baris 3: No. Registrasi: Sama dengan baris 2 di berkas ini."
    ]
