"""The certificate register: issue, numbering, verify, revoke, reprint, permissions."""

from __future__ import annotations

import threading
import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import (
    AuditEvent,
    Certificate,
    CertificateReprint,
    CertificateRevocation,
    CertificateSequence,
    SigningKey,
)
from app.domain.roles import Role
from app.errors import Cancelled, Conflict, NotFound, PermissionDenied, ValidationError
from app.services.certificates import CertificateFilter, IssueRequest, VerifyStatus
from app.services.certificates.codes import ALPHABET, CODE_LENGTH
from app.services.container import open_services

ON = date(2025, 7, 15)


def req(name: str = "Ahmad Fauzi", kind: str = "pembinaan") -> IssueRequest:
    return IssueRequest(kind, str(uuid.uuid4()), name, "Pelatihan Pertanian Hortikultura")


def counts(services) -> dict[str, int]:
    with services.uow() as uow:
        s = uow.session
        return {
            "certs": s.scalar(select(func.count(Certificate.id))),
            "audit": s.scalar(select(func.count(AuditEvent.id))),
            "reprints": s.scalar(select(func.count(CertificateReprint.id))),
            "revocations": s.scalar(select(func.count(CertificateRevocation.id))),
            "seq": s.scalar(select(func.coalesce(func.sum(CertificateSequence.last_value), 0))),
        }


def test_setup_creates_the_signing_key_once(services):
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count(SigningKey.id))) == 1
    key, fingerprint = services.certificates.public_key_info()
    assert len(key) == 43 and len(fingerprint) == 19


def test_key_created_lazily_for_an_older_database(services, admin):
    with services.uow() as uow:
        uow.session.query(SigningKey).delete()
        uow.commit()
    batch = services.certificates.issue(admin, [req()], issued_on=ON)
    assert services.certificates.verify(batch.certificates[0].verification_code).ok


def test_issue_numbers_code_and_audit(services, admin):
    batch = services.certificates.issue(admin, [req("A"), req("B")], issued_on=ON)
    first, second = batch.certificates
    assert first.number == "0001/SRT-PB/RUTAN-PKL/VII/2025"
    assert second.number == "0002/SRT-PB/RUTAN-PKL/VII/2025"
    for cert in batch.certificates:
        assert len(cert.verification_code) == CODE_LENGTH >= 10
        assert set(cert.verification_code) <= set(ALPHABET)
        assert not set(cert.verification_code) & set("0O1IL")
        assert cert.pdf_sha256 == batch.pdf_sha256
        history = services.audit.history(admin, "certificate", str(cert.id))
        assert [e.action for e in history] == ["certificate_issued"]
    assert batch.pdf.startswith(b"%PDF")


def test_sequences_are_per_kind_and_year(services, admin, clock):
    services.certificates.issue(admin, [req(kind="demo")], issued_on=ON)
    a = services.certificates.issue(admin, [req()], issued_on=ON).certificates[0]
    clock.now = datetime(2026, 1, 2, 9, 0)
    b = services.certificates.issue(admin, [req()], issued_on=date(2026, 1, 2)).certificates[0]
    assert a.number.startswith("0001/") and a.year == 2025
    assert b.number == "0001/SRT-PB/RUTAN-PKL/I/2026"


def test_number_pattern_can_be_changed_and_is_validated(services, admin):
    services.certificates.set_number_pattern(admin, "pembinaan", "PB-{year}-{seq:05d}")
    cert = services.certificates.issue(admin, [req()], issued_on=ON).certificates[0]
    assert cert.number == "PB-2025-00001"
    with pytest.raises(ValidationError) as err:
        services.certificates.set_number_pattern(admin, "pembinaan", "{seq}/no-year")
    assert "number_pattern" in err.value.field_errors


def test_validation_reports_every_problem(services, admin):
    bad = IssueRequest("nope", "not-a-uuid", "  ", "")
    with pytest.raises(ValidationError) as err:
        services.certificates.issue(admin, [bad], issued_on=ON)
    assert set(err.value.field_errors) == {"0.kind", "0.recipient_uuid", "0.recipient_name",
                                           "0.subject"}  # fmt: skip


def test_verify_code_payload_forged_revoked(services, admin):
    from app.services.certificates.rows import payload_text

    cert = services.certificates.issue(admin, [req("Siti Rahmawati")], issued_on=ON).certificates[0]
    with services.uow() as uow:
        payload = payload_text(uow.session.get(Certificate, cert.id))
    assert services.certificates.verify(cert.code_display.lower()).status is VerifyStatus.VALID
    assert services.certificates.verify(payload).status is VerifyStatus.VALID
    assert services.certificates.verify("ABCD-EFGH-JKMN").status is VerifyStatus.NOT_FOUND
    # one changed character anywhere in the payload: forged
    for i in range(0, len(payload), 7):
        ch = payload[i]
        changed = payload[:i] + ("X" if ch != "X" else "Y") + payload[i + 1 :]
        assert services.certificates.verify(changed).status is VerifyStatus.FORGED, i
    # the last character of base64 carries unused bits: still forged
    last = payload[-1]
    for other in "ABCDEFGHQgw":
        if other != last:
            changed = payload[:-1] + other
            assert services.certificates.verify(changed).status is VerifyStatus.FORGED
    services.certificates.revoke(admin, cert.id, "Nama penerima salah ketik")
    assert services.certificates.verify(payload).status is VerifyStatus.REVOKED
    assert services.certificates.verify(cert.verification_code).status is VerifyStatus.REVOKED


def test_payload_signed_by_another_facility_is_forged(services, admin, tmp_path, data_dir, clock):
    from app.services.certificates.rows import payload_text
    from tests.conftest import PASSWORD, PROFILE

    other = open_services(f"sqlite:///{tmp_path}/other.db", data_dir, clock=clock)
    try:
        other.setup.complete(PROFILE, "admin", "Admin", PASSWORD)
        other_admin = other.auth.login("admin", PASSWORD)
        cert = other.certificates.issue(other_admin, [req()], issued_on=ON).certificates[0]
        with other.uow() as uow:
            payload = payload_text(uow.session.get(Certificate, cert.id))
    finally:
        other.dispose()
    assert services.certificates.verify(payload).status is VerifyStatus.FORGED


def test_revoked_number_is_never_reused_and_cannot_be_reprinted(services, admin):
    first = services.certificates.issue(admin, [req()], issued_on=ON).certificates[0]
    services.certificates.revoke(admin, first.id, "Diterbitkan ganda")
    with pytest.raises(Conflict):
        services.certificates.revoke(admin, first.id, "Diterbitkan ganda")
    with pytest.raises(Conflict):
        services.certificates.reprint(admin, first.id)
    second = services.certificates.issue(admin, [req()], issued_on=ON).certificates[0]
    assert second.number.startswith("0002/")
    listed = services.certificates.list(admin, CertificateFilter(status="revoked"))
    assert [c.id for c in listed] == [first.id]
    assert listed[0].revoked_reason == "Diterbitkan ganda"


def test_revoke_needs_a_reason(services, admin):
    cert = services.certificates.issue(admin, [req()], issued_on=ON).certificates[0]
    with pytest.raises(ValidationError) as err:
        services.certificates.revoke(admin, cert.id, " ")
    assert "reason" in err.value.field_errors


def test_reprint_is_logged(services, admin):
    cert = services.certificates.issue(admin, [req()], issued_on=ON).certificates[0]
    pdf = services.certificates.reprint(admin, cert.id, "Hilang")
    assert pdf.startswith(b"%PDF")
    assert services.certificates.get(admin, cert.id).reprints == 1
    actions = [e.action for e in services.audit.history(admin, "certificate", str(cert.id))]
    assert actions == ["certificate_issued", "certificate_reprinted"]


def test_filters(services, admin):
    services.certificates.issue(admin, [req("Budi"), req("Siti")], issued_on=ON)
    services.certificates.issue(admin, [req("Joko", kind="demo")], issued_on=date(2024, 3, 1))
    svc = services.certificates
    assert svc.count(admin, CertificateFilter()) == 3
    assert [c.recipient_name for c in svc.list(admin, CertificateFilter(text="sit"))] == ["Siti"]
    assert svc.count(admin, CertificateFilter(kind="demo")) == 1
    assert svc.count(admin, CertificateFilter(year=2025)) == 2
    assert svc.years(admin) == [2025, 2024]
    code = svc.list(admin, CertificateFilter(text="Budi"))[0].code_display
    assert svc.count(admin, CertificateFilter(text=code.lower())) == 1


def test_cancelled_batch_leaves_nothing(services, admin):
    before = counts(services)

    class CancelAt:
        def update(self, done: int, total: int, message: str = "") -> None:
            if done == 3:
                raise Cancelled()

    with pytest.raises(Cancelled):
        services.certificates.issue(admin, [req(str(i)) for i in range(6)], issued_on=ON,
                                    progress=CancelAt())  # fmt: skip
    assert counts(services) == before
    cert = services.certificates.issue(admin, [req()], issued_on=ON).certificates[0]
    assert cert.number.startswith("0001/")


def test_concurrent_issue_gets_distinct_numbers(services, admin, data_dir, clock):
    """Two workers with their own engines (as two workstations) issue at the same time."""
    errors: list[BaseException] = []
    numbers: list[str] = []
    barrier = threading.Barrier(3)

    def worker(tag: str) -> None:
        own = open_services(services.db_url, data_dir, clock=clock)
        try:
            barrier.wait()
            for i in range(4):
                batch = own.certificates.issue(admin, [req(f"{tag}{i}a"), req(f"{tag}{i}b")],
                                               issued_on=ON)  # fmt: skip
                numbers.extend(c.number for c in batch.certificates)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=worker, args=(t,)) for t in "xyz"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(numbers) == len(set(numbers)) == 24
    seqs = sorted(int(n.split("/")[0]) for n in numbers)
    assert seqs == list(range(1, 25))
    assert services.audit.verify().ok


MUTATIONS = {
    "issue": lambda svc, actor, cid: svc.issue(actor, [req()], issued_on=ON),
    "reprint": lambda svc, actor, cid: svc.reprint(actor, cid, "x"),
    "revoke": lambda svc, actor, cid: svc.revoke(actor, cid, "alasan panjang"),
    "set_number_pattern": lambda svc, actor, cid: svc.set_number_pattern(
        actor, "pembinaan", "{seq}/{year}"
    ),
}
DENIED = {
    "issue": [Role.REGISTRASI, Role.PIMPINAN],
    "reprint": [Role.REGISTRASI, Role.PIMPINAN],
    "revoke": [Role.REGISTRASI, Role.PIMPINAN, Role.PERTANIAN, Role.PENDIDIKAN],
    "set_number_pattern": [Role.REGISTRASI, Role.PIMPINAN],
}


@pytest.mark.parametrize("method", sorted(MUTATIONS))
def test_denied_roles_write_nothing(services, admin, make_actor, method):
    cid = services.certificates.issue(admin, [req()], issued_on=ON).certificates[0].id
    actors = [make_actor(role) for role in DENIED[method]]
    before = counts(services)
    for actor in actors:
        with pytest.raises(PermissionDenied):
            MUTATIONS[method](services.certificates, actor, cid)
    assert counts(services) == before


def test_viewing_needs_the_view_permission(services):
    """Every built-in role may view certificates; a role without the right is simulated."""
    from app.services.actor import Actor

    class NoView(Actor):
        def can(self, permission) -> bool:  # type: ignore[override]
            return False

    with pytest.raises(PermissionDenied):
        services.certificates.list(
            NoView(None, "tamu", "Tamu", Role.REGISTRASI), CertificateFilter()
        )


def test_the_remission_piagam_is_not_issued_by_hand(services, admin, make_actor):
    import app.services.remission_papers  # noqa: F401  (registers the "remisi" kind)

    farmer = make_actor(Role.PERTANIAN)
    before = counts(services)
    for actor in (admin, farmer):
        with pytest.raises(ValidationError) as info:
            services.certificates.issue(actor, [req("Bukan WBP", kind="remisi")], issued_on=ON)
        assert "tab Remisi" in info.value.field_errors["0.kind"]
    assert counts(services) == before
    kinds = {k.code: k.by_hand for k in services.certificates.kinds()}
    assert kinds["remisi"] is False and kinds["pembinaan"] is True


@pytest.mark.parametrize(("offset", "allowed"), [(-731, False), (-730, True), (0, True),
                                                 (31, True), (32, False), (36500, False)])  # fmt: skip
def test_an_issue_date_is_at_most_two_years_back_or_a_month_ahead(services, admin, offset,
                                                                  allowed):  # fmt: skip
    on = ON + timedelta(days=offset)  # the test clock's day is ON
    before = counts(services)
    if allowed:
        assert (
            services.certificates.issue(admin, [req()], issued_on=on).certificates[0].issued_on
            == on
        )
        return
    with pytest.raises(ValidationError) as info:
        services.certificates.issue(admin, [req()], issued_on=on)
    assert set(info.value.field_errors) == {"issued_on"}
    assert counts(services) == before


def test_a_programme_role_sees_only_its_own_offices_certificates(services, admin, make_actor):
    farmer, teacher = make_actor(Role.PERTANIAN), make_actor(Role.PENDIDIKAN)
    farmer2 = make_actor(Role.PERTANIAN, "tani2")
    head = make_actor(Role.PIMPINAN)
    issued = {}
    for actor, name in ((admin, "Umum"), (farmer, "Tani Satu"), (farmer2, "Tani Dua"),
                        (teacher, "Murid")):  # fmt: skip
        issued[name] = services.certificates.issue(actor, [req(name)], issued_on=ON).certificates[0]

    def names(actor):
        return {c.recipient_name for c in services.certificates.list(actor, CertificateFilter())}

    assert names(farmer) == names(farmer2) == {"Tani Satu", "Tani Dua"}
    assert names(teacher) == {"Murid"}
    assert names(admin) == names(head) == set(issued)
    assert services.certificates.count(teacher, CertificateFilter()) == 1
    with pytest.raises(NotFound):
        services.certificates.get(teacher, issued["Tani Satu"].id)
    with pytest.raises(NotFound):
        services.certificates.reprint(farmer, issued["Murid"].id)
    assert services.certificates.get(farmer, issued["Tani Dua"].id).recipient_name == "Tani Dua"
    assert services.certificates.years(teacher) == [2025]
    assert services.certificates.verify(issued["Murid"].verification_code).ok  # no login needed
