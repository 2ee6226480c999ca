"""Remission: the per-inmate ledger of grants, per-inmate flags (donor, pemuka, ...), ceremonies
and their proposal lines (the computed decision, an override with its justification, the SK).

A ceremony goes draft -> approved -> locked; locking writes the approved grants into the ledger.
A ledger entry is never deleted: a correction voids it (with a reason) and adds a new one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, new_uuid, utcnow


class RemissionGrant(Base):
    """One remission received (the ledger): RU, RK, RD, RT or PMP (a child's RU/RK)."""

    __tablename__ = "remission_grants"
    __table_args__ = (Index("ix_remission_grants_inmate", "inmate_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inmate_id: Mapped[str] = mapped_column(ForeignKey("inmates.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(3))
    basis_kind: Mapped[str] = mapped_column(String(2), default="")  # PMP: given as RU or RK
    date: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    sk_number: Mapped[str] = mapped_column(String(100), default="")
    sk_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    category: Mapped[str] = mapped_column(String(3), default="")
    ceremony_id: Mapped[str | None] = mapped_column(
        ForeignKey("remission_ceremonies.id"), nullable=True, index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    username: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RemissionFlags(Base):
    """Facts the register does not hold, set by staff per inmate with a note."""

    __tablename__ = "remission_flags"

    inmate_id: Mapped[str] = mapped_column(
        ForeignKey("inmates.id", ondelete="CASCADE"), primary_key=True
    )
    donor: Mapped[bool] = mapped_column(Boolean, default=False)
    pemuka: Mapped[bool] = mapped_column(Boolean, default=False)
    escaped: Mapped[bool] = mapped_column(Boolean, default=False)
    corruption_fines_paid: Mapped[bool] = mapped_column(Boolean, default=True)
    terrorism_programme_done: Mapped[bool] = mapped_column(Boolean, default=True)
    cuti_menjelang_bebas: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    username: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RemissionCeremony(Base):
    __tablename__ = "remission_ceremonies"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    kind: Mapped[str] = mapped_column(String(2))
    date: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200), default="")
    religion: Mapped[str] = mapped_column(String(20), default="")  # RK only
    status: Mapped[str] = mapped_column(String(10), default="draft")
    computed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    locked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    locked_by: Mapped[str] = mapped_column(String(64), default="")  # recorded the grants
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CeremonyLine(Base):
    """One inmate on a ceremony's proposal list: the computed decision and what staff decided."""

    __tablename__ = "remission_ceremony_lines"
    __table_args__ = (UniqueConstraint("ceremony_id", "inmate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ceremony_id: Mapped[str] = mapped_column(
        ForeignKey("remission_ceremonies.id", ondelete="CASCADE")
    )
    inmate_id: Mapped[str] = mapped_column(ForeignKey("inmates.id", ondelete="CASCADE"))
    # the engine's decision as computed (reasons with their legal basis in `decision`, JSON)
    eligible: Mapped[bool] = mapped_column(Boolean)
    susulan: Mapped[bool] = mapped_column(Boolean, default=False)
    child: Mapped[bool] = mapped_column(Boolean, default=False)
    days: Mapped[int] = mapped_column(Integer, default=0)
    additional_days: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(3), default="")
    release_before: Mapped[date | None] = mapped_column(Date, nullable=True)
    release_after: Mapped[date | None] = mapped_column(Date, nullable=True)
    substitute_days: Mapped[int] = mapped_column(Integer, default=0)
    decision: Mapped[str] = mapped_column(Text, default="{}")
    # an override replaces the computed grant; it needs a written justification
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    override_granted: Mapped[bool] = mapped_column(Boolean, default=False)
    override_days: Mapped[int] = mapped_column(Integer, default=0)
    override_additional_days: Mapped[int] = mapped_column(Integer, default=0)
    override_category: Mapped[str] = mapped_column(String(3), default="")
    override_release_after: Mapped[date | None] = mapped_column(Date, nullable=True)
    override_justification: Mapped[str] = mapped_column(Text, default="")
    override_by: Mapped[str] = mapped_column(String(64), default="")
    sk_number: Mapped[str] = mapped_column(String(100), default="")
    sk_date: Mapped[date | None] = mapped_column(Date, nullable=True)
