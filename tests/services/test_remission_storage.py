"""How proposal lines are built and stored, the fast way: the decision JSON is byte for byte
what json.dumps wrote (so lines stored before still compare and read the same), the bulk insert
stores what a Core insert stores, the cycle collector is left as it was found, and the
register's shortcuts give the cases the full rules give."""

from __future__ import annotations

import gc
import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    insert,
    select,
)

from app.db.models import CeremonyLine, RemissionCeremony
from app.domain.remission.decide import Decision, decide
from app.domain.remission.keydates import credit_days
from app.domain.remission.model import Kind
from app.domain.remission.reasons import Reason
from app.paths import DataPaths
from app.services.container import open_services
from app.services.demo import DemoOptions
from app.services.remission_cases import (
    detention_start_and_credit,
    load_register_cases,
    register_cases,
)
from app.services.remission_ceremonies import occasion_of
from app.services.remission_lines import (
    VALUE_COLUMNS,
    LineEncoder,
    to_line,
    value_tuple,
)
from app.services.remission_store import _insert_rows
from app.services.rules import remission_rules

ODD = 'kutip "ganda", garis \\ miring, baris\nbaru, tab\t, \x00, é, ✓, \u2028 dan 😀'


def _reason(r: Reason) -> dict:
    return {"code": r.code, "text": r.text, "basis": r.basis, "excludes": r.excludes}


def old_json(decision: Decision | None, problem: str = "") -> str:
    """The decision JSON as first written (json.dumps of the whole structure)."""
    if decision is None:
        reasons = [{"code": "REGISTER_INCOMPLETE", "text": "Data register belum lengkap: "
                    "tanggal mulai penahanan tidak tercatat.", "basis": "", "excludes": True}]  # fmt: skip
        return json.dumps({"problem": problem, "reasons": reasons}, ensure_ascii=False)
    return json.dumps(
        {"nth": decision.nth, "served_days": decision.served_days,
         "reasons": [_reason(r) for r in decision.reasons]},
        ensure_ascii=False,
    )  # fmt: skip


def _decision(*reasons: Reason, nth: int | None = 3) -> Decision:
    return Decision("x", Kind.RU, True, 60, 20, "I", False, 400, date(2026, 1, 2),
                    date(2025, 11, 3), reasons, nth=nth)  # fmt: skip


@pytest.mark.parametrize("nth", [None, 1, 12])
def test_json_of_odd_texts_is_the_first_one(nth):
    reasons = (Reason("RU_TABLE", ODD, "Keppres 174/1999 Pasal 4", False),
               Reason("CATEGORY_I", "Kategori I", ODD, True), Reason("X", "", "", False))  # fmt: skip
    decision = _decision(*reasons, nth=nth)
    encoder = LineEncoder()
    for _ in range(2):  # the second time from the encoder's cache
        assert encoder.decision_json(decision) == old_json(decision)
    empty = _decision(nth=nth)
    assert LineEncoder().decision_json(empty) == old_json(empty)
    assert json.loads(encoder.decision_json(decision))["reasons"][0]["text"] == ODD


def test_lines_without_a_case_keep_their_json():
    assert LineEncoder().decision_json(None, "no_detention_start") == old_json(
        None, "no_detention_start"
    )


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory):
    """A small demo register (histories, flags, a computed 17 August ceremony)."""
    root = tmp_path_factory.mktemp("storage")
    paths = DataPaths(root, root / "b", root / "l", root / "s.ini", False)
    paths.ensure()
    services = open_services(f"sqlite:///{root / 'sibina.db'}", paths)
    services.demo.load(DemoOptions(inmates=300))
    yield services
    services.dispose()


def test_stored_lines_are_what_the_first_format_wrote(demo_register):
    """Every stored line: the values and the JSON the first format would have written, read
    back by to_line into the same reasons, served days and n-th."""
    services = demo_register
    admin = services.auth.login("admin", "sibina2025")
    (ceremony,) = services.remission.list_ceremonies(admin)
    rules = remission_rules()
    table = CeremonyLine.__table__
    with services.uow() as uow:
        occasion = occasion_of(uow.session.get(RemissionCeremony, ceremony.id))
        stored = {
            row.inmate_id: row
            for row in uow.session.connection().execute(
                select(table).where(table.c.ceremony_id == ceremony.id)
            )
        }
        items = load_register_cases(uow.session, rules)
    assert len(stored) == len(items) > 250
    for item in items:
        decision = decide(item.case, occasion, rules) if item.case is not None else None
        values = dict(zip(VALUE_COLUMNS, value_tuple(decision, item.case), strict=True))
        row = stored[item.inmate_id]
        assert row.decision == old_json(decision, item.problem)
        assert {name: row._mapping[name] for name in values} == values
        line = to_line(row, "", "")
        if decision is not None:
            assert [(r.code, r.text, r.basis, r.excludes) for r in line.reasons] == [
                tuple(r) for r in decision.reasons
            ]
            assert (line.served_days, line.nth) == (decision.served_days, decision.nth)
    # a recompute finds every line unchanged: values and JSON compare with the stored ones
    counts = services.remission.compute_proposals(admin, ceremony.id)
    assert counts["rewritten"] == 0 and counts["total"] == len(items)


def test_a_line_in_the_first_format_still_reads(demo_register):
    """A decision written by json.dumps with other spacing (any JSON) reads the same."""
    services = demo_register
    admin = services.auth.login("admin", "sibina2025")
    (ceremony,) = services.remission.list_ceremonies(admin)
    line = services.remission.proposal_list(admin, ceremony.id)[0]
    table = CeremonyLine.__table__
    with services.uow() as uow:
        conn = uow.session.connection()
        text = conn.execute(select(table.c.decision).where(table.c.id == line.line_id)).scalar()
        compact = json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=True)
        conn.execute(table.update().where(table.c.id == line.line_id).values(decision=compact))
        uow.commit()
    again = next(
        x for x in services.remission.proposal_list(admin, ceremony.id) if x.line_id == line.line_id
    )
    assert again == line
    with services.uow() as uow:  # as it was, for the other tests on this register
        uow.session.connection().execute(
            table.update().where(table.c.id == line.line_id).values(decision=text)
        )
        uow.commit()


def test_a_recompute_rewrites_exactly_the_lines_that_differ(demo_register):
    """One line with a changed value column, one with a changed reason text: the recompute
    rewrites those two, back to what the engine computes, and leaves the others alone."""
    services = demo_register
    admin = services.auth.login("admin", "sibina2025")
    (ceremony,) = services.remission.list_ceremonies(admin)
    first, second, third = services.remission.proposal_list(admin, ceremony.id)[:3]
    table = CeremonyLine.__table__
    with services.uow() as uow:
        conn = uow.session.connection()
        conn.execute(table.update().where(table.c.id == first.line_id)
                     .values(release_before=date(2001, 1, 1)))  # fmt: skip
        text = conn.execute(select(table.c.decision).where(table.c.id == second.line_id)).scalar()
        changed = json.loads(text)
        changed["reasons"][0]["text"] += " (diubah)"
        conn.execute(table.update().where(table.c.id == second.line_id)
                     .values(decision=json.dumps(changed, ensure_ascii=False)))  # fmt: skip
        uow.commit()
    assert services.remission.compute_proposals(admin, ceremony.id)["rewritten"] == 2
    lines = {x.line_id: x for x in services.remission.proposal_list(admin, ceremony.id)}
    assert (lines[first.line_id], lines[second.line_id], lines[third.line_id]) == (
        first,
        second,
        third,
    )
    assert services.remission.compute_proposals(admin, ceremony.id)["rewritten"] == 0


def _table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("owner", String(36), nullable=False),
        Column("name", Text, nullable=False),
        Column("flag", Boolean, nullable=False),
        Column("on", Date, nullable=True),
        Column("count", Integer, nullable=False),
        Column("note", String(20), nullable=False, default=""),
        Column("done", Boolean, nullable=False, default=False),
        Column("when", Date, nullable=True),
    )


def test_bulk_insert_stores_what_a_core_insert_stores():
    engine = create_engine("sqlite://")
    metadata = MetaData()
    fast, core = _table(metadata, "t"), _table(metadata, "u")
    metadata.create_all(engine)
    keys = ("name", "flag", "on", "count")
    rows = [
        (ODD, True, date(2025, 8, 17), 3),
        ("it's", False, None, 0),
        ("", True, date(1, 1, 1), -5),
    ]
    with engine.begin() as conn:
        _insert_rows(conn, fast, {"owner": "o'1"}, keys, rows)
        conn.execute(insert(core), [dict(zip(keys, r, strict=True), owner="o'1") for r in rows])
        raw = "SELECT {} FROM {} ORDER BY id"
        columns = ", ".join(f'typeof("{c.name}"), "{c.name}"' for c in fast.columns)
        assert (
            conn.exec_driver_sql(raw.format(columns, "t")).all()
            == conn.exec_driver_sql(raw.format(columns, "u")).all()
        )
        assert conn.execute(select(fast.c.on, fast.c.flag, fast.c.note)).all() == [
            (date(2025, 8, 17), True, ""), (None, False, ""), (date(1, 1, 1), True, "")
        ]  # fmt: skip


def test_bulk_insert_leaves_callable_defaults_to_core():
    engine = create_engine("sqlite://")
    metadata = MetaData()
    calls = []
    table = Table(
        "t", metadata, Column("id", Integer, primary_key=True), Column("name", Text),
        Column("made", String(10), default=lambda: calls.append(1) or "made"),
    )  # fmt: skip
    metadata.create_all(engine)
    with engine.begin() as conn:
        _insert_rows(conn, table, {}, ("name",), [("a",), ("b",)])
        assert conn.execute(select(table.c.name, table.c.made)).all() == [
            ("a", "made"),
            ("b", "made"),
        ]
    assert len(calls) == 2


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was(demo_register, enabled):
    services = demo_register
    admin = services.auth.login("admin", "sibina2025")
    (ceremony,) = services.remission.list_ceremonies(admin)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        services.remission.compute_proposals(admin, ceremony.id)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def reference_start_and_credit(periods, admission, rules):
    """detention_start_and_credit as first written (no shortcuts for none or one period)."""
    ordered = sorted(periods, key=lambda p: (p[1], p[2]))
    rutan = [p for p in ordered if p[0] == "rutan"]
    start = admission
    if rutan:
        start, end = rutan[0][1], rutan[0][2]
        for _, s, e in rutan[1:]:
            if s > end + timedelta(days=1):
                start, end = s, e
            else:
                end = max(end, e)
    if start is None:
        return None, 0
    credit = 0
    for kind, s, e in ordered:
        if s < start:
            days = (min(e, start - timedelta(days=1)) - s).days + 1
            if days > 0:
                credit += credit_days(days, kind if kind in ("rumah", "kota") else "rutan", rules)
    return start, credit


period = st.tuples(
    st.sampled_from(["rutan", "rumah", "kota"]),
    st.dates(date(2023, 1, 1), date(2024, 12, 31)),
    st.integers(0, 200),
).map(lambda p: (p[0], p[1], p[1] + timedelta(days=p[2])))


@given(
    st.lists(period, max_size=4), st.one_of(st.none(), st.dates(date(2023, 1, 1), date(2025, 1, 1)))
)
def test_detention_start_shortcuts_match_the_full_rule(periods, admission):
    rules = remission_rules()
    expected = reference_start_and_credit(periods, admission, rules)
    assert detention_start_and_credit(periods, admission, rules) == expected


def test_register_cases_are_the_register_cases_of_the_proposal_list(demo_register):
    with demo_register.uow() as uow:
        rules = remission_rules()
        full = load_register_cases(uow.session, rules)
        short = register_cases(uow.session, rules)
        some = [item.inmate_id for item in full[::7]]
        chosen = load_register_cases(uow.session, rules, some)
    assert short == [(item.inmate_id, item.case, item.problem) for item in full]
    assert chosen == [item for item in full if item.inmate_id in set(some)]
