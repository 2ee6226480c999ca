"""Writing a ceremony's proposal list: decide for everyone in the active register, then insert,
update or delete the ceremony's lines in bulk (no ORM objects, no permission checks: the caller,
`RemissionCeremonies.compute_proposals`, does those).

A facility's list is thousands of lines, computed while staff wait (issue 5: under 0.5 s and
within 3x of just loading the rows; benchmarks/remission_ceremony.py measures both). What makes
it fast, besides the Core statements:
- one Decider for the occasion (decide.py) and one LineEncoder (each distinct reason encoded
  once) for the whole list;
- a recompute compares each line's values and decision JSON with the stored ones (no
  fingerprint to compute for every line) and rewrites only the lines that changed;
- the new lines go to the driver's executemany as tuples (`_insert_rows`);
- the cycle collector is paused while the list is built (`_collector_paused`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    delete,
    insert,
    literal,
    literal_column,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.db.models import CeremonyLine
from app.domain.remission.decide import Decider
from app.domain.remission.model import Occasion
from app.domain.remission.rules import RuleSet
from app.services.remission_cases import register_cases
from app.services.remission_lines import VALUE_COLUMNS, LineEncoder, override_outcome, value_tuple

# the columns a new line is inserted with, in this order (the rest take their column defaults)
LINE_COLUMNS = ("inmate_id", *VALUE_COLUMNS, "decision")


def write_proposal_lines(
    session: Session, ceremony_id: str, occasion: Occasion, rules: RuleSet
) -> dict[str, int]:
    """Decide for everyone in the active register and insert/update/delete the ceremony's lines.

    Line ids stay stable; overrides are kept and their outcome re-evaluated; a line whose
    computed values and decision JSON did not change is not rewritten."""
    # paused around the call, so that the collector is back on only once the lines, cases and
    # decisions built meanwhile are freed (else its first run afterwards walks them all)
    with _collector_paused():
        return _write_lines(session, ceremony_id, occasion, rules)


def _write_lines(
    session: Session, ceremony_id: str, occasion: Occasion, rules: RuleSet
) -> dict[str, int]:
    table = CeremonyLine.__table__
    c = table.c
    conn = session.connection()
    mine = c.ceremony_id == ceremony_id
    # (line id, the computed values, the decision JSON) of every line, to compare with; the
    # override columns only of overridden lines (few)
    existing = {
        row[0]: (row[1], row[2:-1], row[-1])
        for row in conn.execute(
            select(c.inmate_id, c.id, *(c[name] for name in VALUE_COLUMNS), c.decision)
            .where(mine)
        ).all()
    }  # fmt: skip
    overrides = {
        row.inmate_id: row
        for row in conn.execute(
            select(c.inmate_id, c.override_days, c.override_additional_days,
                   c.override_release_after, c.override_category)
            .where(mine, c.overridden.is_(True))
        ).all()
    }  # fmt: skip
    decider = Decider(occasion, rules)
    encoder = LineEncoder()
    inserts: list[tuple] = []
    updates: list[dict[str, Any]] = []
    override_updates: list[dict[str, Any]] = []
    total = eligible = susulan = 0
    for inmate_id, case, problem in register_cases(session, rules):
        decision = decider.decide(case) if case is not None else None
        values = value_tuple(decision, case)
        decision_text = encoder.decision_json(decision, problem)
        total += 1
        eligible += values[0]
        susulan += values[1]
        old = existing.pop(inmate_id, None)
        if old is None:
            inserts.append((inmate_id, *values, decision_text))
            continue
        line_id, old_values, old_text = old
        overridden = overrides.get(inmate_id)
        if overridden is not None and case is not None:
            days, extra = overridden.override_days, overridden.override_additional_days
            outcome = override_outcome(case, occasion, rules, days, extra)
            if outcome is not None and outcome != (overridden.override_release_after,
                                                   overridden.override_category):  # fmt: skip
                release, category = outcome
                override_updates.append(
                    dict(b_id=line_id, override_release_after=release, override_category=category)
                )
        if old_text != decision_text or old_values != values:
            updates.append(dict(zip(VALUE_COLUMNS, values, strict=True), b_id=line_id,
                                decision=decision_text))  # fmt: skip
    gone = [line_id for line_id, _, _ in existing.values()]
    if gone:
        conn.execute(delete(table).where(c.id.in_(gone)))
    if inserts:
        _insert_rows(conn, table, {"ceremony_id": ceremony_id}, LINE_COLUMNS, inserts)
    for rows in (updates, override_updates):
        if rows:
            columns = {k: bindparam(k) for k in rows[0] if k != "b_id"}
            conn.execute(update(table).where(c.id == bindparam("b_id")).values(columns), rows)
    return dict(total=total, eligible=eligible, not_eligible=total - eligible, susulan=susulan,
                removed=len(gone), rewritten=len(inserts) + len(updates))  # fmt: skip


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the list is built, on again afterwards.

    Building thousands of cases, decisions and rows allocates a few hundred thousand objects,
    and each few hundred allocations the collector walks the young objects, now and then the
    whole heap: a tenth to a fifth of the time, measured. What is built here holds no reference
    cycle, so reference counting frees it; any cycle (SQLAlchemy's, or one made meanwhile by
    another thread) is collected once the collector is back on. It is only switched back on
    when it was on (a caller that turned it off keeps it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _insert_rows(
    conn: Connection,
    table: Table,
    constants: dict[str, Any],
    keys: Sequence[str],
    rows: list[tuple],
) -> None:
    """INSERT one row per tuple of `keys` values, plus `constants` (the same for every row) and
    the scalar defaults of the other columns, exactly as `conn.execute(insert(table), dicts)`.

    For SQLite the tuples go straight to the driver's executemany: SQLAlchemy's own executemany
    builds and processes a parameter dict per row, which for thousands of rows costs as much as
    SQLite's work itself. Values still go through each column type's bind processor (once per
    distinct value: dates and flags repeat), and the constants are rendered by the dialect as
    SQL literals. Other databases use the Core executemany (which batches for them)."""
    if not rows:
        return
    dialect = conn.dialect
    fixed = dict(constants)
    simple = dialect.name == "sqlite" and dialect.paramstyle == "qmark" and bool(keys)
    for column in table.columns:
        default = column.default
        if column.key not in fixed and column.key not in keys and default is not None:
            simple = simple and default.is_scalar  # a callable default: Core calls it per row
            fixed[column.key] = getattr(default, "arg", None)
    if not simple:
        conn.execute(
            insert(table), [dict(constants, **dict(zip(keys, r, strict=True))) for r in rows]
        )
        return
    values: dict[str, Any] = {
        key: literal_column(
            str(literal(value, table.c[key].type).compile(
                dialect=dialect, compile_kwargs={"literal_binds": True}))
        )
        for key, value in fixed.items()
    }  # fmt: skip
    values.update({key: bindparam(key) for key in keys})
    compiled = insert(table).values(values).compile(dialect=dialect)
    order = [keys.index(name) for name in compiled.positiontup or ()]
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for index, key in enumerate(keys):
        process = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            done = {value: process(value) for value in set(columns[index])}
            columns[index] = list(map(done.__getitem__, columns[index]))
    conn.exec_driver_sql(str(compiled), list(zip(*(columns[i] for i in order), strict=True)))
