"""The remission rule table as the facility uses it (`services.rule_tables`): viewed by every
logged-in role (it holds no personal data), changed or reset to the shipped table by an admin
(EDIT_RULES) with a written reason, every change audited with the changed keys.

Storage: `rule_tables` is append-only; the newest row is in effect (data NULL: the shipped
table). A stored table that no longer validates (say, after a Sibina update tightened a rule) is
set aside: the shipped table is used and `RuleTableDTO.problem` says why.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.db.models import RuleTable
from app.db.uow import UnitOfWorkFactory
from app.domain.remission.rules import RuleTableError, parse_rules
from app.domain.roles import Permission
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.clock import Clock, system_clock
from app.services.rule_effective import (
    EDITED,
    REMISSION,
    SHIPPED,
    Effective,
    effective_rules,
    shipped,
    shipped_digest,
)
from app.services.rule_paths import RuleChange, changes
from app.text import QT_TRANSLATE_NOOP

MIN_NOTE = 10
ENTITY = "rule_table"
NOTE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "errors", "Tuliskan dasar perubahan (sedikitnya 10 huruf), misalnya peraturan yang baru."
)
TABLE_INVALID = QT_TRANSLATE_NOOP(
    "errors", "Tabel aturan remisi tidak sah; periksa isian yang ditandai."
)


@dataclass(frozen=True)
class RuleTableDTO:
    """The table in effect. `data` is a copy: change it freely and hand it to `save`."""

    data: dict[str, Any]
    source: str  # "shipped" (bawaan) or "edited" (diubah)
    revision: int  # the newest change's id; 0 when the table was never changed
    changed_by: str  # who made the newest change (also a reset); "" when never changed
    changed_at: datetime | None
    note: str
    problem: str = ""  # a stored edited table no longer validates: "key: problem"
    problem_key: str = ""
    shipped_updated: bool = False  # edited against an older shipped table (check it again)

    @property
    def edited(self) -> bool:
        return self.source == EDITED


@dataclass(frozen=True)
class RuleTableRevision:
    """One entry of the history, newest first: `action` is "edited" or "reset"."""

    id: int
    at: datetime
    username: str
    action: str
    note: str
    changes: tuple[RuleChange, ...]


def _logged_in(actor: Actor | None) -> None:
    if not isinstance(actor, Actor):
        raise PermissionDenied()


def _dto(found: Effective) -> RuleTableDTO:
    problem = f"{found.problem_key}: {found.problem}" if found.problem else ""
    return RuleTableDTO(
        data=found.rules.raw(), source=found.source, revision=found.revision,
        changed_by=found.changed_by, changed_at=found.changed_at, note=found.note,
        problem=problem, problem_key=found.problem_key, shipped_updated=found.stale,
    )  # fmt: skip


def _revision(row: RuleTable) -> RuleTableRevision:
    return RuleTableRevision(
        id=row.id,
        at=row.created_at,
        username=row.username,
        action="reset" if row.data is None else "edited",
        note=row.note,
        changes=tuple(RuleChange(*c) for c in json.loads(row.changes or "[]")),
    )


def _audit_values(found: list[RuleChange]) -> tuple[dict[str, Any], dict[str, Any]]:
    return {c.path: c.old for c in found}, {c.path: c.new for c in found}


class RuleTableService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._effective = effective_rules(uow_factory)

    # Reading ----------------------------------------------------------------------------------
    def current(self, actor: Actor) -> RuleTableDTO:
        _logged_in(actor)
        return _dto(self._effective.get())

    def shipped_table(self, actor: Actor) -> dict[str, Any]:
        """The table shipped with this Sibina (what a reset puts back)."""
        _logged_in(actor)
        return shipped().raw()

    def history(self, actor: Actor) -> list[RuleTableRevision]:
        _logged_in(actor)
        with self._uow() as uow:
            stmt = select(RuleTable).where(RuleTable.name == REMISSION)
            return [
                _revision(row) for row in uow.session.scalars(stmt.order_by(RuleTable.id.desc()))
            ]

    def check_at_start(self) -> Effective:
        """Validate the shipped table (ShippedRulesBroken stops start-up) and the stored one
        (a broken stored table is logged and set aside; `current().problem` tells people)."""
        shipped()
        return self._effective.get()

    # Writing ----------------------------------------------------------------------------------
    def save(
        self, actor: Actor, data: Mapping[str, Any], note: str, based_on: int | None = None
    ) -> RuleTableDTO:
        """Put `data` in effect. ValidationError: `note`, or the rule key path that is wrong
        (e.g. "ru.rows[0].days"), or no change at all. Conflict: `based_on` (the revision the
        editor started from) is no longer the newest."""
        require(actor, Permission.EDIT_RULES)
        errors = self._note_errors(note)
        try:
            parse_rules(data)
            text = json.dumps(data, ensure_ascii=False)
        except RuleTableError as exc:
            errors[exc.key] = exc.problem
        except (TypeError, ValueError):
            errors["(akar)"] = QT_TRANSLATE_NOOP("errors", "Tabel berisi nilai yang bukan JSON.")
        if errors:
            rule_keys = any(key != "note" for key in errors)
            raise ValidationError(errors, TABLE_INVALID if rule_keys else None)
        with self._uow() as uow:
            uow.lock_for_write()
            found = self._effective.in_session(uow.session)
            self._check_based_on(found, based_on)
            changed = changes(found.rules.raw(), data)
            if not changed:
                raise ValidationError(
                    template=QT_TRANSLATE_NOOP(
                        "errors", "Tidak ada perubahan: tabel sama dengan yang sedang berlaku."
                    )
                )
            self._append(uow.session, actor, text, note, changed, found, "rule_table_changed")
            uow.commit()
        return self.current(actor)

    def reset(self, actor: Actor, note: str, based_on: int | None = None) -> RuleTableDTO:
        """Back to the shipped table (a new history entry; the edits stay in the history)."""
        require(actor, Permission.EDIT_RULES)
        errors = self._note_errors(note)
        if errors:
            raise ValidationError(errors)
        with self._uow() as uow:
            uow.lock_for_write()
            found = self._effective.in_session(uow.session)
            self._check_based_on(found, based_on)
            if found.source == SHIPPED and not found.problem:
                raise ValidationError(
                    template=QT_TRANSLATE_NOOP("errors", "Tabel bawaan sudah berlaku.")
                )
            changed = changes(found.rules.raw(), shipped().raw())
            self._append(uow.session, actor, None, note, changed, found, "rule_table_reset")
            uow.commit()
        return self.current(actor)

    @staticmethod
    def _note_errors(note: str) -> dict[str, str]:
        return {"note": NOTE_TOO_SHORT} if len(note.strip()) < MIN_NOTE else {}

    @staticmethod
    def _check_based_on(found: Effective, based_on: int | None) -> None:
        if based_on is not None and found.revision != based_on:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Tabel aturan baru saja diubah oleh {user}. Tutup dan buka lagi tabelnya, "
                    "lalu ulangi perubahan Anda.",
                ),
                user=found.changed_by or "?",
            )

    def _append(self, session, actor: Actor, text: str | None, note: str,
                changed: list[RuleChange], found: Effective, action: str) -> None:  # fmt: skip
        row = RuleTable(
            name=REMISSION, data=text, note=note.strip(), username=actor.username,
            changes=json.dumps([[c.path, c.old, c.new] for c in changed], ensure_ascii=False),
            shipped_digest=shipped_digest(), created_at=self._clock(),
        )  # fmt: skip
        session.add(row)
        session.flush()
        old, new = _audit_values(changed)
        before = {"source": found.source, "revision": found.revision, "values": old}
        if found.problem:
            before["problem"] = f"{found.problem_key}: {found.problem}"
        after = {"source": SHIPPED if text is None else EDITED, "revision": row.id,
                 "note": row.note, "values": new}  # fmt: skip
        audit.record(session, actor, action, ENTITY, REMISSION, before=before, after=after,
                     clock=self._clock)  # fmt: skip
