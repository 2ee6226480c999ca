"""One ceremony per occasion: one Remisi Umum and one Remisi Dasawarsa a year, one Remisi Khusus
a year per religion (remission.md: "One RK per religion per year"). Two RK ceremonies for one
religion in one year would each grant, and both could be committed, giving the same people two
RK in a year. Checked when a ceremony is created or its date changed, and again when its grants
are committed (a database may hold two from before this check). Also the details' lengths."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import RemissionCeremony
from app.text import QT_TRANSLATE_NOOP

TEXT_MAX = 200  # the title and venue columns

SAME_OCCASION = QT_TRANSLATE_NOOP(
    "errors",
    "Sudah ada upacara remisi ini pada tahun {year}: “{title}”. Satu upacara per jenis remisi "
    "per tahun (Remisi Khusus: satu per agama). Bila tanggalnya berubah, ubah tanggal upacara "
    "itu.",
)
SAME_OCCASION_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Remisi upacara “{title}” tahun {year} sudah tercatat di register: satu upacara per jenis "
    "remisi per tahun (Remisi Khusus: satu per agama). Upacara ini tidak dapat dicatat juga.",
)
TOO_LONG = QT_TRANSLATE_NOOP("errors", "Paling banyak {max} huruf.")


def same_occasion(
    session: Session,
    kind: str,
    year: int,
    religion: str,
    other_than: str | None = None,
    status: str | None = None,
) -> RemissionCeremony | None:
    """Another ceremony of `kind` in `year` (RK: of `religion`), optionally of `status`."""
    c = RemissionCeremony
    query = select(c).where(
        c.kind == kind,
        c.date.between(date(year, 1, 1), date(year, 12, 31)),
        c.religion == (religion if kind == "RK" else ""),
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
