"""Remission proposal list, compute part: decisions for 5,000 synthetic inmates with histories.

Run: .venv/bin/python benchmarks/remission_compute.py [--cases N] [--seed S]
Target (issue 5): the proposal list for 5,000 inmates in under 0.5 s. This measures the pure
domain computation (rules loaded once); loading the rows from the database is measured later,
when the inmate register exists. Prints the best of several runs for RU, RK and RD occasions,
and the time to parse the same cases from the CLI's JSON contract.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.remission.decide import decide
from app.domain.remission.model import (
    Case,
    Flags,
    Kind,
    Occasion,
    PriorRemission,
    Religion,
    Sentence,
    SentenceType,
    Status,
)
from app.domain.remission.parse import parse_cases
from app.services.rules import remission_rules

OCCASION_DAY = date(2025, 8, 17)


def synthetic_cases(count: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    religions = list(Religion)
    cases = []
    for i in range(count):
        start = OCCASION_DAY - timedelta(days=rng.randint(10, 12 * 365))
        kind = rng.choices(list(SentenceType), weights=[88, 6, 4, 2])[0]
        sentence = Sentence(kind, rng.randint(0, 15), rng.randint(1, 11), rng.choice([0, 0, 15]))
        history = []
        year = start.year + 1
        while date(year, 8, 17) < OCCASION_DAY:
            history.append(
                PriorRemission(Kind.RU, date(year, 8, 17), rng.choice([30, 60, 90, 120, 150]))
            )
            history.append(PriorRemission(Kind.RK, date(year, 4, 10), rng.choice([15, 30, 45])))
            year += 1
        discipline = tuple(
            OCCASION_DAY - timedelta(days=rng.randint(1, 900))
            for _ in range(rng.choice([0, 0, 0, 1, 2]))
        )
        cases.append(
            Case(
                id=f"WBP-{i:05d}",
                status=Status.NARAPIDANA if rng.random() < 0.8 else Status.TAHANAN,
                religion=rng.choice(religions),
                sentence=sentence,
                detention_start=start,
                birth_date=start - timedelta(days=rng.randint(15 * 365, 60 * 365)),
                detention_credit_days=rng.choice([0, 0, 10, 40]),
                inkracht_date=start + timedelta(days=rng.randint(30, 200)),
                fine_unpaid_subsidiary_days=rng.choice([0, 0, 0, 30, 90, 180]),
                discipline=discipline,
                prior_remissions=tuple(history),
                flags=Flags(
                    donor=rng.random() < 0.05,
                    pemuka=rng.random() < 0.05,
                    escaped=rng.random() < 0.01,
                ),
            )
        )
    return cases


def best_of(runs: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        job()
        times.append(time.perf_counter() - began)
    return min(times)


def as_json(case: Case) -> dict:
    s = case.sentence
    return {
        "id": case.id, "status": case.status.value, "religion": case.religion.value,
        "birth_date": case.birth_date.isoformat() if case.birth_date else None,
        "sentence": {"type": s.type.value, "years": s.years, "months": s.months, "days": s.days} if s else None,
        "detention_start": case.detention_start.isoformat(),
        "detention_credit_days": case.detention_credit_days,
        "inkracht_date": case.inkracht_date.isoformat() if case.inkracht_date else None,
        "fine_unpaid_subsidiary_days": case.fine_unpaid_subsidiary_days,
        "discipline": [d.isoformat() for d in case.discipline],
        "prior_remissions": [{"kind": p.kind.value, "date": p.date.isoformat(), "days": p.days} for p in case.prior_remissions],
    }  # fmt: skip


BENCHMARK = True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    rules = remission_rules()
    cases = synthetic_cases(args.cases, args.seed)
    history = sum(len(c.prior_remissions) for c in cases)
    print(f"{len(cases)} synthetic cases, {history} prior remissions in their histories")
    occasions = {
        "RU 17-08-2025": Occasion(Kind.RU, OCCASION_DAY),
        "RK Idul Fitri 31-03-2025": Occasion(Kind.RK, date(2025, 3, 31), Religion.ISLAM),
        "RD 17-08-2025": Occasion(Kind.RD, OCCASION_DAY),
    }
    worst = 0.0
    for label, occasion in occasions.items():
        decisions = [decide(c, occasion, rules) for c in cases]
        eligible = sum(d.eligible for d in decisions)
        second = sum(d.category == "II" for d in decisions)
        seconds = best_of(args.runs, lambda o=occasion: [decide(c, o, rules) for c in cases])
        worst = max(worst, seconds)
        print(f"{label:26s} compute {seconds:.3f} s  ({eligible} eligible, {second} category II)")
    documents = [as_json(c) for c in cases]
    parse = best_of(args.runs, lambda: parse_cases(documents, require_person=True))
    print(f"{'parse JSON contract':26s}         {parse:.3f} s")
    verdict = "OK" if worst < 0.5 else "TOO SLOW"
    print(f"slowest compute {worst:.3f} s for {len(cases)} cases: target < 0.5 s -> {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
