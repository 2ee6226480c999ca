"""The register mapped to the remission engine: detention start, credit, case, flags, ledger."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.models import RemissionGrant
from app.domain.inmates.record import DetentionData
from app.domain.remission.labels import reason_label
from app.domain.remission.model import Kind, Religion, SentenceType, Status
from app.services.remission_cases import detention_start_and_credit, load_register_cases
from app.services.remission_dto import FlagsInput, NewLedgerEntry
from app.services.rules import remission_rules
from tests.remission_samples import detainee, example1, example4, sentence_case

RULES = remission_rules()
D = date


@pytest.mark.parametrize(
    ("periods", "admission", "expected"),
    [
        ([], D(2024, 1, 5), (D(2024, 1, 5), 0)),
        ([], None, (None, 0)),
        # contiguous rutan periods (next starts the day after) are one detention
        ([("rutan", D(2024, 1, 1), D(2024, 1, 20)), ("rutan", D(2024, 1, 21), D(2024, 2, 29))],
         D(2024, 1, 1), (D(2024, 1, 1), 0)),
        # a gap: the last run starts again, the earlier 20 days are credited in full
        ([("rutan", D(2024, 1, 1), D(2024, 1, 20)), ("rutan", D(2024, 3, 1), D(2024, 3, 30))],
         D(2024, 1, 1), (D(2024, 3, 1), 20)),
        # house arrest 30 days -> 10, city arrest 25 days -> 5 (KUHAP Pasal 22)
        ([("rumah", D(2024, 1, 1), D(2024, 1, 30)), ("rutan", D(2024, 1, 31), D(2024, 2, 28))],
         D(2024, 1, 1), (D(2024, 1, 31), 10)),
        ([("kota", D(2024, 1, 1), D(2024, 1, 25)), ("rutan", D(2024, 2, 1), D(2024, 2, 28))],
         D(2024, 1, 1), (D(2024, 2, 1), 5)),
    ],
)  # fmt: skip
def test_detention_start_and_credit(periods, admission, expected):
    assert detention_start_and_credit(periods, admission, RULES) == expected


def _case(services, inmate_id):
    with services.uow() as uow:
        (item,) = load_register_cases(uow.session, RULES, [inmate_id])
    return item.case


def test_a_convict_becomes_the_engine_case(services, admin):
    record = services.inmates.create(admin, example1(1))
    case = _case(services, record.id)
    assert case.status == Status.NARAPIDANA
    assert case.religion == Religion.ISLAM
    assert case.sentence.type == SentenceType.PENJARA and case.sentence.years == 3
    assert case.detention_start == D(2024, 2, 10)
    assert case.detention_credit_days == 0
    assert case.inkracht_date == D(2024, 6, 1)
    assert case.birth_date == record.data.birth_date
    assert case.fine_unpaid_subsidiary_days == 0
    assert case.discipline == ()
    assert case.flags.corruption_fines_paid and not case.flags.donor


def test_detainee_religion_discipline_and_unpaid_substitute(services, admin):
    held = services.inmates.create(admin, detainee(5, religion="Katolik"))
    case = _case(services, held.id)
    assert case.status == Status.TAHANAN and case.sentence is None
    assert case.religion == Religion.KATOLIK
    owing = services.inmates.create(admin, example4(6, substitute=30))
    assert _case(services, owing.id).fine_unpaid_subsidiary_days == 30
    paid = example4(7, substitute=30)
    paid = replace(paid, cases=(replace(paid.cases[0], fine_paid=True),))
    assert _case(services, services.inmates.create(admin, paid).id).fine_unpaid_subsidiary_days == 0
    empty = services.inmates.create(admin, detainee(8, religion=""))
    assert _case(services, empty.id).religion == Religion.LAINNYA


def test_corruption_with_unpaid_fine_defaults_to_not_paid_until_flags_say_so(services, admin):
    data = example1(9, cases=(sentence_case(9, 4, fine=200_000_000, substitute=90,
                                            crime="Korupsi"),))  # fmt: skip
    record = services.inmates.create(admin, data)
    assert not _case(services, record.id).flags.corruption_fines_paid
    services.remission.set_flags(admin, record.id, FlagsInput(note="Bukti lunas dari Kejari",
                                                              donor=True))  # fmt: skip
    flags = _case(services, record.id).flags
    assert flags.corruption_fines_paid and flags.donor


def test_two_detention_runs_credit_the_earlier_one(services, admin):
    data = example1(10, admission_date=D(2024, 1, 1), detentions=(
        DetentionData("A.I", D(2024, 1, 1), D(2024, 1, 20)),
        DetentionData("A.II", D(2024, 2, 10), D(2024, 3, 10)),
    ))  # fmt: skip
    case = _case(services, services.inmates.create(admin, data).id)
    assert (case.detention_start, case.detention_credit_days) == (D(2024, 2, 10), 20)


def test_ledger_becomes_prior_remissions_pmp_as_its_basis_void_left_out(services, admin):
    record = services.inmates.create(admin, example1(11))
    services.remission.add_ledger_entry(admin, record.id, NewLedgerEntry(
        "PMP", D(2024, 8, 17), 30, basis_kind="RU", note="Riwayat dari Lapas asal"))  # fmt: skip
    rk = services.remission.add_ledger_entry(admin, record.id, NewLedgerEntry(
        "RK", D(2025, 3, 31), 30, note="Riwayat dari Lapas asal"))  # fmt: skip
    services.remission.void_ledger_entry(admin, rk.id, "Salah input, SK tidak ditemukan")
    case = _case(services, record.id)
    assert [(p.kind, p.date, p.days) for p in case.prior_remissions] == [
        (Kind.RU, D(2024, 8, 17), 30)
    ]
    with services.uow() as uow:
        assert uow.session.get(RemissionGrant, rk.id).voided


def test_a_record_without_any_detention_date_gets_a_line_that_says_so(services, admin):
    from sqlalchemy import delete, update

    from app.db.models import DetentionPeriod, Inmate
    from app.services.remission_dto import NewCeremony

    record = services.inmates.create(admin, detainee(40, full_name="Tanpa Tanggal"))
    with services.uow() as uow:
        uow.session.execute(delete(DetentionPeriod).where(DetentionPeriod.inmate_id == record.id))
        uow.session.execute(
            update(Inmate).where(Inmate.id == record.id).values(admission_date=None)
        )
        uow.commit()
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    services.remission.compute_proposals(admin, ceremony.id)
    (line,) = services.remission.proposal_list(admin, ceremony.id)
    assert not line.eligible and [r.code for r in line.reasons] == ["REGISTER_INCOMPLETE"]
    dates = services.remission.key_dates(admin, record.id)
    assert dates.problem == "no_detention_start" and dates.release_date is None


def test_a_sentence_from_before_the_100_year_check_is_named_not_a_crash(services, admin):
    """Entry refuses a term over 100 years; one already stored (an old record, an old backup)
    no longer stops the whole proposal list nor the record's dates."""
    from sqlalchemy import update

    from app.db.models import InmateCase
    from app.services.remission_dto import NewCeremony

    record = services.inmates.create(admin, example1(41))
    other = services.inmates.create(admin, example1(42))
    with services.uow() as uow:
        uow.session.execute(
            update(InmateCase).where(InmateCase.inmate_id == record.id).values(sentence_years=9000)
        )
        uow.commit()
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    services.remission.compute_proposals(admin, ceremony.id)
    lines = {line.inmate_id: line for line in services.remission.proposal_list(admin, ceremony.id)}
    (reason,) = lines[record.id].reasons
    # its own code: the counts by reason read "Data register tidak sah", not "belum lengkap"
    assert not lines[record.id].eligible and reason.code == "REGISTER_INVALID"
    assert "lebih dari 100 tahun" in reason.text
    assert lines[other.id].reasons[0].code not in ("REGISTER_INVALID", "REGISTER_INCOMPLETE")
    assert (
        services.remission.statistics(admin, ceremony.id).not_eligible_reasons["REGISTER_INVALID"]
        == 1
    )
    assert reason_label("REGISTER_INVALID") == "Data register tidak sah"
    dates = services.remission.key_dates(admin, record.id)
    assert dates.problem == "sentence_too_long" and dates.release_date is None


spans = st.lists(
    st.tuples(
        st.sampled_from(("rutan", "rumah", "kota")),
        st.dates(D(2020, 1, 1), D(2025, 1, 1)),
        st.integers(0, 120),
    ),
    max_size=6,
)


@given(spans, st.none() | st.dates(D(2020, 1, 1), D(2025, 1, 1)))
def test_detention_start_is_a_recorded_date_and_credit_is_never_negative(raw, admission):
    periods = [(kind, start, start + timedelta(days=length)) for kind, start, length in raw]
    start, credit = detention_start_and_credit(periods, admission, RULES)
    rutan_starts = {s for kind, s, _ in periods if kind == "rutan"}
    assert start in (rutan_starts or {admission})
    assert credit >= 0
    if start is not None:
        # credit never exceeds the days recorded before the start
        before = sum(max(0, (min(e, start - timedelta(days=1)) - s).days + 1)
                     for _, s, e in periods if s < start)  # fmt: skip
        assert credit <= before
