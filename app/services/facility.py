"""The facility profile: read by everyone (letterheads, packs), edited by an admin."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from sqlalchemy import select

from app.db.models import Facility
from app.db.uow import UnitOfWorkFactory
from app.domain.roles import Permission
from app.errors import NotFound, ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.clock import Clock, system_clock
from app.text import QT_TRANSLATE_NOOP

NIP_RE = re.compile(r"^\d{18}$")  # NIP PNS: 18 digits
CODE_RE = re.compile(r"^[A-Za-z0-9._-]{2,40}$")
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class FacilityProfile:
    name: str
    code: str
    address: str
    city: str
    head_name: str
    head_nip: str
    logo_png: bytes | None = None

    def cleaned(self) -> FacilityProfile:
        return replace(
            self,
            name=self.name.strip(),
            code=self.code.strip(),
            address=self.address.strip(),
            city=self.city.strip(),
            head_name=self.head_name.strip(),
            head_nip=re.sub(r"\s+", "", self.head_nip),
        )


def validate_profile(profile: FacilityProfile) -> dict[str, str]:
    p = profile.cleaned()
    errors: dict[str, str] = {}
    required = QT_TRANSLATE_NOOP("errors", "Wajib diisi.")
    for field in ("name", "city", "head_name"):
        if not getattr(p, field):
            errors[field] = required
    if not CODE_RE.match(p.code):
        errors["code"] = QT_TRANSLATE_NOOP(
            "errors", "Kode 2-40 karakter: huruf, angka, titik, - atau _ (tanpa spasi)."
        )
    if not NIP_RE.match(p.head_nip):
        errors["head_nip"] = QT_TRANSLATE_NOOP("errors", "NIP terdiri dari 18 angka.")
    if p.logo_png is not None and len(p.logo_png) > MAX_LOGO_BYTES:
        errors["logo"] = QT_TRANSLATE_NOOP("errors", "Logo terlalu besar (maksimal 2 MB).")
    return errors


def _public(row: Facility) -> dict:
    data = {
        k: getattr(row, k) for k in ("name", "code", "address", "city", "head_name", "head_nip")
    }
    data["logo"] = f"{len(row.logo_png)} bytes" if row.logo_png else None
    return data


def to_profile(row: Facility) -> FacilityProfile:
    return FacilityProfile(
        name=row.name, code=row.code, address=row.address, city=row.city,
        head_name=row.head_name, head_nip=row.head_nip, logo_png=row.logo_png,
    )  # fmt: skip


def save_profile(session, actor: Actor | str, profile: FacilityProfile, clock: Clock) -> Facility:
    """Validate and write the single facility row, audited, in the caller's transaction."""
    errors = validate_profile(profile)
    if errors:
        raise ValidationError(errors)
    clean = profile.cleaned()
    row = session.scalar(select(Facility).limit(1))
    before = _public(row) if row else None
    if row is None:
        row = Facility(**asdict(clean))
        session.add(row)
    else:
        for key, value in asdict(clean).items():
            setattr(row, key, value)
    session.flush()
    action = "facility_updated" if before else "facility_created"
    audit.record(session, actor, action, "facility", row.id, before=before, after=_public(row),
                 clock=clock)  # fmt: skip
    return row


class FacilityService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow_factory
        self._clock = clock

    def get(self) -> FacilityProfile:
        with self._uow() as uow:
            row = uow.session.scalar(select(Facility).limit(1))
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "Profil fasilitas belum diisi."))
            return to_profile(row)

    def update(self, actor: Actor, profile: FacilityProfile) -> FacilityProfile:
        require(actor, Permission.EDIT_FACILITY)
        with self._uow() as uow:
            uow.lock_for_write()
            row = save_profile(uow.session, actor, profile, self._clock)
            uow.commit()
            return to_profile(row)
