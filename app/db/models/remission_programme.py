"""A remission ceremony's programme: the run sheet (agenda items in order), the invited guests
(the mayor hands over the decrees symbolically) and the recipients' attendance on the day.

Agenda and guests are kept in an explicit order (`position`, 0, 1, 2, ... per ceremony).
Attendance holds one row per recipient once a status was recorded; no row means "not recorded".
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class CeremonyAgendaItem(Base):
    """One line of the run sheet (susunan acara): when, what, who performs or speaks."""

    __tablename__ = "remission_agenda_items"
    __table_args__ = (Index("ix_remission_agenda_items_order", "ceremony_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ceremony_id: Mapped[str] = mapped_column(
        ForeignKey("remission_ceremonies.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    end_time: Mapped[str] = mapped_column(String(5), default="")  # "" when open-ended
    activity: Mapped[str] = mapped_column(String(300))
    performer: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CeremonyGuest(Base):
    """An invited guest: name, office or institution, role at the ceremony, and whether they came
    (None: not known yet)."""

    __tablename__ = "remission_ceremony_guests"
    __table_args__ = (Index("ix_remission_ceremony_guests_order", "ceremony_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ceremony_id: Mapped[str] = mapped_column(
        ForeignKey("remission_ceremonies.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    office: Mapped[str] = mapped_column(String(200), default="")  # "Wali Kota Pekalongan"
    role: Mapped[str] = mapped_column(String(300), default="")  # "memberi sambutan"
    attended: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class CeremonyAttendance(Base):
    """A recipient's attendance at the ceremony: hadir, tidak_hadir, izin or sakit."""

    __tablename__ = "remission_ceremony_attendance"
    __table_args__ = (UniqueConstraint("ceremony_id", "inmate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ceremony_id: Mapped[str] = mapped_column(
        ForeignKey("remission_ceremonies.id", ondelete="CASCADE")
    )
    inmate_id: Mapped[str] = mapped_column(ForeignKey("inmates.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
