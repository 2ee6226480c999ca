"""The CLI JSON contract read strictly: defaults, and every problem naming the case and field."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.remission.model import Flags, Kind, Religion, SentenceType, Status
from app.domain.remission.parse import parse_document
from tests.domain.remission_factory import RULES, D

MINIMAL = {
    "id": "A-1",
    "status": "narapidana",
    "religion": "islam",
    "sentence": {"type": "penjara", "years": 3},
    "detention_start": "2024-02-10",
}


def _doc(*cases, occasion=None):
    return {"occasion": occasion or {"kind": "RU", "date": "2024-08-17"}, "cases": list(cases)}


def _problems(case, **occasion):
    parsed = parse_document(_doc(case, occasion=occasion or None), RULES, with_occasion=True)
    return [(p.case, p.field) for p in parsed.problems], parsed


def test_missing_optional_fields_take_the_contract_defaults():
    parsed = parse_document(_doc(MINIMAL), RULES, with_occasion=True)
    assert parsed.problems == ()
    (case,) = parsed.cases
    assert case.status == Status.NARAPIDANA and case.religion == Religion.ISLAM
    assert case.sentence.type == SentenceType.PENJARA and (
        case.sentence.months,
        case.sentence.days,
    ) == (0, 0)
    assert case.birth_date is None and case.inkracht_date is None
    assert case.detention_credit_days == 0 and case.fine_unpaid_subsidiary_days == 0
    assert case.discipline == () and case.prior_remissions == ()
    assert case.flags == Flags(donor=False, pemuka=False, escaped=False, corruption_fines_paid=True,
                               terrorism_programme_done=True)  # fmt: skip
    assert parsed.occasion.kind == Kind.RU and parsed.occasion.date == D("2024-08-17")


def test_explicit_nulls_for_optional_fields_are_defaults():
    case = {**MINIMAL, "birth_date": None, "inkracht_date": None, "discipline": None, "flags": None}
    assert _problems(case)[0] == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"sentence": {"type": "penjara", "years": -1}}, "sentence.years"),
        ({"sentence": {"type": "denda", "years": 1}}, "sentence.type"),
        ({"sentence": {"years": 1}}, "sentence.type"),
        ({"sentence": {"type": "penjara"}}, "sentence"),  # zero length
        ({"sentence": {"type": "seumur_hidup", "years": 20}}, "sentence"),  # life has no length
        ({"sentence": {"type": "mati", "days": 1}}, "sentence"),
        ({"sentence": {"type": "penjara", "years": 1, "weeks": 2}}, "sentence.weeks"),
        ({"sentence": None}, "sentence"),  # narapidana needs one
        ({"detention_start": "2024-02-30"}, "detention_start"),
        ({"detention_start": "10/02/2024"}, "detention_start"),
        ({"detention_start": "20240210"}, "detention_start"),  # only YYYY-MM-DD
        ({"detention_start": None}, "detention_start"),
        ({"status": "bebas"}, "status"),
        ({"status": None}, "status"),
        ({"religion": "Islamm"}, "religion"),
        ({"detention_credit_days": -3}, "detention_credit_days"),
        ({"detention_credit_days": 1.5}, "detention_credit_days"),
        ({"fine_unpaid_subsidiary_days": True}, "fine_unpaid_subsidiary_days"),
        ({"birth_date": "2030-01-01"}, "birth_date"),  # after detention start
        ({"inkracht_date": "2024-13-01"}, "inkracht_date"),
        ({"discipline": ["2024-05-01", "2024-02-31"]}, "discipline[1]"),
        ({"discipline": "2024-05-01"}, "discipline"),
        (
            {"prior_remissions": [{"kind": "RX", "date": "2024-08-17", "days": 30}]},
            "prior_remissions[0].kind",
        ),
        ({"prior_remissions": [{"kind": "RU", "date": "2024-08-17"}]}, "prior_remissions[0].days"),
        (
            {"prior_remissions": [{"kind": "RU", "date": "2024-08-17", "days": -30}]},
            "prior_remissions[0].days",
        ),
        ({"flags": {"donor": "yes"}}, "flags.donor"),
        ({"flags": {"donr": True}}, "flags.donr"),
        ({"fine_unpaid_subsidary_days": 30}, "fine_unpaid_subsidary_days"),  # misspelt: not ignored
        (
            {"sentence": {"type": "penjara", "years": 101}},
            "sentence.years",
        ),  # beyond any calendar use
        ({"detention_credit_days": 10**9}, "detention_credit_days"),
        ({"detention_start": "9999-12-31"}, "detention_start"),
        (
            {"prior_remissions": [{"kind": "RU", "date": "0001-01-01", "days": 1}]},
            "prior_remissions[0].date",
        ),
    ],
)
def test_bad_case_names_id_and_field(change, field):
    problems, parsed = _problems({**MINIMAL, **change})
    assert ("A-1", field) in problems
    assert parsed.cases == ()


def test_missing_id_uses_the_position():
    bad = {k: v for k, v in MINIMAL.items() if k != "id"}
    parsed = parse_document(_doc(MINIMAL, bad), RULES, with_occasion=True)
    assert [(p.case, p.field) for p in parsed.problems] == [("#2", "id")]
    assert [c.id for c in parsed.cases] == ["A-1"]


def test_duplicate_id_is_a_problem_for_the_second_only():
    parsed = parse_document(_doc(MINIMAL, MINIMAL), RULES, with_occasion=True)
    assert [(p.case, p.field) for p in parsed.problems] == [("A-1", "id")]
    assert len(parsed.cases) == 1


def test_all_problems_of_a_case_are_reported():
    problems, _ = _problems(
        {**MINIMAL, "status": "x", "detention_start": "2024-02-30", "flags": {"donor": 1}}
    )
    assert {f for _, f in problems} == {"status", "detention_start", "flags.donor"}


def test_good_cases_survive_bad_ones():
    bad = {**MINIMAL, "id": "B-2", "sentence": {"type": "penjara", "years": -1}}
    parsed = parse_document(_doc(MINIMAL, bad, {**MINIMAL, "id": "C-3"}), RULES, with_occasion=True)
    assert [c.id for c in parsed.cases] == ["A-1", "C-3"]
    assert [str(p) for p in parsed.problems] == [
        "kasus B-2: sentence.years: harus bilangan bulat 0 atau lebih: -1"
    ]


def test_detainee_may_have_no_sentence():
    assert _problems({**MINIMAL, "status": "tahanan", "sentence": None})[0] == []


@pytest.mark.parametrize(
    ("occasion", "field"),
    [
        ({"kind": "RX", "date": "2024-08-17"}, "occasion.kind"),
        (
            {"kind": "RT", "date": "2024-08-17"},
            "occasion.kind",
        ),  # RT is never an occasion of its own
        ({"date": "2024-08-17"}, "occasion.kind"),
        ({"kind": "RU", "date": "2024-08-18"}, "occasion.date"),
        ({"kind": "RU", "date": "2024-02-30"}, "occasion.date"),
        ({"kind": "RD", "date": "2024-08-17"}, "occasion.date"),  # not a dasawarsa year
        ({"kind": "RK", "date": "2025-03-31"}, "occasion.religion"),
        ({"kind": "RK", "date": "2025-03-31", "religion": "lainnya"}, "occasion.religion"),
        ({"kind": "RU", "date": "2024-08-17", "venue": "aula"}, "occasion.venue"),
    ],
)
def test_bad_occasion(occasion, field):
    parsed = parse_document(_doc(MINIMAL, occasion=occasion), RULES, with_occasion=True)
    assert parsed.occasion is None
    assert [(p.case, p.field) for p in parsed.problems] == [("occasion", field)]


def test_document_level_problems():
    parsed = parse_document({"cases": "x", "extra": 1}, RULES, with_occasion=False)
    assert {(p.case, p.field) for p in parsed.problems} == {
        ("(berkas)", "cases"),
        ("(berkas)", "extra"),
    }
    assert parse_document([], RULES, with_occasion=False).problems[0].field == "(akar)"


def test_sentence_dates_input_needs_no_status_or_religion():
    case = {"id": "S", "sentence": {"type": "penjara", "years": 1}, "detention_start": "2024-01-01"}
    parsed = parse_document({"cases": [case]}, RULES, with_occasion=False)
    assert parsed.problems == () and parsed.cases[0].id == "S"


@given(st.sampled_from(["islam", "narapidana", "penjara", "RK"]).flatmap(
    lambda word: st.tuples(st.just(word), st.lists(st.booleans(), min_size=len(word),
                                                   max_size=len(word)))))  # fmt: skip
def test_choices_are_read_in_any_case(word_and_upper):
    """As the register's import reads its choices: "Islam", "NARAPIDANA", "rk"."""
    word, upper = word_and_upper
    typed = "".join(c.upper() if u else c.lower() for c, u in zip(word, upper, strict=True))
    case = dict(MINIMAL, religion="islam", status="narapidana",
                sentence={"type": "penjara", "years": 3})  # fmt: skip
    occasion = {"kind": "RU", "date": "2024-08-17"}
    if word == "RK":
        occasion = {"kind": typed, "date": "2024-04-10", "religion": "islam"}
    else:
        key = {"islam": "religion", "narapidana": "status"}.get(word)
        if key:
            case[key] = typed
        else:
            case["sentence"] = {"type": typed, "years": 3}
    problems, parsed = _problems(case, **occasion)
    assert problems == []
    (read,) = parsed.cases
    assert read.religion == Religion.ISLAM and read.status == Status.NARAPIDANA
    assert read.sentence.type == SentenceType.PENJARA
    assert parsed.occasion.kind == (Kind.RK if word == "RK" else Kind.RU)


def _messages(case):
    parsed = parse_document(_doc(case), RULES, with_occasion=True)
    return {p.field: p.message for p in parsed.problems}


def test_a_misspelt_field_names_the_field_probably_meant():
    messages = _messages({**MINIMAL, "detension_start": "2024-01-01", "flags": {"donr": True}})
    assert messages["detension_start"] == 'field tidak dikenal; maksudnya "detention_start"?'
    assert messages["flags.donr"] == 'field tidak dikenal; maksudnya "donor"?'


def test_an_unknown_field_far_from_any_lists_the_known_ones():
    message = _messages({**MINIMAL, "zzz": 1})["zzz"]
    assert message.startswith(
        "field tidak dikenal (yang dikenal: birth_date, detention_credit_days"
    )
    assert "prior_remissions" in message and "maksudnya" not in message


def test_an_unknown_top_level_and_occasion_field_get_the_same_help():
    document = {**_doc(MINIMAL, occasion={"kind": "RU", "date": "2024-08-17", "dat": "x"}),
                "case": []}  # fmt: skip
    parsed = parse_document(document, RULES, with_occasion=True)
    messages = {p.field: p.message for p in parsed.problems}
    assert messages["case"] == 'field tidak dikenal; maksudnya "cases"?'
    assert messages["occasion.dat"] == 'field tidak dikenal; maksudnya "date"?'


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (5, 'harus teks dalam tanda kutip (misalnya "5"), bukan angka: 5'),
        (["A"], 'harus teks dalam tanda kutip (misalnya "5"), bukan daftar: ["A"]'),
        ("  ", "tidak boleh kosong"),
    ],
)
def test_an_id_that_is_not_text_says_what_it_is(value, message):
    assert _messages({**MINIMAL, "id": value})["id"] == message


def test_a_missing_id_is_still_required():
    case = {k: v for k, v in MINIMAL.items() if k != "id"}
    assert _messages(case)["id"] == "wajib diisi: teks"


@pytest.mark.parametrize(
    "sentence",
    [{"years": 100}, {"months": 1_200}, {"days": 36_600}, {"years": 99, "months": 11, "days": 30},
     {"years": 41, "months": 500}, {"months": 18}],
)  # fmt: skip
def test_sentences_up_to_100_years_in_all_are_read_as_written(sentence):
    parsed = parse_document(
        _doc({**MINIMAL, "sentence": {"type": "penjara", **sentence}}), RULES, with_occasion=False
    )
    assert parsed.problems == ()
    (case,) = parsed.cases
    assert (case.sentence.years, case.sentence.months, case.sentence.days) == (
        sentence.get("years", 0), sentence.get("months", 0), sentence.get("days", 0))  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [{"years": 90, "months": 500}, {"years": 100, "days": 1}, {"years": 99, "months": 12, "days": 1},
     {"months": 1_200, "days": 366}],
)  # fmt: skip
def test_a_sentence_over_100_years_in_all_is_refused(sentence):
    messages = _messages({**MINIMAL, "sentence": {"type": "penjara", **sentence}})
    assert messages["sentence"].startswith(
        "lama pidana seluruhnya (tahun + bulan + hari) paling lama 100 tahun"
    )


@given(st.integers(0, 100), st.integers(0, 1_200), st.integers(0, 36_600))
def test_the_sentence_limit_is_exactly_100_years_of_parts(years, months, days):
    within = years * 12 * 366 + months * 366 + days * 12 <= 100 * 12 * 366
    parsed = parse_document(
        _doc({**MINIMAL, "sentence": {"type": "penjara", "years": years, "months": months,
                                      "days": days}}),
        RULES, with_occasion=False,
    )  # fmt: skip
    assert bool(parsed.cases) == (within and years + months + days > 0)


@pytest.mark.parametrize("status", ["tahanan", "Tahanan", "TAHANAN"])
def test_a_detainee_may_omit_the_sentence_whatever_the_case_of_the_status(status):
    case = {key: value for key, value in MINIMAL.items() if key != "sentence"}
    parsed = parse_document(_doc({**case, "status": status}), RULES, with_occasion=True)
    assert parsed.problems == () and parsed.cases[0].sentence is None


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("detention_credit_days", True, "true"),
        ("detention_credit_days", None, "null"),
        ("detention_start", "2024-02-30", '"2024-02-30"'),
        ("religion", "Zoroaster", '"Zoroaster"'),
    ],
)
def test_a_bad_value_is_shown_as_json_writes_it(field, value, shown):
    message = _messages({**MINIMAL, field: value})[field]
    assert message.split(": ", 1)[1].startswith(shown) and "True" not in message, message


def test_a_prior_remission_before_the_detention_start_needs_a_credited_detention():
    earlier = {"kind": "RU", "date": "2023-08-17", "days": 30}
    assert _messages({**MINIMAL, "prior_remissions": [earlier]}) == {
        "prior_remissions[0].date": "sebelum detention_start (2024-02-10) padahal "
        "detention_credit_days 0: remisi itu bukan dari penahanan ini"
    }
    credited = {**MINIMAL, "prior_remissions": [earlier], "detention_credit_days": 400}
    assert _messages(credited) == {}
