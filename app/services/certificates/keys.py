"""The facility's Ed25519 signing key, kept in the database.

Created by the setup transaction (a setup hook) and, for databases set up before certificates
existed, on first use. Only the public key ever leaves the database (admin screen, data packs).
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import SigningKey
from app.db.uow import UnitOfWorkFactory
from app.services import audit
from app.services.actor import SYSTEM
from app.services.certificates.codes import b64url
from app.services.clock import Clock
from app.services.setup import register_setup_hook

PURPOSE = "facility"


def fingerprint(public_raw: bytes) -> str:
    """Short, readable fingerprint of a public key (first 16 hex of SHA-256, in groups)."""
    digest = hashlib.sha256(public_raw).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def create_key_if_missing(session: Session, clock: Clock) -> None:
    """Setup hook: add the facility key in the caller's transaction (audited)."""
    if session.scalar(select(SigningKey.id).where(SigningKey.purpose == PURPOSE)) is not None:
        return
    private = Ed25519PrivateKey.generate()
    public_raw = private.public_key().public_bytes_raw()
    session.add(
        SigningKey(
            purpose=PURPOSE,
            algorithm="ed25519",
            private_key=private.private_bytes_raw(),
            public_key=public_raw,
            created_at=clock(),
        )
    )
    session.flush()
    audit.record(session, SYSTEM, "signing_key_created", "signing_key", PURPOSE,
                 after={"public_key": b64url(public_raw), "fingerprint": fingerprint(public_raw)},
                 clock=clock)  # fmt: skip


register_setup_hook(create_key_if_missing)


class KeyStore:
    """Loads the key pair, creating it in its own transaction when an older database lacks it."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow_factory
        self._clock = clock

    def private_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self._row()[0])

    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self._row()[1])

    def public_raw(self) -> bytes:
        return self._row()[1]

    def _row(self) -> tuple[bytes, bytes]:
        for _attempt in range(2):
            with self._uow() as uow:
                row = uow.session.scalar(select(SigningKey).where(SigningKey.purpose == PURPOSE))
                if row is not None:
                    return row.private_key, row.public_key
            try:
                with self._uow() as uow:
                    uow.lock_for_write()
                    create_key_if_missing(uow.session, self._clock)
                    uow.commit()
            except IntegrityError:  # another workstation created it at the same moment
                continue
        raise RuntimeError("signing key could not be created")  # pragma: no cover
