"""Demo inmates: valid records, the promised mix, and the scale option."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

from app.domain.inmates.regnumber import DEFAULT_PATTERN, compile_pattern
from app.domain.inmates.rules import validate_record
from app.services.demo import DemoOptions
from app.services.inmates_demo import make_inmate
from app.services.inmates_dto import InmateFilter


def test_generated_records_pass_the_rules():
    rng = random.Random(7)
    today = date(2025, 7, 15)
    pattern = compile_pattern(DEFAULT_PATTERN)
    records = [make_inmate(rng, i, today) for i in range(600)]
    for record in records:
        check = validate_record(record, today, pattern)
        assert check.ok, (record.reg_number, check.errors)
        assert not check.warnings
    codes = Counter(r.reg_code for r in records)
    assert all(codes[c] for c in ("A.I", "A.II", "A.III", "A.IV", "A.V", "B.I", "B.IIa", "SH"))
    assert len({r.reg_number for r in records}) == 600
    assert len({r.nik for r in records if r.nik}) == sum(1 for r in records if r.nik)
    assert sum(1 for r in records if r.discipline) > 10


def test_demo_loads_inmates(empty_services):
    empty_services.demo.load(DemoOptions(inmates=120))
    admin = empty_services.auth.login("admin", "sibina2025")
    assert empty_services.inmates.count(admin, InmateFilter()) == 120
    assert empty_services.inmates.expiry_warnings(admin)
    assert empty_services.audit.verify().ok


def test_demo_convicts_inside_have_not_finished_their_sentence():
    import random
    from datetime import date

    from app.domain.inmates.sentence import Sentence, add_sentence
    from app.services.inmates_demo import make_inmate

    today = date(2026, 11, 29)
    rng = random.Random(7)
    checked = 0
    for index in range(2000):
        data = make_inmate(rng, index, today)
        if data.status != "narapidana" or data.cases[0].sentence_type not in (
            "penjara",
            "kurungan",
        ):
            continue
        case = data.cases[0]
        sentence = Sentence(case.sentence_years, case.sentence_months, case.sentence_days)
        assert add_sentence(data.admission_date, sentence) > today, data.reg_number
        assert data.admission_date <= case.verdict_date <= case.inkracht_date <= today
        checked += 1
    assert checked > 500
