"""How long each text of an inmate record may be: the register's column widths, so a pasted
paragraph cannot become a name that breaks every printed list. Forms cap their fields with the
same numbers (`FIELD_LIMITS`), and the record check refuses longer text from an import."""

from __future__ import annotations

from app.domain.inmates.record import InmateData
from app.text import QT_TRANSLATE_NOOP

FIELD_LIMITS: dict[str, int] = {
    "reg_number": 40, "full_name": 200, "aliases": 300, "birth_place": 100, "occupation": 100,
    "address": 400, "origin": 200, "next_of_kin": 300, "block": 40, "cell": 40,
    "admission_source": 200, "transfer_destination": 200,
}  # fmt: skip
CASE_LIMITS: dict[str, int] = {
    "articles": 300, "crime_category": 100, "court": 200, "verdict_number": 100,
}  # fmt: skip
DISCIPLINE_LIMITS: dict[str, int] = {"violation": 300, "punishment": 300}

TOO_LONG: dict[int, str] = {
    40: QT_TRANSLATE_NOOP("errors", "Terlalu panjang: paling banyak 40 huruf."),
    100: QT_TRANSLATE_NOOP("errors", "Terlalu panjang: paling banyak 100 huruf."),
    200: QT_TRANSLATE_NOOP("errors", "Terlalu panjang: paling banyak 200 huruf."),
    300: QT_TRANSLATE_NOOP("errors", "Terlalu panjang: paling banyak 300 huruf."),
    400: QT_TRANSLATE_NOOP("errors", "Terlalu panjang: paling banyak 400 huruf."),
}


def too_long(data: InmateData) -> dict[str, str]:
    """Field key -> message for every text longer than its limit."""
    found: dict[str, str] = {}

    def check(prefix: str, item: object, limits: dict[str, int]) -> None:
        for name, limit in limits.items():
            if len(str(getattr(item, name) or "")) > limit:
                found[prefix + name] = TOO_LONG[limit]

    check("", data, FIELD_LIMITS)
    for index, case in enumerate(data.cases):
        check(f"cases.{index}.", case, CASE_LIMITS)
    for index, entry in enumerate(data.discipline):
        check(f"discipline.{index}.", entry, DISCIPLINE_LIMITS)
    return found
