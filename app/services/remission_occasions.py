"""One ceremony per occasion: one Remisi Umum and one Remisi Dasawarsa a year, one Remisi Khusus
a year per holiday (remission.md: "One RK per religion per year"; Kristen and Katolik share
Natal, so one Natal ceremony computes both). Two RK ceremonies for one holiday in one year would
each grant to the same people, and both could be committed, giving them two RK in a year.
Checked when a ceremony is created or its date changed, and again when its grants are committed
(a database may hold two from before this check). Also the details' lengths."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import RemissionCeremony
from app.domain.remission.rules import RuleSet
from app.text import QT_TRANSLATE_NOOP

TEXT_MAX = 200  # the title and venue columns

SAME_OCCASION = QT_TRANSLATE_NOOP(
    "errors",
    "Sudah ada upacara remisi ini pada tahun {year}: “{title}”. Satu upacara per jenis remisi "
    "per tahun (Remisi Khusus: satu per hari besar; satu upacara Natal untuk Kristen dan Katolik). "
    "Bila tanggalnya berubah, ubah tanggal upacara itu.",
)
SAME_OCCASION_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Remisi upacara “{title}” tahun {year} sudah tercatat di register: satu upacara per jenis "
    "remisi per tahun (Remisi Khusus: satu per hari besar). Upacara ini tidak dapat dicatat juga.",
)
TOO_LONG = QT_TRANSLATE_NOOP("errors", "Paling banyak {max} huruf.")


def same_holiday(rules: RuleSet, religion: str) -> list[str]:
    """The religions whose Remisi Khusus falls on `religion`'s holiday (itself included)."""
    holiday = rules.holiday_of(religion)
    if holiday is None:
        return [religion]
    return sorted(r for r, h in rules.religion_holiday.items() if h == holiday)


def same_occasion(
    session: Session,
    rules: RuleSet,
    kind: str,
    year: int,
    religion: str,
    other_than: str | None = None,
    status: str | None = None,
) -> RemissionCeremony | None:
    """Another ceremony of `kind` in `year` (RK: on `religion`'s holiday, whichever religion it
    was made for), optionally of `status`."""
    c = RemissionCeremony
    religions = same_holiday(rules, religion) if kind == "RK" else [""]
    query = select(c).where(
        c.kind == kind,
        c.date.between(date(year, 1, 1), date(year, 12, 31)),
        c.religion.in_(religions),
    )
    if other_than is not None:
        query = query.where(c.id != other_than)
    if status is not None:
        query = query.where(c.status == status)
    return session.scalars(query.order_by(c.date).limit(1)).first()


def occasion_params(row: RemissionCeremony) -> dict[str, object]:
    return {"year": row.date.year, "title": row.title}


def length_problems(title: str, venue: str) -> tuple[dict[str, str], dict[str, dict[str, object]]]:
    """(field errors, their values) for a title or venue longer than the columns hold."""
    errors: dict[str, str] = {}
    for field, text in (("title", title), ("venue", venue)):
        if len(text.strip()) > TEXT_MAX:
            errors[field] = TOO_LONG
    return errors, {field: {"max": TEXT_MAX} for field in errors}
