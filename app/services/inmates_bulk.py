"""Fast writes of many inmates in one transaction (import, demo data): core INSERTs, and audit
events appended to the same hash chain in a batch (same hashes as audit.record would write)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.db.base import new_uuid
from app.db.models import (
    DetentionPeriod,
    DisciplineEntry,
    Inmate,
    InmateCase,
    InmatePlacement,
    StatusEvent,
)
from app.domain.inmates.record import InmateData
from app.services.audit import to_json
from app.services.inmates_store import CASE_FIELDS, row_values

CHUNK = 2000


def insert_inmates(
    session: Session, records: Iterable[InmateData], username: str, now: datetime, today: date
) -> list[str]:
    """INSERT the records with their cases, periods, discipline, first placement and admission
    event; returns the new ids in order. The caller audits and commits."""
    ids: list[str] = []
    batches: dict[type, list[dict[str, Any]]] = {
        Inmate: [], InmateCase: [], DetentionPeriod: [], DisciplineEntry: [],
        InmatePlacement: [], StatusEvent: [],
    }  # fmt: skip
    for data in records:
        inmate_id = new_uuid()
        ids.append(inmate_id)
        when = data.admission_date or today
        batches[Inmate].append(
            {
                **row_values(data),
                "id": inmate_id,
                "photo": None,
                "created_at": now,
                "updated_at": now,
            }
        )
        for position, case in enumerate(data.cases):
            batches[InmateCase].append(
                {
                    "inmate_id": inmate_id,
                    "position": position,
                    **{n: getattr(case, n) for n in CASE_FIELDS},
                }
            )
        for period in data.detentions:
            batches[DetentionPeriod].append(
                {
                    "inmate_id": inmate_id,
                    "stage": period.stage,
                    "kind": period.kind,
                    "start_date": period.start,
                    "end_date": period.end,
                }
            )
        for entry in data.discipline:
            batches[DisciplineEntry].append(
                {
                    "inmate_id": inmate_id,
                    "date": entry.date,
                    "violation": entry.violation,
                    "punishment": entry.punishment,
                    "period_start": entry.period_start,
                    "period_end": entry.period_end,
                }
            )
        if data.block or data.cell:
            batches[InmatePlacement].append(
                {
                    "inmate_id": inmate_id,
                    "block": data.block,
                    "cell": data.cell,
                    "start_date": when,
                    "end_date": None,
                    "username": username,
                }
            )
        batches[StatusEvent].append(
            {
                "inmate_id": inmate_id,
                "kind": "admission",
                "date": when,
                "from_status": "",
                "to_status": data.status,
                "reason": "",
                "destination": "",
                "document": data.admission_source,
                "note": "",
                "username": username,
                "at": now,
            }
        )
        if len(batches[Inmate]) >= CHUNK:
            _flush(session, batches)
    _flush(session, batches)
    return ids


def _flush(session: Session, batches: dict[type, list[dict[str, Any]]]) -> None:
    for model, rows in batches.items():  # Inmate first: the children refer to it
        if rows:
            session.execute(insert(model), rows)
            rows.clear()


def plain_json(value: Any) -> Any:
    """A value as the audit log stores it (used to compare before/after cheaply)."""
    text = to_json(value)
    return json.loads(text) if text else None
