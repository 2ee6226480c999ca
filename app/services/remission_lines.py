"""A proposal line: the engine's decision turned into row values, an override's outcome, and the
row turned back into a `ProposalLine` DTO. No session here, no permission checks."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from typing import Any

from app.domain.remission.decide import Decision
from app.domain.remission.keydates import case_timeline, extend
from app.domain.remission.model import Case, Occasion
from app.domain.remission.reasons import Reason
from app.domain.remission.rules import RuleSet
from app.services.remission_dto import ProposalLine, ReasonDTO

INCOMPLETE = "REGISTER_INCOMPLETE"
INCOMPLETE_TEXT = "Data register belum lengkap: tanggal mulai penahanan tidak tercatat."


def decision_json(decision: Decision | None, problem: str = "") -> str:
    if decision is None:
        reasons = [{"code": INCOMPLETE, "text": INCOMPLETE_TEXT, "basis": "", "excludes": True}]
        return json.dumps({"problem": problem, "reasons": reasons}, ensure_ascii=False)
    return json.dumps(
        {
            "nth": decision.nth,
            "served_days": decision.served_days,
            "reasons": [_reason(r) for r in decision.reasons],
        },
        ensure_ascii=False,
    )


def _reason(r: Reason) -> dict[str, Any]:
    return {"code": r.code, "text": r.text, "basis": r.basis, "excludes": r.excludes}


def line_values(decision: Decision | None, case: Case | None, problem: str = "") -> dict[str, Any]:
    """The computed columns of a line but the reasons' JSON (`decision_json`, written only when
    the line is written); override and SK columns are left alone."""
    if decision is None or case is None:
        return dict(eligible=False, susulan=False, child=False, days=0, additional_days=0,
                    category="", release_before=None, release_after=None,
                    substitute_days=0)  # fmt: skip
    return dict(
        eligible=decision.eligible,
        susulan=decision.susulan_candidate,
        child=decision.child,
        days=decision.days,
        additional_days=decision.additional_days,
        category=decision.category or "",
        release_before=decision.release_date_before,
        release_after=decision.release_date_after,
        substitute_days=case.fine_unpaid_subsidiary_days,
    )


def line_digest(values: dict[str, Any], decision: Decision | None, problem: str = "") -> str:
    """A fingerprint of everything a line shows (values and every reason with its basis)."""
    parts = [str(v) for v in values.values()]
    if decision is None:
        parts.append(problem)
    else:
        parts.extend(f"{r.code}\x1f{r.text}\x1f{r.basis}" for r in decision.reasons)
    return hashlib.blake2b("\x1e".join(parts).encode("utf-8"), digest_size=16).hexdigest()


def override_outcome(
    case: Case, occasion: Occasion, rules: RuleSet, days: int, additional: int
) -> tuple[date | None, str] | None:
    """(release date after, category) when `days + additional` are granted on the occasion, the
    same way the engine computes them; None when the sentence has no end (life, death, none)."""
    occ = occasion.date
    history = [(r.date, r.days) for r in case.prior_remissions if r.date < occ]
    before = case_timeline(case, rules, history)
    if before is None:
        return None
    total = days + additional
    if total <= 0:
        return before.release, ""
    after = extend(before, case.detention_start, case.fine_unpaid_subsidiary_days, occ, total)
    current_end = before.main_end if before.main_end > occ else before.release
    category = "II" if current_end - timedelta(days=total) <= occ else "I"
    return after.release, category


def reasons_of(data: dict[str, Any]) -> tuple[ReasonDTO, ...]:
    return tuple(
        ReasonDTO(r["code"], r["text"], r.get("basis", ""), bool(r.get("excludes")))
        for r in data.get("reasons", ())
    )


def granted_values(line: Any) -> tuple[bool, int, int, str, date | None]:
    """(granted, days, additional days, category, release date): the override when set.
    `line` is a CeremonyLine or a row of its table (the same attribute names)."""
    if line.overridden:
        return (line.override_granted, line.override_days, line.override_additional_days,
                line.override_category, line.override_release_after)  # fmt: skip
    return line.eligible, line.days, line.additional_days, line.category, line.release_after


def to_line(line: Any, reg_number: str, full_name: str) -> ProposalLine:
    granted, days, additional, category, release = granted_values(line)
    decision = json.loads(line.decision or "{}")
    return ProposalLine(
        line_id=line.id,
        inmate_id=line.inmate_id,
        reg_number=reg_number,
        full_name=full_name,
        eligible=line.eligible,
        susulan=line.susulan,
        child=line.child,
        days=line.days,
        additional_days=line.additional_days,
        category=line.category,
        release_before=line.release_before,
        release_after=line.release_after,
        substitute_days=line.substitute_days,
        reasons=reasons_of(decision),
        served_days=int(decision.get("served_days") or 0),
        nth=decision.get("nth"),
        overridden=line.overridden,
        override_justification=line.override_justification,
        granted=granted,
        granted_days=days if granted else 0,
        granted_additional_days=additional if granted else 0,
        granted_category=category if granted else "",
        granted_release=release,
        sk_number=line.sk_number,
        sk_date=line.sk_date,
    )
