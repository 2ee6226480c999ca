"""NIK (Nomor Induk Kependudukan): strict check with python-stdnum, and the soft check of the
birth date and sex it encodes against the record (a warning only: the paper record wins)."""

from __future__ import annotations

from datetime import date

from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.id import nik as stdnum_nik

from app.text import QT_TRANSLATE_NOOP

NIK_LENGTH = 16


def clean_nik(value: str) -> str:
    """Spaces, dots and dashes removed (how people type it off a KTP)."""
    return stdnum_nik.compact(value or "")


def nik_problem(value: str) -> str | None:
    """The message for a NIK that is not 16 digits with a known region and a real date, else None."""
    number = clean_nik(value)
    if not number.isdigit():
        return QT_TRANSLATE_NOOP("errors", "NIK hanya berisi angka.")
    if len(number) != NIK_LENGTH:
        return QT_TRANSLATE_NOOP("errors", "NIK harus 16 angka.")
    try:
        stdnum_nik.validate(number)
    except InvalidLength:
        return QT_TRANSLATE_NOOP("errors", "NIK harus 16 angka.")
    except InvalidFormat:
        return QT_TRANSLATE_NOOP("errors", "NIK hanya berisi angka.")
    except InvalidComponent:
        return QT_TRANSLATE_NOOP(
            "errors", "NIK tidak sah: kode wilayah atau tanggal lahir di dalamnya tidak dikenal."
        )
    except StdnumError:
        return QT_TRANSLATE_NOOP("errors", "NIK tidak sah.")
    return None


def nik_sex(value: str) -> str:
    """'P' (perempuan) when 40 was added to the day, else 'L'. Assumes a valid NIK."""
    return "P" if int(clean_nik(value)[6:8]) > 40 else "L"


def nik_birth_parts(value: str) -> tuple[int, int, int]:
    """(day, month, two-digit year) encoded in a valid NIK."""
    number = clean_nik(value)
    return int(number[6:8]) % 40, int(number[8:10]), int(number[10:12])


def nik_warnings(value: str, birth_date: date | None, sex: str) -> dict[str, str]:
    """Disagreements between a valid NIK and the record's birth date and sex (field -> message).
    The NIK keeps only two digits of the year, so the year is compared modulo 100."""
    if not value or nik_problem(value):
        return {}
    warnings: dict[str, str] = {}
    day, month, yy = nik_birth_parts(value)
    if birth_date is not None and (birth_date.day, birth_date.month, birth_date.year % 100) != (
        day,
        month,
        yy,
    ):
        warnings["birth_date"] = QT_TRANSLATE_NOOP(
            "errors", "Tanggal lahir berbeda dengan yang tercantum di NIK (periksa berkas)."
        )
    if sex in ("L", "P") and nik_sex(value) != sex:
        warnings["sex"] = QT_TRANSLATE_NOOP(
            "errors", "Jenis kelamin berbeda dengan yang tercantum di NIK (periksa berkas)."
        )
    return warnings


def make_nik(region: str, birth: date, sex: str, serial: int) -> str:
    """Build a NIK (demo data and tests): region is 6 digits (province, regency, district)."""
    day = birth.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
