"""Demo data: a few certificates of the demo kind for fictional recipients, so the register is
not empty. Runs inside the demo transaction (after the setup hooks created the signing key).

The recipients get their own fictional UUIDs; they are not linked to the demo inmates of the
register yet (that tab's demo step may run before or after this one).
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Facility, SigningKey
from app.services.actor import SYSTEM
from app.services.certificates.dto import IssueRequest
from app.services.certificates.issuing import issue_rows
from app.services.certificates.keys import PURPOSE, create_key_if_missing
from app.services.clock import Clock
from app.services.demo import DemoOptions, DemoStep, register_demo_step
from app.services.facility import to_profile
from app.services.progress import NullProgress, Progress

DEMO_NAMES = (
    "Ahmad Fauzi (DEMO)", "Bambang Setiawan (DEMO)", "Slamet Riyadi (DEMO)",
    "Dedi Kurniawan (DEMO)", "Eko Prasetyo (DEMO)", "Rudi Hartono (DEMO)",
)  # fmt: skip
DEMO_SUBJECTS = (
    "Pelatihan Budidaya Sayuran Hidroponik",
    "Kejar Paket B Tahun Ajaran 2024/2025",
    "Gerakan Literasi: Membaca 12 Buku dalam Setahun",
)


def demo_certificates(
    session: Session, rng: random.Random, options: DemoOptions, clock: Clock, progress: Progress
) -> None:
    create_key_if_missing(session, clock)
    key_row = session.scalar(select(SigningKey).where(SigningKey.purpose == PURPOSE))
    facility = to_profile(session.scalar(select(Facility).limit(1)))
    key = Ed25519PrivateKey.from_private_bytes(key_row.private_key)
    requests = [
        IssueRequest(
            kind="demo",
            recipient_uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            recipient_name=name,
            subject=DEMO_SUBJECTS[i % len(DEMO_SUBJECTS)],
        )
        for i, name in enumerate(DEMO_NAMES)
    ]
    on = clock().date() - timedelta(days=rng.randint(1, 30))
    issue_rows(session, SYSTEM, requests, on=on, facility=facility, key=key, second_signer=None,
               progress=NullProgress(), clock=clock)  # fmt: skip


register_demo_step(DemoStep("Sertifikat contoh", demo_certificates))
