"""Which remission rule table is in effect: the newest stored edit if it still validates, else
the table shipped with Sibina. Cached per database; re-parsed only when a newer row appears.

Every read costs one small query (the id of the newest `rule_tables` row), so a change saved on
another workstation of the LAN is picked up by the next computation here.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import RuleTable
from app.db.uow import UnitOfWorkFactory
from app.domain.remission.rules import RuleSet, RuleTableError, parse_rules
from app.errors import DatabaseProblem
from app.services import rules as shipped_rules
from app.services.rule_paths import canonical_json
from app.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

REMISSION = "remission"
SHIPPED, EDITED = "shipped", "edited"


class ShippedRulesBroken(DatabaseProblem):
    """The rule table file shipped with Sibina does not validate: nothing can be computed."""

    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "Tabel aturan remisi bawaan Sibina tidak sah ({key}: {problem}). "
        "Pasang ulang Sibina; basis data tidak diubah.",
    )


@dataclass(frozen=True)
class Effective:
    """The rules in effect and where they come from (revision 0: the table was never changed)."""

    rules: RuleSet
    source: str  # SHIPPED or EDITED
    revision: int
    changed_by: str = ""
    changed_at: datetime | None = None
    note: str = ""
    problem_key: str = ""  # a stored edited table that no longer validates: the bad key
    problem: str = ""  # ... and what is wrong with it
    stale: bool = False  # an edited table made against an older shipped table


def shipped() -> RuleSet:
    """The shipped table; a broken file becomes ShippedRulesBroken (stops start-up)."""
    try:
        return shipped_rules.remission_rules()
    except RuleTableError as exc:
        raise ShippedRulesBroken(key=exc.key, problem=exc.problem) from exc


_digests: dict[int, str] = {}


def shipped_digest() -> str:
    rules = shipped()
    key = id(rules)
    if key not in _digests:  # the shipped RuleSet is loaded once per process
        _digests.clear()
        _digests[key] = table_digest(rules.raw())
    return _digests[key]


def table_digest(data: object) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def newest(session: Session, name: str = REMISSION) -> tuple[int, datetime | None]:
    """(id, created_at) of the newest row, (0, None) when there is none. The time is part of the
    key so that a restored backup holding another row under the same id is not mistaken."""
    stmt = select(RuleTable.id, RuleTable.created_at).where(RuleTable.name == name)
    row = session.execute(stmt.order_by(RuleTable.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, None)


def resolve(row: RuleTable | None) -> Effective:
    """The rules a stored row puts in effect (None: no row at all)."""
    if row is None:
        return Effective(shipped(), SHIPPED, 0)
    info = dict(revision=row.id, changed_by=row.username, changed_at=row.created_at,
                note=row.note)  # fmt: skip
    if row.data is None:
        return Effective(shipped(), SHIPPED, **info)
    try:
        data = json.loads(row.data)
    except ValueError:
        problem_key, problem = "(akar)", "JSON tidak sah"
    else:
        try:
            rules = parse_rules(data)
        except RuleTableError as exc:
            problem_key, problem = exc.key, exc.problem
        else:
            stale = bool(row.shipped_digest) and row.shipped_digest != shipped_digest()
            return Effective(rules, EDITED, stale=stale, **info)
    log.warning("stored remission rule table %s (by %s, %s) is not valid: %s: %s; "
                "using the shipped table", row.id, row.username, row.created_at, problem_key,
                problem)  # fmt: skip
    return Effective(shipped(), SHIPPED, problem_key=problem_key, problem=problem, **info)


class EffectiveRules:
    """The cache of one database's rules in effect (share it through `effective_rules`)."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
        self._cached: Effective | None = None

    def get(self) -> Effective:
        with self._uow() as uow:
            return self.in_session(uow.session)

    def in_session(self, session: Session) -> Effective:
        """The rules in effect as `session` sees them (a writer checks inside its lock)."""
        revision, at = newest(session)
        cached = self._cached
        if cached is not None and (cached.revision, cached.changed_at) == (revision, at):
            return cached
        found = resolve(session.get(RuleTable, revision) if revision else None)
        self._cached = found  # one assignment: a reader on another thread sees old or new
        return found


_shared: WeakKeyDictionary[UnitOfWorkFactory, EffectiveRules] = WeakKeyDictionary()


def effective_rules(uow_factory: UnitOfWorkFactory) -> EffectiveRules:
    """One cache per database (unit-of-work factory), shared by every service on it."""
    found = _shared.get(uow_factory)
    if found is None:
        found = _shared[uow_factory] = EffectiveRules(uow_factory)
    return found
