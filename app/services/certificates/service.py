"""The certificate register: issue (single or batch, all-or-nothing), reprint (logged), revoke,
list, verify. Every write checks the permission, is audited, and commits as one unit."""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Certificate, CertificateReprint
from app.db.uow import UnitOfWorkFactory
from app.domain.dates import long_date
from app.domain.roles import Permission
from app.errors import Conflict, NotFound, ValidationError
from app.reports.certificate_pdf import render_certificates
from app.services import audit
from app.services.actor import Actor, require
from app.services.certificates.codes import clean_name
from app.services.certificates.dto import (
    CertificateDTO,
    CertificateFilter,
    IssuedBatch,
    IssueRequest,
    KindInfo,
    SecondSigner,
    VerifyResult,
)
from app.services.certificates.issuing import PATTERN_KEY, issue_rows, pattern_for
from app.services.certificates.keys import KeyStore, fingerprint
from app.services.certificates.kinds import all_kinds, get_kind, pattern_problem
from app.services.certificates.revoking import add_revocation
from app.services.certificates.rows import (
    listing_query,
    print_item,
    reprint_counts,
    to_dto,
    valid_references,
    visible_to,
)
from app.services.certificates.verify import verify_text
from app.services.clock import Clock, system_clock
from app.services.facility import FacilityService
from app.services.meta import set_meta
from app.services.progress import NullProgress, Progress
from app.text import QT_TRANSLATE_NOOP

MAX_BATCH = 5000
ISSUED_BACK_DAYS = 730
ISSUED_AHEAD_DAYS = 31


class CertificateService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._keys = KeyStore(uow_factory, clock)

    # --- kinds and numbering -------------------------------------------------------------
    def kinds(self) -> list[KindInfo]:
        with self._uow() as uow:
            return [
                KindInfo(k.code, k.label, k.title, self._pattern(uow.session, k.code), k.by_hand)
                for k in all_kinds()
            ]

    def set_number_pattern(self, actor: Actor, kind: str, pattern: str) -> None:
        require(actor, Permission.ISSUE_CERTIFICATES)
        problem = pattern_problem(pattern) if get_kind(kind) else None
        if get_kind(kind) is None:
            problem = QT_TRANSLATE_NOOP("errors", "Jenis sertifikat tidak dikenal.")
        if problem:
            raise ValidationError({"number_pattern": problem})
        with self._uow() as uow:
            uow.lock_for_write()
            before = self._pattern(uow.session, kind)
            set_meta(uow.session, PATTERN_KEY.format(kind=kind), pattern)
            audit.record(uow.session, actor, "certificate_pattern_changed", "certificate_kind",
                         kind, before={"pattern": before}, after={"pattern": pattern},
                         clock=self._clock)  # fmt: skip
            uow.commit()

    @staticmethod
    def _pattern(session, kind: str) -> str:
        return pattern_for(session, kind)

    def public_key_info(self) -> tuple[str, str]:
        """(base64url public key, fingerprint): printed in the admin screen and data packs."""
        from app.services.certificates.codes import b64url

        raw = self._keys.public_raw()
        return b64url(raw), fingerprint(raw)

    # --- issue ---------------------------------------------------------------------------
    def issue(
        self,
        actor: Actor,
        requests: Sequence[IssueRequest],
        *,
        issued_on: date | None = None,
        second_signer: SecondSigner | None = None,
        progress: Progress | None = None,
        once_per_reference: bool = False,
        workflow: bool = False,
    ) -> IssuedBatch:
        """Issue every request into one PDF (one page each), or none at all: a failure or a
        cancel (progress raises Cancelled) rolls the numbers back with everything else.

        `once_per_reference`: refuse the whole batch (Conflict) when a request's `refers_to`
        already has a valid certificate of its kind, checked under the write lock, so that two
        workstations issuing for the same thing at once cannot both issue.

        `workflow`: the caller is a programme's own workflow, which may issue the kinds that
        are not issued by hand (the remission piagam)."""
        require(actor, Permission.ISSUE_CERTIFICATES)
        progress = progress or NullProgress()
        today = self._clock().date()
        on = issued_on or today
        _validate(requests, on, today, workflow)
        facility = FacilityService(self._uow, self._clock).get()
        key = self._keys.private_key()
        progress.update(0, len(requests), "")
        with self._uow() as uow:
            uow.lock_for_write()
            if once_per_reference:
                _refuse_issued_again(uow.session, requests)
            rows, pdf, digest = issue_rows(
                uow.session, actor, requests, on=on, facility=facility, key=key,
                second_signer=second_signer, progress=progress, clock=self._clock,
            )  # fmt: skip
            uow.commit()
            dtos = tuple(to_dto(row, None) for row in rows)
        return IssuedBatch(dtos, pdf, digest)

    # --- reprint and revoke --------------------------------------------------------------
    def reprint(self, actor: Actor, certificate_id: int, reason: str = "") -> bytes:
        """A new copy of an issued certificate (footer says which copy), logged and audited."""
        require(actor, Permission.ISSUE_CERTIFICATES)
        facility = FacilityService(self._uow, self._clock).get()
        with self._uow() as uow:
            uow.lock_for_write()
            row, revocation = self._load(uow.session, actor, certificate_id)
            if revocation is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP("errors", "Sertifikat {number} sudah dicabut."),
                    number=row.number,
                )
            count = reprint_counts(uow.session, [row.id]).get(row.id, 0) + 1
            now = self._clock()
            note = f"Cetak ulang ke-{count}, {long_date(now.date())}"
            pdf = render_certificates(facility, [print_item(row, facility, note)])
            digest = hashlib.sha256(pdf).hexdigest()
            uow.session.add(CertificateReprint(certificate_id=row.id, at=now,
                                               username=actor.username, reason=reason.strip(),
                                               pdf_sha256=digest))  # fmt: skip
            audit.record(uow.session, actor, "certificate_reprinted", "certificate", row.id,
                         after={"number": row.number, "copy": count, "reason": reason.strip(),
                                "pdf_sha256": digest}, clock=self._clock)  # fmt: skip
            uow.commit()
            return pdf

    def revoke(self, actor: Actor, certificate_id: int, reason: str) -> CertificateDTO:
        require(actor, Permission.REVOKE_CERTIFICATES)
        if len(reason.strip()) < 5:
            raise ValidationError(
                {"reason": QT_TRANSLATE_NOOP("errors", "Tuliskan alasan pencabutan.")}
            )
        with self._uow() as uow:
            uow.lock_for_write()
            row, revocation = self._load(uow.session, actor, certificate_id)
            if revocation is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP("errors", "Sertifikat {number} sudah dicabut."),
                    number=row.number,
                )
            revocation = add_revocation(uow.session, actor, row, reason.strip(), self._clock)
            uow.commit()
            return to_dto(row, revocation)

    # --- reading -------------------------------------------------------------------------
    def list(
        self, actor: Actor, flt: CertificateFilter, offset: int = 0, limit: int = 200
    ) -> list[CertificateDTO]:
        require(actor, Permission.VIEW_CERTIFICATES)
        with self._uow() as uow:
            stmt = (
                listing_query(flt, actor)
                .order_by(Certificate.id.desc())
                .offset(offset)
                .limit(limit)
            )
            pairs = uow.session.execute(stmt).all()
            counts = reprint_counts(uow.session, [row.id for row, _ in pairs])
            return [to_dto(row, rev, counts.get(row.id, 0)) for row, rev in pairs]

    def count(self, actor: Actor, flt: CertificateFilter) -> int:
        require(actor, Permission.VIEW_CERTIFICATES)
        with self._uow() as uow:
            sub = listing_query(flt, actor).subquery()
            return int(uow.session.scalar(select(func.count()).select_from(sub)) or 0)

    def get(self, actor: Actor, certificate_id: int) -> CertificateDTO:
        require(actor, Permission.VIEW_CERTIFICATES)
        with self._uow() as uow:
            row, revocation = self._load(uow.session, actor, certificate_id)
            return to_dto(row, revocation, reprint_counts(uow.session, [row.id]).get(row.id, 0))

    def years(self, actor: Actor) -> list[int]:
        require(actor, Permission.VIEW_CERTIFICATES)
        with self._uow() as uow:
            stmt = visible_to(select(Certificate.year).distinct(), actor)
            stmt = stmt.order_by(Certificate.year.desc())
            return [int(y) for y in uow.session.scalars(stmt)]

    def verify(self, text: str) -> VerifyResult:
        """Anyone may verify (no login): the code or the whole QR payload."""
        public = self._keys.public_key()
        with self._uow() as uow:
            return verify_text(uow.session, public, text)

    @staticmethod
    def _load(session, actor: Actor, certificate_id: int):
        pair = session.execute(
            listing_query(CertificateFilter(), actor).where(Certificate.id == certificate_id)
        ).first()
        if pair is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Sertifikat tidak ditemukan."))
        return pair[0], pair[1]


def issue_date_range(today: date) -> tuple[date, date]:
    """The dates a certificate may bear: an activity finished up to two years ago, or one up
    to a month ahead (papers printed before the closing day); anything else is a typing slip."""
    return today - timedelta(days=ISSUED_BACK_DAYS), today + timedelta(days=ISSUED_AHEAD_DAYS)


def _validate(requests: Sequence[IssueRequest], on: date, today: date, workflow: bool) -> None:
    errors: dict[str, str] = {}
    if not requests:
        errors["requests"] = QT_TRANSLATE_NOOP("errors", "Pilih minimal satu penerima.")
    if len(requests) > MAX_BATCH:
        errors["requests"] = QT_TRANSLATE_NOOP("errors", "Terlalu banyak sertifikat sekaligus.")
    first, last = issue_date_range(today)
    if not workflow and not first <= on <= last:  # a workflow dates its own (the ceremony day)
        errors["issued_on"] = QT_TRANSLATE_NOOP(
            "errors", "Tanggal terbit paling awal 2 tahun lalu dan paling lambat 31 hari ke depan."
        )
    for i, req in enumerate(requests):
        kind = get_kind(req.kind)
        if kind is None:
            errors[f"{i}.kind"] = QT_TRANSLATE_NOOP("errors", "Jenis sertifikat tidak dikenal.")
        elif not kind.by_hand and not workflow:
            errors[f"{i}.kind"] = QT_TRANSLATE_NOOP(
                "errors",
                "Jenis ini diterbitkan dari tab programnya, tidak di sini (piagam remisi: dari "
                "upacaranya di tab Remisi, untuk penerima yang disetujui).",
            )
        if not clean_name(req.recipient_name):
            errors[f"{i}.recipient_name"] = QT_TRANSLATE_NOOP(
                "errors", "Nama penerima wajib diisi."
            )
        if not req.subject.strip():
            errors[f"{i}.subject"] = QT_TRANSLATE_NOOP("errors", "Program/kegiatan wajib diisi.")
        try:
            uuid.UUID(req.recipient_uuid.strip())
        except ValueError:
            errors[f"{i}.recipient_uuid"] = QT_TRANSLATE_NOOP("errors", "UUID penerima tidak sah.")
    if errors:
        raise ValidationError(errors)


ISSUED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors",
    "Sertifikat untuk {count} penerima baru saja diterbitkan (mungkin dari komputer lain). "
    "Tidak ada yang diterbitkan; ulangi, maka yang sudah ada dilewati.",
)


def _refuse_issued_again(session: Session, requests: Sequence[IssueRequest]) -> None:
    """Conflict when any request's `refers_to` already has a valid certificate of its kind."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for request in requests:
        if request.refers_to:
            by_kind[request.kind].append(request.refers_to)
    count = sum(len(valid_references(session, kind, refs)) for kind, refs in by_kind.items())
    if count:
        raise Conflict(ISSUED_MEANWHILE, count=count)
