"""Demo remission data: histories for most convicts (the remissions the engine itself would have
given them at every past RU, RK and RD since their detention, with fictional SK numbers), a few
donor and pemuka flags, and a draft Remisi Umum ceremony for the next 17 August (today or later:
staff prepare the list months ahead) with its proposal list computed, the default run sheet and
fictional guests (the mayor hands over the decrees). Runs after the inmates demo step (imported
first below)."""

from __future__ import annotations

import random
from dataclasses import asdict, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db.models import (
    CeremonyAgendaItem,
    CeremonyGuest,
    Facility,
    RemissionCeremony,
    RemissionFlags,
)
from app.db.models import RemissionGrant as Grant
from app.domain.remission.decide import decide
from app.domain.remission.model import Case, Kind, Occasion, PriorRemission, Status
from app.domain.remission.rules import RuleSet
from app.services import inmates_demo as _inmates_demo  # noqa: F401  (its step must come first)
from app.services.actor import SYSTEM
from app.services.audit import record_many as audit_many
from app.services.clock import Clock
from app.services.demo import DemoOptions, DemoStep, register_demo_step
from app.services.progress import Progress
from app.services.remission_agenda import default_template
from app.services.remission_calendar import next_ru_date, rd_date, rk_date, ru_date
from app.services.remission_cases import load_register_cases
from app.services.remission_ceremonies import default_title, store_proposals
from app.services.rules import remission_rules

HISTORY_SHARE = 0.85
FLAG_SHARE = 0.04
GUESTS = (  # fictional people, as the demo's inmates are
    ("Drs. Hadi Pranoto (demo)", "Wali Kota {city}", "Menyerahkan SK remisi secara simbolis"),
    ("Sri Lestari, S.H. (demo)", "Kepala Kantor Wilayah", "Membacakan keputusan remisi"),
    ("Ustaz Ahmad Fauzi (demo)", "Kementerian Agama Kota {city}", "Memimpin doa"),
)


def past_occasions(case: Case, rules: RuleSet, before: date) -> list[Occasion]:
    """RU, RK (the case's religion) and RD days after the detention start and before `before`."""
    found = []
    for year in range(case.detention_start.year, before.year + 1):
        rk = rk_date(rules, case.religion.value, year)
        if rk is not None:
            found.append(Occasion(Kind.RK, rk, case.religion))
        found.append(Occasion(Kind.RU, ru_date(rules, year)))
        rd = rd_date(rules, year)
        if rd is not None:
            found.append(Occasion(Kind.RD, rd))
    return sorted(
        (o for o in found if case.detention_start < o.date < before),
        key=lambda o: (o.date, o.kind != Kind.RU),
    )


def history(case: Case, rules: RuleSet, before: date) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for occasion in past_occasions(case, rules, before):
        decision = decide(case, occasion, rules)
        if not decision.eligible:
            continue
        number = f"W11.PAS.PAS.{occasion.kind.value}-{len(rows) + 101}/{occasion.date.year} (DEMO)"
        common = dict(inmate_id=case.id, date=occasion.date, sk_number=number,
                      sk_date=occasion.date - timedelta(days=7), category=decision.category or "",
                      note="Data contoh", username=SYSTEM.username)  # fmt: skip
        kind, basis = occasion.kind.value, ""
        if decision.child and occasion.kind in (Kind.RU, Kind.RK):
            kind, basis = "PMP", occasion.kind.value
        rows.append(dict(common, kind=kind, basis_kind=basis, days=decision.days))
        prior = [PriorRemission(occasion.kind, occasion.date, decision.days)]
        if decision.additional_days:
            rows.append(dict(common, kind="RT", basis_kind="", days=decision.additional_days))
            prior.append(PriorRemission(Kind.RT, occasion.date, decision.additional_days))
        case = case._replace(prior_remissions=case.prior_remissions + tuple(prior))
    return rows


def demo_remission(
    session: Session, rng: random.Random, options: DemoOptions, clock: Clock, progress: Progress
) -> None:
    rules = remission_rules()
    now = clock()
    ceremony_day = next_ru_date(rules, now.date())
    session.flush()
    flags, grants = [], []
    for item in load_register_cases(session, rules):
        case = item.case
        if case is None or case.status != Status.NARAPIDANA or rng.random() > HISTORY_SHARE:
            continue
        roll = rng.random()
        if roll < FLAG_SHARE:
            donor = roll < FLAG_SHARE / 2
            note = "Donor darah rutin PMI (contoh)" if donor else "Pemuka kegiatan kerja (contoh)"
            flags.append(dict(inmate_id=case.id, donor=donor, pemuka=not donor, note=note,
                              username=SYSTEM.username, updated_at=now))  # fmt: skip
            case = case._replace(flags=replace(case.flags, donor=donor, pemuka=not donor))
        grants.extend(history(case, rules, now.date()))
    if flags:
        session.execute(insert(RemissionFlags), flags)
    if grants:
        session.execute(insert(Grant), [dict(g, created_at=now) for g in grants])
    ceremony = RemissionCeremony(
        kind="RU", date=ceremony_day, title=default_title("RU", ceremony_day),
        venue="Aula Rutan (demo)", religion="", status="draft", created_by=SYSTEM.username,
        created_at=now, computed_at=now,
    )  # fmt: skip
    session.add(ceremony)
    session.flush()
    _demo_programme(session, ceremony.id)
    counts = store_proposals(session, ceremony, rules)
    summary = {"grants": len(grants), "flags": len(flags), "ceremony": ceremony.id, **counts}
    audit_many(session, SYSTEM,
               [("demo_remission_created", "remission_ceremony", ceremony.id, None, summary)],
               now)  # fmt: skip


def _demo_programme(session: Session, ceremony_id: str) -> None:
    """The default run sheet from 08:00 and the guests, as staff would prepare them."""
    facility = session.scalar(select(Facility).limit(1))
    city, name = (facility.city, facility.name) if facility else ("", "")
    template = default_template()
    items = template.expand(template.default_start, city, name)
    session.add_all(CeremonyAgendaItem(ceremony_id=ceremony_id, position=i, **asdict(item))
                    for i, item in enumerate(items))  # fmt: skip
    session.add_all(CeremonyGuest(ceremony_id=ceremony_id, position=i, name=guest,
                                  office=office.format(city=city), role=role)
                    for i, (guest, office, role) in enumerate(GUESTS))  # fmt: skip


register_demo_step(DemoStep("Riwayat remisi dan upacara 17 Agustus", demo_remission))
