"""The audit trail: append events to the hash chain, list them, and verify the chain.

Each event's hash is SHA-256 over the previous event's hash and the event's own fields. The head
(count and last hash) is also kept in app_meta, so removing the newest events is detected too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db.models import AppMeta, AuditEvent
from app.db.uow import UnitOfWorkFactory
from app.domain.roles import Permission
from app.services.actor import Actor, require
from app.services.clock import Clock, system_clock
from app.services.entitlement import require_current

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def to_json(value: Any) -> str | None:
    """A before/after value as the audit log stores it (sorted keys, dates as ISO text)."""
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def event_hash(
    prev_hash: str,
    at: datetime,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    before_json: str | None,
    after_json: str | None,
) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(), username, action, entity, entity_id, before_json, after_json],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor | str,
    action: str,
    entity: str,
    entity_id: object = "",
    before: Any = None,
    after: Any = None,
    clock: Clock = system_clock,
) -> AuditEvent:
    """Append one event in the caller's transaction (it commits with the change it describes).
    An Actor must still hold their account as at login (`require_current`). A caller that
    checked that itself earlier in the transaction passes the user name instead: a change to
    the actor's own account (after it, a role just given up would read as a changed account)."""
    if isinstance(actor, Actor):
        require_current(session, actor)
    username = actor if isinstance(actor, str) else actor.username
    last = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev = last or GENESIS
    at = clock()
    before_json, after_json = to_json(before), to_json(after)
    digest = event_hash(prev, at, username, action, entity, str(entity_id), before_json, after_json)
    event = AuditEvent(
        at=at,
        username=username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before_json=before_json,
        after_json=after_json,
        prev_hash=prev,
        hash=digest,
    )
    session.add(event)
    _advance_head(session, 1, digest)
    session.flush()
    return event


def _advance_head(session: Session, added: int, last_hash: str) -> None:
    head = session.get(AppMeta, HEAD_KEY)
    count = (int(head.value.split(":")[0]) if head else 0) + added
    if head is None:
        session.add(AppMeta(key=HEAD_KEY, value=f"{count}:{last_hash}"))
    else:
        head.value = f"{count}:{last_hash}"


BULK_CHUNK = 500


def record_many(
    session: Session,
    actor: Actor,
    events: Iterable[tuple[str, str, str, Any, Any]],
    at: datetime,
) -> int:
    """Append many (action, entity, entity_id, before, after) events in one batch (imports):
    the same chain, hashes and account check as `record`, written with bulk inserts."""
    require_current(session, actor)
    username = actor.username
    session.flush()
    prev = (
        session.execute(
            select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ).scalar_one_or_none()
        or GENESIS
    )
    rows: list[dict[str, Any]] = []
    for action, entity, entity_id, before, after in events:
        before_json, after_json = to_json(before), to_json(after)
        digest = event_hash(prev, at, username, action, entity, entity_id, before_json, after_json)
        rows.append({"at": at, "username": username, "action": action, "entity": entity,
                     "entity_id": entity_id, "before_json": before_json,
                     "after_json": after_json, "prev_hash": prev, "hash": digest})  # fmt: skip
        prev = digest
    if not rows:
        return 0
    for start in range(0, len(rows), BULK_CHUNK):
        session.execute(insert(AuditEvent), rows[start : start + BULK_CHUNK])
    _advance_head(session, len(rows), prev)
    session.flush()
    return len(rows)


@dataclass(frozen=True)
class AuditEventDTO:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditFilter:
    text: str = ""
    username: str = ""  # the start of a user name, any case: "budi" finds budi.s
    entity: str = ""
    entity_id: str = ""
    action: str = ""  # exact action code, e.g. "user_disabled"
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    broken_id: int | None = None
    reason: str = ""


class AuditService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def list_events(
        self, actor: Actor, flt: AuditFilter, offset: int = 0, limit: int = 200
    ) -> list[AuditEventDTO]:
        require(actor, Permission.VIEW_AUDIT)
        with self._uow() as uow:
            stmt = self._filtered(select(AuditEvent), flt).order_by(AuditEvent.id.desc())
            rows = uow.session.scalars(stmt.offset(offset).limit(limit)).all()
            return [_to_dto(row) for row in rows]

    def count_events(self, actor: Actor, flt: AuditFilter) -> int:
        require(actor, Permission.VIEW_AUDIT)
        with self._uow() as uow:
            stmt = self._filtered(select(func.count(AuditEvent.id)), flt)
            return int(uow.session.scalar(stmt) or 0)

    def history(self, actor: Actor, entity: str, entity_id: str) -> list[AuditEventDTO]:
        """The changes to one record, oldest first (the record screens' "history")."""
        with self._uow() as uow:
            stmt = (
                select(AuditEvent)
                .where(AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id))
                .order_by(AuditEvent.id)
            )
            return [_to_dto(row) for row in uow.session.scalars(stmt)]

    @staticmethod
    def _filtered(stmt, flt: AuditFilter):
        if flt.username:
            # LIKE: ASCII case does not count (an attempt logged as typed, "Budi.S", is found)
            stmt = stmt.where(AuditEvent.username.startswith(flt.username, autoescape=True))
        if flt.entity:
            stmt = stmt.where(AuditEvent.entity == flt.entity)
        if flt.entity_id:
            stmt = stmt.where(AuditEvent.entity_id == flt.entity_id)
        if flt.action:
            stmt = stmt.where(AuditEvent.action == flt.action)
        if flt.date_from:
            stmt = stmt.where(AuditEvent.at >= datetime.combine(flt.date_from, datetime.min.time()))
        if flt.date_to:
            stmt = stmt.where(AuditEvent.at <= datetime.combine(flt.date_to, datetime.max.time()))
        if flt.text:
            like = f"%{flt.text}%"
            stmt = stmt.where(
                AuditEvent.action.ilike(like)
                | AuditEvent.before_json.ilike(like)
                | AuditEvent.after_json.ilike(like)
            )
        return stmt

    def verify(self) -> VerifyResult:
        """Walk the chain from the first event; report the first event that does not fit."""
        with self._uow() as uow:
            prev = GENESIS
            count = 0
            expected_id = None
            for row in uow.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
                count += 1
                if expected_id is not None and row.id != expected_id:
                    return VerifyResult(False, count - 1, expected_id, "event missing (deleted)")
                if row.prev_hash != prev:
                    return VerifyResult(False, count - 1, row.id, "previous hash does not match")
                digest = event_hash(
                    row.prev_hash, row.at, row.username, row.action, row.entity,
                    row.entity_id, row.before_json, row.after_json,
                )  # fmt: skip
                if digest != row.hash:
                    return VerifyResult(False, count - 1, row.id, "content changed")
                prev = row.hash
                expected_id = row.id + 1
                uow.session.expunge(row)
            head = uow.session.get(AppMeta, HEAD_KEY)
            if head is not None:
                head_count, head_hash = head.value.split(":", 1)
                if int(head_count) != count or head_hash != prev:
                    missing = expected_id or 1
                    return VerifyResult(False, count, missing, "newest events missing (deleted)")
            elif count:
                return VerifyResult(False, count, 1, "chain head missing")
            return VerifyResult(True, count)


def _to_dto(row: AuditEvent) -> AuditEventDTO:
    return AuditEventDTO(
        id=row.id,
        at=row.at,
        username=row.username,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        before=json.loads(row.before_json) if row.before_json else None,
        after=json.loads(row.after_json) if row.after_json else None,
    )
