"""The ledger entries a granted ceremony line makes: the RU / RK / RD grant (a child's RU or RK is
recorded as PMP with its basis kind) and, with an RU, the Remisi Tambahan as its own entry.

Shared by committing a ceremony and by correcting a committed line, so both write the same rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.db.models import RemissionGrant


def grant_rows(
    ceremony: Any,
    line: Any,
    days: int,
    additional_days: int,
    category: str,
    username: str,
    now: datetime,
    note: str = "",
) -> list[RemissionGrant]:
    """New (unsaved) ledger rows for `days` (+ `additional_days` RT) granted on `line`."""
    kind, basis = ceremony.kind, ""
    if line.child and kind in ("RU", "RK"):
        kind, basis = "PMP", ceremony.kind
    common = dict(inmate_id=line.inmate_id, date=ceremony.date, sk_number=line.sk_number,
                  sk_date=line.sk_date, ceremony_id=ceremony.id, category=category,
                  username=username, created_at=now, note=note)  # fmt: skip
    rows = [RemissionGrant(kind=kind, basis_kind=basis, days=days, **common)]
    if additional_days:
        rows.append(RemissionGrant(kind="RT", days=additional_days, **common))
    return rows
