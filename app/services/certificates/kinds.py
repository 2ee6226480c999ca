"""Certificate kinds: registered by the tab that issues them (remission piagam, education,
agriculture training, literacy awards). A kind carries its printed title, the body template and
the default number pattern; the pattern can be changed per kind (CertificateService).

Body templates use these fields: {name} {subject} {facility} {city} {date} {year}.
Number patterns use: {seq} (e.g. {seq:04d}) {year} {month} {roman_month} {facility} {kind}.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from app.text import QT_TRANSLATE_NOOP

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PATTERN_FIELDS = {"seq", "year", "month", "roman_month", "facility", "kind"}


@dataclass(frozen=True)
class CertificateKind:
    code: str  # stable key stored with each certificate, e.g. "pembinaan"
    label: str  # shown in the UI (Indonesian, QT_TRANSLATE_NOOP("certificates", ...))
    title: str  # printed heading, e.g. "SERTIFIKAT" or "PIAGAM PENGHARGAAN"
    body: str  # printed under the name; see the fields above
    number_pattern: str = "{seq:04d}/SRT/{facility}/{year}"
    intro: str = "Diberikan kepada:"
    # False: only its programme's own workflow issues it (the remission piagam, for the
    # approved recipients of a ceremony), never the Sertifikat tab's free form
    by_hand: bool = True


_kinds: dict[str, CertificateKind] = {}


def register_kind(kind: CertificateKind) -> None:
    """Add (or replace, when a module is reloaded) a kind; the pattern must be valid."""
    problem = pattern_problem(kind.number_pattern)
    if problem:
        raise ValueError(f"{kind.code}: {problem}")
    _kinds[kind.code] = kind


def get_kind(code: str) -> CertificateKind | None:
    return _kinds.get(code)


def all_kinds() -> list[CertificateKind]:
    """Sorted by label, the demo kind last (it is only for trying Sibina out)."""
    return sorted(_kinds.values(), key=lambda k: (k.code == "demo", k.label))


def pattern_problem(pattern: str) -> str | None:
    """None when `pattern` makes unique, printable numbers; else an Indonesian message."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
        format_number(pattern, seq=1, year=2025, month=7, facility="X", kind="k")
    except (ValueError, KeyError, IndexError):
        return QT_TRANSLATE_NOOP("errors", "Pola nomor tidak dapat dibaca.")
    unknown = fields - PATTERN_FIELDS
    if unknown:
        return QT_TRANSLATE_NOOP("errors", "Pola nomor memuat kolom yang tidak dikenal.")
    if "seq" not in fields or "year" not in fields:
        return QT_TRANSLATE_NOOP("errors", "Pola nomor harus memuat {seq} dan {year}.")
    if "|" in pattern or "\n" in pattern or len(pattern) > 60:
        return QT_TRANSLATE_NOOP("errors", "Pola nomor terlalu panjang atau memuat tanda '|'.")
    return None


def format_number(
    pattern: str, *, seq: int, year: int, month: int, facility: str, kind: str
) -> str:
    return pattern.format(
        seq=seq,
        year=year,
        month=f"{month:02d}",
        roman_month=ROMAN_MONTHS[month - 1],
        facility=facility,
        kind=kind.upper(),
    )


def body_text(kind: CertificateKind, **fields: str) -> str:
    return kind.body.format(**fields)


DEMO_KIND = CertificateKind(
    code="demo",
    label=QT_TRANSLATE_NOOP("certificates", "Contoh (data demo)"),
    title="SERTIFIKAT",
    body="telah mengikuti kegiatan {subject} yang diselenggarakan oleh {facility} "
    "dengan hasil baik. (Contoh dari data demo.)",
    number_pattern="{seq:04d}/DEMO/{facility}/{year}",
)

PEMBINAAN_KIND = CertificateKind(
    code="pembinaan",
    label=QT_TRANSLATE_NOOP("certificates", "Pembinaan (umum)"),
    title="SERTIFIKAT",
    body="telah mengikuti dan menyelesaikan program pembinaan {subject} "
    "yang diselenggarakan oleh {facility} dengan hasil baik.",
    number_pattern="{seq:04d}/SRT-PB/{facility}/{roman_month}/{year}",
)

register_kind(DEMO_KIND)
register_kind(PEMBINAAN_KIND)
