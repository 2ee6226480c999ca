"""A proposal line: the engine's decision turned into row values, an override's outcome, and the
row turned back into a `ProposalLine` DTO. No session here, no permission checks."""

from __future__ import annotations

import json
from datetime import date, timedelta
from json.encoder import encode_basestring
from typing import Any

from app.domain.remission.decide import Decision
from app.domain.remission.keydates import case_timeline, extend
from app.domain.remission.labels import INCOMPLETE, INVALID
from app.domain.remission.model import Case, Occasion
from app.domain.remission.reasons import Reason
from app.domain.remission.rules import RuleSet
from app.services.remission_dto import ProposalLine, ReasonDTO
from app.text import QT_TRANSLATE_NOOP

INCOMPLETE_TEXT = QT_TRANSLATE_NOOP(
    "remission", "Data register belum lengkap: tanggal mulai penahanan tidak tercatat."
)
# why the register gives no case (remission_cases.register_rows), as the line's reason
PROBLEM_REASONS = {
    "no_detention_start": (INCOMPLETE, INCOMPLETE_TEXT),
    "sentence_too_long": (INVALID, QT_TRANSLATE_NOOP(
        "remission",
        "Data register tidak sah: lama pidana lebih dari 100 tahun. Perbaiki perkaranya di "
        "register.",
    )),
}  # fmt: skip


# The function json.dumps(..., ensure_ascii=False) itself encodes strings with (the C one when
# available): JSON written piece by piece with it is byte for byte what json.dumps writes.
_encode = encode_basestring


VALUE_COLUMNS = ("eligible", "susulan", "child", "days", "additional_days", "category",
                 "release_before", "release_after", "substitute_days")  # fmt: skip
NO_VALUES = (False, False, False, 0, 0, "", None, None, 0)  # a line without a case


def value_tuple(decision: Decision | None, case: Case | None) -> tuple:
    """The computed columns of a line (but the decision JSON) in the order of VALUE_COLUMNS, as
    the bulk insert writes them; override and SK columns are left alone."""
    if decision is None or case is None:
        return NO_VALUES
    return (decision.eligible, decision.susulan_candidate, decision.child, decision.days,
            decision.additional_days, decision.category or "", decision.release_date_before,
            decision.release_date_after, case.fine_unpaid_subsidiary_days)  # fmt: skip


class LineEncoder:
    """The decision JSON of many lines. The reasons of a proposal list repeat (the Decider
    shares one reason object among everyone it applies to), so each reason object is encoded
    once per encoder; an encoder lives for one computation (nothing is kept across)."""

    def __init__(self) -> None:
        # id(reason) -> (its JSON, the reason): holding the reason keeps its id from being
        # reused by another object while the encoder lives
        self._json_parts: dict[int, tuple[str, Reason]] = {}
        self._encoded: dict[str, str] = {}  # codes and bases (a few dozen) as JSON strings

    def decision_json(self, decision: Decision | None, problem: str = "") -> str:
        """What the line stores in `decision`: nth, served days and the reasons (code, text,
        basis, excludes), the same text json.dumps(..., ensure_ascii=False) writes."""
        if decision is None:
            code, text = PROBLEM_REASONS.get(problem, (INCOMPLETE, INCOMPLETE_TEXT))
            reasons = [{"code": code, "text": text, "basis": "", "excludes": True}]
            return json.dumps({"problem": problem, "reasons": reasons}, ensure_ascii=False)
        parts, objects = self._json_parts, []
        for r in decision.reasons:
            found = parts.get(id(r))
            if found is None:
                found = parts[id(r)] = (self._reason_json(r), r)
            objects.append(found[0])
        nth = "null" if decision.nth is None else int(decision.nth)
        reasons = ", ".join(objects)
        return (
            f'{{"nth": {nth}, "served_days": {int(decision.served_days)}, "reasons": [{reasons}]}}'
        )

    def _reason_json(self, r: Reason) -> str:
        """The reason as its JSON object: what json.dumps writes for {"code", "text", "basis",
        "excludes"}."""
        encoded = self._encoded
        code = encoded.get(r.code) or encoded.setdefault(r.code, _encode(r.code))
        basis = encoded.get(r.basis) or encoded.setdefault(r.basis, _encode(r.basis))
        excludes = "true" if r.excludes else "false"
        return (f'{{"code": {code}, "text": {_encode(r.text)}, "basis": {basis}, '
                f'"excludes": {excludes}}}')  # fmt: skip


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
