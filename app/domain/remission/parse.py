"""Reading the CLI JSON contract (issue 5 item 4) into cases and an occasion, strictly.

Every problem names the case (its id, or `#n` = its position from 1 when the id is unusable) and
the field as a dotted path (`sentence.years`, `prior_remissions[0].date`). A case with a problem
is left out; the other cases are still returned. Unknown fields are problems too: a misspelt
optional field would otherwise silently take its default and give a wrong date.

Beyond the issue's contract: `flags.cuti_menjelang_bebas` (default false; RU/RK are not given on
pre-release leave); a detainee (`"status": "tahanan"`) may omit `sentence` or give null; `status`
and `religion` are required by `remission compute` only; dates must lie in 1900-2199 and counts
of days in 0-36600 (100 years), and a sentence's parts together at most 100 years (months above
11 are read as written: verdicts say "18 bulan"), so every computed date exists. A prior
remission dated before `detention_start` is a problem unless `detention_credit_days` is above 0
(only an earlier, credited detention of the same sentence can have had one). An unknown
field's message names the field probably meant, or lists the known ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from difflib import get_close_matches
from typing import Any

from app.domain.remission.arith import MAX_SENTENCE_YEARS, longer_than_max
from app.domain.remission.model import (
    OCCASION_KINDS,
    Case,
    Flags,
    Kind,
    Occasion,
    PriorRemission,
    Religion,
    Sentence,
    SentenceType,
    Status,
)
from app.domain.remission.rules import RuleSet

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Plausibility bounds: they keep every computed date inside what `datetime.date` can hold.
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2199, 12, 31)
MAX_DAYS = 36_600  # 100 years, for any count of days
MAX_SENTENCE = {"years": MAX_SENTENCE_YEARS, "months": MAX_SENTENCE_YEARS * 12, "days": MAX_DAYS}
SENTENCE_PARTS = ("type", "years", "months", "days")
OCCASION_FIELDS = ("kind", "date", "religion")
HISTORY_FIELDS = ("kind", "date", "days")
JSON_TYPES = {bool: "true/false", int: "angka", float: "angka", list: "daftar", dict: "objek"}
CASE_FIELDS = frozenset(
    [
        "id",
        "status",
        "religion",
        "birth_date",
        "sentence",
        "detention_start",
        "detention_credit_days",
        "inkracht_date",
        "fine_unpaid_subsidiary_days",
        "discipline",
        "prior_remissions",
        "flags",
    ]
)
FLAG_FIELDS = tuple(Flags.__dataclass_fields__)


@dataclass(frozen=True)
class InputProblem:
    case: str  # the case id, `#n`, "occasion" or "(berkas)"
    field: str
    message: str

    def __str__(self) -> str:
        return f"kasus {self.case}: {self.field}: {self.message}"


class _Bad(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def unknown_field(key: str, known: Iterable[str]) -> str:
    """The message for a field the contract does not have: the likely meant one when the name is
    close to a known field (a typo), else every known field."""
    known = sorted(known)
    close = get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return f'field tidak dikenal; maksudnya "{close[0]}"?'
    return f"field tidak dikenal (yang dikenal: {', '.join(known)})"


def _unknown(item: Mapping[str, Any], known: Iterable[str], prefix: str = "") -> list[_Bad]:
    """A problem for each field of `item` outside `known`, in name order."""
    known = tuple(known)
    return [_Bad(prefix + key, unknown_field(key, known)) for key in sorted(set(item) - set(known))]


def _shown(value: Any) -> str:
    """A value of the input as JSON writes it (true, null, "teks"), not as Python does."""
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _json_type(value: Any) -> str:
    """What a JSON value is, in the words of the messages (null, angka, daftar, ...)."""
    return "null" if value is None else JSON_TYPES.get(type(value), type(value).__name__)


@dataclass(frozen=True)
class ParsedInput:
    occasion: Occasion | None
    cases: tuple[Case, ...]
    problems: tuple[InputProblem, ...]


def parse_document(data: Any, rules: RuleSet, *, with_occasion: bool) -> ParsedInput:
    """The whole file: {"occasion": {...}, "cases": [...]} (occasion only for remission compute)."""
    if not isinstance(data, Mapping):
        return ParsedInput(None, (), (InputProblem("(berkas)", "(akar)", "harus objek JSON"),))
    problems: list[InputProblem] = []
    for bad in _unknown(data, ("cases", "occasion")):
        problems.append(InputProblem("(berkas)", bad.field, bad.message))
    occasion = None
    if with_occasion:
        try:
            occasion = parse_occasion(data.get("occasion"), rules)
        except _Bad as bad:
            problems.append(InputProblem("occasion", f"occasion.{bad.field}", bad.message))
    raw_cases = data.get("cases")
    if not isinstance(raw_cases, list):
        problems.append(InputProblem("(berkas)", "cases", "wajib diisi: daftar kasus"))
        raw_cases = []
    cases, case_problems = parse_cases(raw_cases, require_person=with_occasion)
    return ParsedInput(occasion, cases, (*problems, *case_problems))


def parse_occasion(data: Any, rules: RuleSet) -> Occasion:
    if not isinstance(data, Mapping):
        raise _Bad("(objek)", "wajib diisi: objek occasion")
    unknown = _unknown(data, OCCASION_FIELDS)
    if unknown:
        raise unknown[0]
    kind = _enum(data, "kind", Kind, required=True, allowed=OCCASION_KINDS)
    when = _date(data, "date", required=True)
    assert kind is not None and when is not None
    religion = None
    if kind == Kind.RK:
        religion = _enum(data, "religion", Religion, required=True)
        if rules.holiday_of(religion.value) is None:
            raise _Bad("religion", "agama ini tidak memiliki hari besar Remisi Khusus")
    if kind in (Kind.RU, Kind.RD):
        month_day = rules.ru_month_day if kind == Kind.RU else (rules.rd.month, rules.rd.day)
        if (when.month, when.day) != month_day:
            raise _Bad(
                "date", f"{kind.value} hanya pada tanggal {month_day[1]:02d}-{month_day[0]:02d}"
            )
        if kind == Kind.RD and not rules.rd.is_dasawarsa_year(when.year):
            raise _Bad(
                "date", "Remisi Dasawarsa hanya pada tahun dasawarsa (1995, 2005, 2015, 2025, ...)"
            )
    return Occasion(kind=kind, date=when, religion=religion)


def parse_cases(
    items: list[Any], *, require_person: bool
) -> tuple[tuple[Case, ...], list[InputProblem]]:
    """Each well-formed case, and a problem for each field of each bad one (all of them)."""
    cases: list[Case] = []
    problems: list[InputProblem] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        label = f"#{index + 1}"
        if isinstance(item, Mapping) and isinstance(item.get("id"), str) and item["id"].strip():
            label = item["id"]
        found: list[_Bad] = []
        case = _case(item, require_person, found)
        if label in seen:
            found.insert(0, _Bad("id", "duplikat: id ini sudah dipakai kasus sebelumnya"))
        seen.add(label)
        problems.extend(InputProblem(label, bad.field, bad.message) for bad in found)
        if case is not None and not found:
            cases.append(case)
    return tuple(cases), problems


def _case(item: Any, require_person: bool, found: list[_Bad]) -> Case | None:
    if not isinstance(item, Mapping):
        found.append(_Bad("(kasus)", "harus objek JSON"))
        return None
    found.extend(_unknown(item, CASE_FIELDS))
    values: dict[str, Any] = {}

    def take(name: str, read: Any) -> None:
        try:
            values[name] = read()
        except _Bad as bad:
            found.append(bad)

    take("id", lambda: _text(item, "id"))
    take(
        "status",
        lambda: _enum(item, "status", Status, required=require_person) or Status.NARAPIDANA,
    )
    take(
        "religion",
        lambda: _enum(item, "religion", Religion, required=require_person) or Religion.LAINNYA,
    )
    take("birth_date", lambda: _date(item, "birth_date"))
    take("sentence", lambda: _sentence(item.get("sentence"), item.get("status")))
    take("detention_start", lambda: _date(item, "detention_start", required=True))
    take("detention_credit_days", lambda: _count(item, "detention_credit_days"))
    take("inkracht_date", lambda: _date(item, "inkracht_date"))
    take("fine_unpaid_subsidiary_days", lambda: _count(item, "fine_unpaid_subsidiary_days"))
    take("discipline", lambda: _dates(item.get("discipline")))
    take("prior_remissions", lambda: _history(item.get("prior_remissions")))
    take("flags", lambda: _flags(item.get("flags")))
    if found:
        return None
    birth, start = values["birth_date"], values["detention_start"]
    if birth is not None and birth > start:
        found.append(_Bad("birth_date", "sesudah detention_start"))
        return None
    credited = values["detention_credit_days"] > 0  # an earlier detention of this sentence
    for i, prior in enumerate(values["prior_remissions"]):
        if prior.date < start and not credited:  # given in another detention
            found.append(_Bad(f"prior_remissions[{i}].date",
                              f"sebelum detention_start ({start.isoformat()}) padahal "
                              "detention_credit_days 0: remisi itu bukan dari penahanan ini"))  # fmt: skip
    if found:
        return None
    return Case(**values)


def _text(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    if value is None:
        raise _Bad(key, "wajib diisi: teks")
    if not isinstance(value, str):
        raise _Bad(key, f'harus teks dalam tanda kutip (misalnya "5"), bukan {_json_type(value)}: '
                        f"{_shown(value)}")  # fmt: skip
    if not value.strip():
        raise _Bad(key, "tidak boleh kosong")
    return value


def _enum(
    item: Mapping[str, Any], key: str, enum: Any, *, required: bool = False, allowed: Any = None
) -> Any:
    value = item.get(key)
    if value is None:
        if required:
            raise _Bad(key, "wajib diisi")
        return None
    choices = [e.value for e in (allowed or enum)]
    # in any case ("Islam", "ru"), as the register's import reads its choices
    found = [c for c in choices if isinstance(value, str) and c.casefold() == value.casefold()]
    if not found:
        raise _Bad(key, f"tidak dikenal: {_shown(value)} (pilihan: {', '.join(choices)})")
    return enum(found[0])


def parse_date(value: Any, field: str) -> date:
    if not isinstance(value, str) or not _DATE.match(value):
        raise _Bad(field, f"bukan tanggal YYYY-MM-DD: {_shown(value)}")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise _Bad(field, f"tanggal tidak mungkin: {_shown(value)}") from None
    if not FIRST_DATE <= parsed <= LAST_DATE:
        raise _Bad(field, f"di luar rentang {FIRST_DATE.year}-{LAST_DATE.year}: {_shown(value)}")
    return parsed


def _date(item: Mapping[str, Any], key: str, *, required: bool = False) -> date | None:
    value = item.get(key)
    if value is None:
        if required:
            raise _Bad(key, "wajib diisi: tanggal YYYY-MM-DD")
        return None
    return parse_date(value, key)


def _count(item: Mapping[str, Any], key: str, prefix: str = "", maximum: int = MAX_DAYS) -> int:
    value = item.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Bad(prefix + key, f"harus bilangan bulat 0 atau lebih: {_shown(value)}")
    if value > maximum:
        raise _Bad(prefix + key, f"terlalu besar (paling banyak {maximum}): {_shown(value)}")
    return value


def _sentence(value: Any, status: Any) -> Sentence | None:
    if value is None:
        if isinstance(status, str) and status.casefold() == Status.TAHANAN.value:
            return None  # a detainee may have no sentence yet
        raise _Bad("sentence", "wajib diisi untuk narapidana")
    if not isinstance(value, Mapping):
        raise _Bad("sentence", "harus objek")
    unknown = _unknown(value, SENTENCE_PARTS, "sentence.")
    if unknown:
        raise unknown[0]
    try:
        kind = SentenceType(_enum(value, "type", SentenceType, required=True))
    except _Bad as bad:
        raise _Bad("sentence.type", bad.message) from None
    years, months, days = (_count(value, k, "sentence.", MAX_SENTENCE[k]) for k in MAX_SENTENCE)
    if kind.is_fixed_term and years == months == days == 0:
        raise _Bad("sentence", "lama pidana penjara/kurungan harus lebih dari 0")
    if not kind.is_fixed_term and (years or months or days):
        raise _Bad("sentence", f"pidana {kind.value} tidak memiliki lama pidana: years, months "
                               "dan days harus 0 atau tidak diisi")  # fmt: skip
    if longer_than_max(years, months, days):
        raise _Bad("sentence", f"lama pidana seluruhnya (tahun + bulan + hari) paling lama "
                               f"{MAX_SENTENCE_YEARS} tahun: {years} tahun {months} bulan {days} hari")  # fmt: skip
    return Sentence(kind, years, months, days)


def _dates(value: Any) -> tuple[date, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _Bad("discipline", "harus daftar tanggal")
    return tuple(parse_date(v, f"discipline[{i}]") for i, v in enumerate(value))


def _history(value: Any) -> tuple[PriorRemission, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _Bad("prior_remissions", "harus daftar")
    result = []
    for i, entry in enumerate(value):
        p = f"prior_remissions[{i}]"
        if not isinstance(entry, Mapping):
            raise _Bad(p, "harus objek")
        unknown = _unknown(entry, HISTORY_FIELDS, f"{p}.")
        if unknown:
            raise unknown[0]
        try:
            kind = _enum(entry, "kind", Kind, required=True)
            when = _date(entry, "date", required=True)
            if "days" not in entry:
                raise _Bad("days", "wajib diisi")
            days = _count(entry, "days")
        except _Bad as bad:
            raise _Bad(f"{p}.{bad.field}", bad.message) from None
        result.append(PriorRemission(kind, when, days))
    return tuple(result)


def _flags(value: Any) -> Flags:
    if value is None:
        return Flags()
    if not isinstance(value, Mapping):
        raise _Bad("flags", "harus objek")
    unknown = _unknown(value, FLAG_FIELDS, "flags.")
    if unknown:
        raise unknown[0]
    defaults = Flags()
    values = {}
    for name in FLAG_FIELDS:
        flag = value.get(name, getattr(defaults, name))
        if not isinstance(flag, bool):
            raise _Bad(f"flags.{name}", "harus true atau false")
        values[name] = flag
    return Flags(**values)
