"""The inmate register: the person (UUID + registration number), placements, cases, detention
periods, discipline (register F) and status events.

`search_text` holds name, aliases, registration number and NIK in lowercase without accents, so
search-as-you-type is one LIKE on one column; `detention_until` is the end of the current
detention period, kept by the service, so the expiry warnings are one indexed range query.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.db.base import Base, new_uuid, utcnow


class Inmate(Base):
    __tablename__ = "inmates"
    __table_args__ = (
        # The list's covering index: walked in name order, every filter and the search column
        # are checked inside the index, so the first page stops after 100 matches and the count
        # never touches the (wide) table rows. Measured: 7x faster than a (status) index.
        Index(
            "ix_inmates_list",
            "name_key",
            "status",
            "sex",
            "religion",
            "reg_code",
            "block",
            "search_text",
        ),
        Index("ix_inmates_nik", "nik"),
        Index("ix_inmates_reg_sort_key", "reg_sort_key"),
        Index("ix_inmates_detention_until", "detention_until"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    reg_number: Mapped[str] = mapped_column(String(40), unique=True)
    # the number with each digit run padded (number_sort_key): B.I-2 sorts before B.I-10
    reg_sort_key: Mapped[str] = mapped_column(String(120), default="")
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))  # lowercase name for sorting
    search_text: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(String(300), default="")
    nik: Mapped[str] = mapped_column(String(16), default="")
    sex: Mapped[str] = mapped_column(String(1))
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    religion: Mapped[str] = mapped_column(String(20), default="")
    education: Mapped[str] = mapped_column(String(40), default="")
    marital_status: Mapped[str] = mapped_column(String(40), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    origin: Mapped[str] = mapped_column(String(200), default="")
    next_of_kin: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20))
    reg_code: Mapped[str] = mapped_column(String(10))
    block: Mapped[str] = mapped_column(String(40), default="")
    cell: Mapped[str] = mapped_column(String(40), default="")
    admission_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    admission_source: Mapped[str] = mapped_column(String(200), default="")
    release_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    release_reason: Mapped[str] = mapped_column(String(20), default="")
    transfer_destination: Mapped[str] = mapped_column(String(200), default="")
    death_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    detention_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class InmatePlacement(Base):
    __tablename__ = "inmate_placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    inmate_id: Mapped[str] = mapped_column(ForeignKey("inmates.id", ondelete="CASCADE"), index=True)
    block: Mapped[str] = mapped_column(String(40))
    cell: Mapped[str] = mapped_column(String(40))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")


class InmateCase(Base):
    __tablename__ = "inmate_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    inmate_id: Mapped[str] = mapped_column(ForeignKey("inmates.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    articles: Mapped[str] = mapped_column(String(300), default="")
    crime_category: Mapped[str] = mapped_column(String(100), default="")
    court: Mapped[str] = mapped_column(String(200), default="")
    verdict_number: Mapped[str] = mapped_column(String(100), default="")
    verdict_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    inkracht_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sentence_type: Mapped[str] = mapped_column(String(20), default="")
    sentence_years: Mapped[int] = mapped_column(Integer, default=0)
    sentence_months: Mapped[int] = mapped_column(Integer, default=0)
    sentence_days: Mapped[int] = mapped_column(Integer, default=0)
    fine: Mapped[int] = mapped_column(Integer, default=0)
    substitute_days: Mapped[int] = mapped_column(Integer, default=0)
    fine_paid: Mapped[bool] = mapped_column(Boolean, default=False)


class DetentionPeriod(Base):
    __tablename__ = "detention_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    inmate_id: Mapped[str] = mapped_column(ForeignKey("inmates.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10), default="rutan")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)


class DisciplineEntry(Base):
    """Register F: a disciplinary punishment recorded against a person."""

    __tablename__ = "discipline_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    inmate_id: Mapped[str] = mapped_column(ForeignKey("inmates.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    violation: Mapped[str] = mapped_column(String(300))
    punishment: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)


class StatusEvent(Base):
    """Admission, verdict, release, transfer or death, with the papers that justify it."""

    __tablename__ = "inmate_status_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    inmate_id: Mapped[str] = mapped_column(ForeignKey("inmates.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[date] = mapped_column(Date)
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(40), default="")
    destination: Mapped[str] = mapped_column(String(200), default="")
    document: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    username: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
