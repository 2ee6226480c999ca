"""Validation of an inmate record: every field problem at once, plus soft warnings.

Errors block saving; warnings (a NIK that disagrees with the birth date or sex) are shown and the
user may keep the record as it is (the paper record wins). Field names of repeating sections are
`cases.0.inkracht_date`, `detentions.1.end`, `discipline.0.date`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from app.domain.dates import full_years
from app.domain.inmates.codes import (
    DETAINEE_CODES,
    FIXED_TERM,
    RELIGIONS,
    SEXES,
    DetentionKind,
    RegCode,
    ReleaseReason,
    SentenceType,
    Status,
    code_fits_status,
)
from app.domain.inmates.detention import held_days, stage_limit
from app.domain.inmates.nik import clean_nik, nik_problem, nik_warnings
from app.domain.inmates.record import CaseData, DetentionData, InmateData
from app.domain.inmates.regnumber import RegNumberPattern
from app.domain.inmates.text_limits import too_long
from app.domain.remission.arith import longer_than_max
from app.text import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("errors", "Wajib diisi.")
FUTURE = QT_TRANSLATE_NOOP("errors", "Tanggal tidak boleh di masa depan.")
SENTENCE_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "Lama pidana seluruhnya paling lama 100 tahun: periksa tahun, bulan dan hari."
)
DETENTION_OVERLAP = QT_TRANSLATE_NOOP(
    "errors", "Masa penahanan ini bertumpang tindih dengan masa penahanan lain."
)
DETENTION_BEYOND_KUHAP = QT_TRANSLATE_NOOP(
    "errors",
    "Lebih lama dari batas KUHAP untuk tahap ini, termasuk dua perpanjangan Pasal 29: "
    "periksa tanggalnya.",
)
DETENTION_NEEDS_PASAL_29 = QT_TRANSLATE_NOOP(
    "errors",
    "Penahanan tahap ini melebihi penahanan + perpanjangan biasa: hanya sah dengan "
    "perpanjangan Pasal 29 KUHAP (perkara berat).",
)
# UU 11/2012 (SPPA) Pasal 1 angka 3: a child in conflict with the law is 12 or older.
MIN_AGE, MAX_AGE = 12, 110
TOO_YOUNG = QT_TRANSLATE_NOOP(
    "errors",
    "Umur saat masuk kurang dari 12 tahun (UU 11/2012 Pasal 1 angka 3): periksa tanggal lahir.",
)
TOO_OLD = QT_TRANSLATE_NOOP(
    "errors", "Umur saat masuk lebih dari 110 tahun: periksa tanggal lahir."
)
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class RecordCheck:
    errors: dict[str, str]
    warnings: dict[str, str]

    @property
    def ok(self) -> bool:
        return not self.errors


def _strip(value: object) -> object:
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else value


def clean_record(data: InmateData) -> InmateData:
    """Whitespace tidied, NIK compacted, code written as in the table ("bi" -> "B.I")."""
    values = {f.name: _strip(getattr(data, f.name)) for f in fields(data)
              if f.name not in ("cases", "detentions", "discipline")}  # fmt: skip
    values["nik"] = clean_nik(str(values["nik"]))
    values["reg_code"] = normalise_code(str(values["reg_code"]))
    values["sex"] = str(values["sex"]).upper()
    cases = tuple(
        replace(c, **{f.name: _strip(getattr(c, f.name)) for f in fields(c)}) for c in data.cases
    )
    return replace(data, **values, cases=cases)


def normalise_code(value: str) -> str:
    """'BI', 'b.i', 'A III' -> 'B.I', 'A.III'; unknown text is returned as typed."""
    key = re.sub(r"[\s.]", "", value).upper()
    for code in RegCode:
        if code.value.replace(".", "").upper() == key:
            return code.value
    return value.strip()


def validate_record(
    data: InmateData, today: date, pattern: RegNumberPattern | None = None
) -> RecordCheck:
    """All problems of a (cleaned) record. Uniqueness needs the database: the service adds it."""
    errors: dict[str, str] = {}
    if not data.full_name:
        errors["full_name"] = REQUIRED
    if not data.reg_number:
        errors["reg_number"] = REQUIRED
    elif pattern is not None and not pattern.matches(data.reg_number):
        errors["reg_number"] = QT_TRANSLATE_NOOP(
            "errors", "Nomor registrasi tidak sesuai pola fasilitas."
        )
    if data.sex not in SEXES:
        errors["sex"] = QT_TRANSLATE_NOOP("errors", "Pilih jenis kelamin (L atau P).")
    if data.nik:
        problem = nik_problem(data.nik)
        if problem:
            errors["nik"] = problem
    if data.religion and data.religion not in RELIGIONS:
        errors["religion"] = QT_TRANSLATE_NOOP(
            "errors",
            "Agama tidak dikenal: Islam, Kristen, Katolik, Hindu, Buddha, Konghucu atau Lainnya.",
        )
    _check_dates(data, today, errors)
    _check_status(data, errors)
    for index, case in enumerate(data.cases):
        _check_case(case, f"cases.{index}.", today, _first_detention(data), errors)
    warnings: dict[str, str] = {}
    _check_detentions(data.detentions, today, errors, warnings)
    for index, entry in enumerate(data.discipline):
        key = f"discipline.{index}."
        if entry.date > today:
            errors[key + "date"] = FUTURE
        if not entry.violation:
            errors[key + "violation"] = REQUIRED
        if not entry.punishment:
            errors[key + "punishment"] = REQUIRED
        if entry.period_start and entry.period_end and entry.period_end < entry.period_start:
            errors[key + "period_end"] = QT_TRANSLATE_NOOP(
                "errors", "Tanggal akhir sebelum tanggal mulai."
            )
    for key, message in too_long(data).items():
        errors.setdefault(key, message)
    if "nik" not in errors:
        warnings.update(nik_warnings(data.nik, data.birth_date, data.sex))
    return RecordCheck(errors, warnings)


def _check_detentions(
    periods: tuple[DetentionData, ...],
    today: date,
    errors: dict[str, str],
    warnings: dict[str, str],
) -> None:
    """Each period on its own, then the periods together: no two cover the same day, and no
    stage holds someone longer than KUHAP allows (beyond grant + extension only with the two
    Pasal 29 extensions, which staff confirm)."""
    stages = {c.value for c in DETAINEE_CODES}
    for index, period in enumerate(periods):
        key = f"detentions.{index}."
        if period.stage not in stages:
            errors[key + "stage"] = QT_TRANSLATE_NOOP("errors", "Tahap penahanan A.I-A.V.")
        if period.kind not in {k.value for k in DetentionKind}:
            errors[key + "kind"] = QT_TRANSLATE_NOOP("errors", "Jenis: rutan, rumah atau kota.")
        if period.end < period.start:
            errors[key + "end"] = QT_TRANSLATE_NOOP(
                "errors", "Tanggal akhir sebelum tanggal mulai."
            )
        if period.start > today and not _continues(period, periods, today):
            errors[key + "start"] = FUTURE
    for index in _overlapping(periods):
        errors.setdefault(f"detentions.{index}.start", DETENTION_OVERLAP)
    held: dict[str, int] = {}
    for index in sorted(range(len(periods)), key=lambda i: periods[i].start):
        period = periods[index]
        if period.stage not in stages or period.end < period.start:
            continue
        held[period.stage] = held.get(period.stage, 0) + held_days(period.start, period.end)
        key = f"detentions.{index}.end"
        if held[period.stage] > stage_limit(period.stage, grave=True):
            errors.setdefault(key, DETENTION_BEYOND_KUHAP)
        elif held[period.stage] > stage_limit(period.stage):
            warnings[key] = DETENTION_NEEDS_PASAL_29


def _overlapping(periods: tuple[DetentionData, ...]) -> set[int]:
    """Periods that share a day with one that starts before them (or earlier in the list)."""
    order = sorted(range(len(periods)), key=lambda i: (periods[i].start, i))
    found = set()
    for position, index in enumerate(order):
        period = periods[index]
        if any(periods[earlier].end >= period.start for earlier in order[:position]):
            found.add(index)
    return found


def _first_detention(data: InmateData) -> date | None:
    starts = [d.start for d in data.detentions]
    if data.admission_date:
        starts.append(data.admission_date)
    return min(starts) if starts else None


def _continues(period: DetentionData, periods: tuple[DetentionData, ...], today: date) -> bool:
    """A period that starts the day after a period already under way ends: an extension order
    recorded when it arrives, before the current period runs out (the expiry warnings ask for
    it 10 and 3 days ahead)."""
    return any(
        other is not period and other.start <= today and other.end + ONE_DAY == period.start
        for other in periods
    )


def _check_dates(data: InmateData, today: date, errors: dict[str, str]) -> None:
    for name in ("birth_date", "admission_date", "release_date", "death_date"):
        value = getattr(data, name)
        if value is not None and value > today:
            errors[name] = FUTURE
    if data.admission_date is None:
        errors["admission_date"] = REQUIRED
    if data.birth_date and data.admission_date and data.birth_date >= data.admission_date:
        errors.setdefault(
            "birth_date", QT_TRANSLATE_NOOP("errors", "Tanggal lahir harus sebelum tanggal masuk.")
        )
    elif data.birth_date and data.admission_date:
        age = full_years(data.birth_date, data.admission_date)
        if age < MIN_AGE:
            errors.setdefault("birth_date", TOO_YOUNG)
        elif age > MAX_AGE:
            errors.setdefault("birth_date", TOO_OLD)


def _check_status(data: InmateData, errors: dict[str, str]) -> None:
    if data.status not in {s.value for s in Status}:
        errors["status"] = QT_TRANSLATE_NOOP("errors", "Status tidak dikenal.")
        return
    status = Status(data.status)
    if not data.reg_code:
        errors["reg_code"] = REQUIRED
    elif data.reg_code not in {c.value for c in RegCode}:
        errors["reg_code"] = QT_TRANSLATE_NOOP("errors", "Kode registrasi tidak dikenal.")
    elif not code_fits_status(data.reg_code, status):
        errors["reg_code"] = (
            QT_TRANSLATE_NOOP("errors", "Tahanan memakai kode A.I-A.V (atau C).")
            if status is Status.TAHANAN
            else QT_TRANSLATE_NOOP("errors", "Narapidana memakai kode B.I-B.III, SH atau MT.")
        )
    if status is Status.NARAPIDANA:
        case = data.main_case()
        if case is None:
            errors["cases"] = QT_TRANSLATE_NOOP(
                "errors", "Narapidana harus mempunyai perkara dengan putusan."
            )
        else:
            index = data.cases.index(case)
            for name in ("verdict_number", "verdict_date", "inkracht_date", "sentence_type"):
                if not getattr(case, name):
                    errors.setdefault(f"cases.{index}.{name}", REQUIRED)
    if status is Status.BEBAS:
        if data.release_date is None:
            errors["release_date"] = REQUIRED
        if data.release_reason not in {r.value for r in ReleaseReason}:
            errors["release_reason"] = REQUIRED
    if status is Status.PINDAH:
        if data.release_date is None:
            errors["release_date"] = REQUIRED
        if not data.transfer_destination:
            errors["transfer_destination"] = REQUIRED
    if status is Status.MENINGGAL and data.death_date is None:
        errors["death_date"] = REQUIRED


def _check_case(
    case: CaseData, key: str, today: date, detention_start: date | None, errors: dict[str, str]
) -> None:
    for name in ("verdict_date", "inkracht_date"):
        value = getattr(case, name)
        if value is not None and value > today:
            errors[key + name] = FUTURE
    if case.verdict_date and case.inkracht_date and case.inkracht_date < case.verdict_date:
        errors.setdefault(
            key + "inkracht_date",
            QT_TRANSLATE_NOOP("errors", "Tanggal inkracht tidak boleh sebelum tanggal putusan."),
        )
    if detention_start and case.inkracht_date and detention_start > case.inkracht_date:
        errors.setdefault(
            key + "inkracht_date",
            QT_TRANSLATE_NOOP("errors", "Awal penahanan tidak boleh sesudah tanggal inkracht."),
        )
    if case.sentence_type and case.sentence_type not in {t.value for t in SentenceType}:
        errors[key + "sentence_type"] = QT_TRANSLATE_NOOP("errors", "Jenis pidana tidak dikenal.")
    elif case.sentence_type in {t.value for t in FIXED_TERM}:
        if not case.sentence.is_valid():
            errors[key + "sentence"] = QT_TRANSLATE_NOOP(
                "errors", "Lama pidana tidak boleh negatif."
            )
        elif not case.sentence.is_positive():
            errors[key + "sentence"] = QT_TRANSLATE_NOOP(
                "errors", "Lama pidana harus lebih dari nol untuk pidana penjara/kurungan."
            )
        elif longer_than_max(case.sentence_years, case.sentence_months, case.sentence_days):
            errors[key + "sentence"] = SENTENCE_TOO_LONG
    elif case.sentence_type and case.sentence.key() != (0, 0):
        # a life or death sentence has no length (the command line refuses it too)
        errors[key + "sentence"] = QT_TRANSLATE_NOOP(
            "errors",
            "Pidana seumur hidup atau mati tidak memiliki lama pidana: kosongkan tahun, "
            "bulan dan hari.",
        )
    if case.fine < 0:
        errors[key + "fine"] = QT_TRANSLATE_NOOP("errors", "Denda tidak boleh negatif.")
    if case.substitute_days < 0:
        errors[key + "substitute_days"] = QT_TRANSLATE_NOOP(
            "errors", "Hari pengganti denda tidak boleh negatif."
        )
