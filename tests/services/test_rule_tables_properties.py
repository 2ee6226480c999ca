"""Properties of rule table changes: any single amount or threshold set to a valid non-negative
whole number validates, is reported as exactly that one changed key, and round-trips through the
database into the rules the remission engine uses; an RU/RK amount only while the table still
rises (each shipped table's rows, in their order, are the next remission or a longer time
served, so the days in row order may not fall), else it is refused naming a row's days."""

from __future__ import annotations

import copy
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.remission.rules import RuleTableError, parse_rules
from app.errors import ValidationError
from app.services.rule_paths import RuleChange, changes, get_at, set_at
from app.services.rules import remission_rules

SHIPPED = remission_rules().raw()
AMOUNT_PATHS = (
    [f"ru.rows[{i}].days" for i in range(len(SHIPPED["ru"]["rows"]))]
    + [f"rk.rows[{i}].days" for i in range(len(SHIPPED["rk"]["rows"]))]
    + [f"thresholds.{key}.value" for key in SHIPPED["thresholds"]]
    + ["rd.cap_days", "rd.min_served_days"]
)


def _still_rising(data, path: str) -> bool:
    """The oracle for a changed RU/RK amount: the days in row order do not fall."""
    kind = path.partition(".")[0]
    if kind not in ("ru", "rk"):
        return True
    days = [row["days"] for row in data[kind]["rows"]]
    return all(a <= b for a, b in pairwise(days))


def _refused_row_days(key: str, path: str) -> bool:
    kind = path.partition(".")[0]
    return key.startswith(f"{kind}.rows[") and key.endswith("].days")


def _engine_value(rules, path: str) -> int:
    """The same number as the engine's RuleSet holds it."""
    kind, _, rest = path.partition(".")
    if kind in ("ru", "rk"):
        index = int(rest.split("]")[0].split("[")[1])
        return getattr(rules, kind).rows[index].days
    if kind == "rd":
        return getattr(rules.rd, rest)
    return getattr(rules, rest.split(".")[0])


@given(path=st.sampled_from(AMOUNT_PATHS), value=st.integers(min_value=0, max_value=100_000))
def test_one_amount_changed_validates_and_is_the_only_change(path, value):
    data = copy.deepcopy(SHIPPED)
    set_at(data, path, value)
    if not _still_rising(data, path):
        with pytest.raises(RuleTableError) as info:
            parse_rules(data)
        assert _refused_row_days(info.value.key, path), info.value.key
        return
    rules = parse_rules(data)
    assert _engine_value(rules, path) == value
    expected = (
        [] if get_at(SHIPPED, path) == value else [RuleChange(path, get_at(SHIPPED, path), value)]
    )
    assert changes(SHIPPED, data) == expected
    assert rules.raw() == data


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(path=st.sampled_from(AMOUNT_PATHS), value=st.integers(min_value=0, max_value=3650))
def test_one_amount_saved_round_trips_through_the_database(services, admin, path, value):
    current = services.rule_tables.current(admin)
    data = copy.deepcopy(current.data)
    set_at(data, path, value)
    if get_at(current.data, path) == value:
        try:
            services.rule_tables.save(admin, data, "Perubahan uji properti")
        except ValidationError as exc:
            assert exc.field_errors == {}  # "no change", not a rule problem
        else:
            raise AssertionError("an unchanged table was saved")
        return
    if not _still_rising(data, path):
        with pytest.raises(ValidationError) as info:
            services.rule_tables.save(admin, data, "Perubahan uji properti", current.revision)
        assert [_refused_row_days(key, path) for key in info.value.field_errors] == [True]
        assert services.rule_tables.current(admin).revision == current.revision  # nothing saved
        return
    saved = services.rule_tables.save(admin, data, "Perubahan uji properti", current.revision)
    assert saved.data == data and saved.edited
    assert services.rule_tables.current(admin).data == data
    assert _engine_value(services.remission._rules, path) == value
    assert services.rule_tables.history(admin)[0].changes == (
        RuleChange(path, get_at(current.data, path), value),
    )
