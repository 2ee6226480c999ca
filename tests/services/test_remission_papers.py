"""A ceremony's printed papers on a real database: proposal list, SK extracts, release list,
statistics, and the piagam issued through the certificate register."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from app.domain.inmates.record import DetentionData
from app.domain.roles import Role
from app.errors import Cancelled, Conflict, PermissionDenied, ValidationError
from app.services.certificates import CertificateFilter, VerifyStatus
from app.services.remission_dto import FlagsInput, LineOverride, NewCeremony, SkEntry
from app.services.remission_papers import (
    PiagamPending,
    occasion_name,
    piagam_subject,
    sentence_text,
)
from tests.remission_samples import detainee, example1, example3, example4

D = date
SK_DATE = D(2025, 8, 10)


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(pdf: bytes) -> str:
    return " ".join(" ".join(pages_of(pdf)).split())


@pytest.fixture
def ceremony(services, admin, make_actor):
    """RU 2025 over example 1 (donor, RT), 3 (discipline), 4 (category II), 4 with an unpaid
    fine substitute (category II, staying), and a detainee; approved, SK recorded."""
    inmates = services.inmates
    one = inmates.create(admin, example1(1, full_name="Satu Contoh"))
    inmates.create(admin, example3(3))
    inmates.create(admin, example4(4, full_name="Empat Contoh"))
    inmates.create(admin, example4(5, 30, full_name="Lima Denda"))
    inmates.create(admin, detainee(6, full_name="Enam Tahanan"))
    services.remission.set_flags(admin, one.id, FlagsInput(note="Donor darah PMI", donor=True))
    remission = services.remission
    made = remission.create_ceremony(admin, NewCeremony("RU", year=2025, venue="Aula Rutan"))
    remission.compute_proposals(admin, made.id)
    return made


def approve_and_sk(services, admin, make_actor, ceremony_id, commit=False):
    remission = services.remission
    remission.approve_ceremony(make_actor(Role.PIMPINAN), ceremony_id)
    granted = [line for line in remission.proposal_list(admin, ceremony_id) if line.granted]
    entries = [SkEntry(line.line_id, f"W11.PAS-{n}.PK.05.04/2025", SK_DATE)
               for n, line in enumerate(granted, start=1)]  # fmt: skip
    remission.record_sk(admin, ceremony_id, entries)
    if commit:
        remission.commit_grants(admin, ceremony_id)
    return granted


def test_draft_proposal_list_is_marked_and_grouped(services, admin, ceremony):
    pdf = services.remission.proposal_list_pdf(admin, ceremony.id)
    text = flat(pdf)
    assert "DAFTAR USULAN REMISI UMUM TAHUN 2025" in text
    assert "DRAF — belum disetujui" in text
    assert "Pemberian Remisi Umum 17 Agustus 2025" in text and "Aula Rutan" in text
    for name in ("Satu Contoh", "Empat Contoh", "Lima Denda", "Enam Tahanan"):
        assert name in text
    # sections in order: granted, (no susulan here), not proposed
    assert text.index("A. Diusulkan mendapat remisi (3 orang)") < text.index("Satu Contoh")
    assert text.index("C. Tidak diusulkan (2 orang)") < text.index("Enam Tahanan")
    assert "3 tahun" in text and "1 tahun 6 bulan" in text  # sentences
    assert "60 hari + RT 30 hari" in text and "RT: donor" in text
    assert "10 Februari 2027" in text and "12 November 2026" in text  # before / after
    assert "Bebas pada hari remisi" in text
    assert "setelah kurungan pengganti denda 30 hari" in text
    assert "register F" in text  # example 3's excluding reason
    assert "Belum narapidana" in text  # the detainee's reason
    # not proposed: no amount columns, their room goes to the reasons
    assert "Tanggal bebas" in text[text.index("C. Tidak diusulkan") :]
    assert "Besar remisi" not in text[text.index("C. Tidak diusulkan") :]
    assert "NIK" not in text and "Jl." not in text.split("Pekalongan", 1)[1]
    assert PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width > 800  # landscape


def test_an_sk_number_is_printed_on_the_line_of_its_word_sk(services, admin, make_actor,
                                                           ceremony):  # fmt: skip
    """The Keterangan column broke "SK" from its number at a line end."""
    approve_and_sk(services, admin, make_actor, ceremony.id)
    lines = pages_of(services.remission.proposal_list_pdf(admin, ceremony.id))[0].splitlines()
    for n in (1, 2, 3):
        assert any(re.search(rf"SK\s?W11\.PAS-{n}\.PK", line) for line in lines), n


def test_overridden_and_susulan_lines_are_explained(services, admin):
    remission = services.remission
    long_held = detainee(7, full_name="Tujuh Susulan", admission_date=D(2024, 1, 5),
                         detentions=(DetentionData("A.I", D(2024, 1, 5), D(2024, 3, 4)),))  # fmt: skip
    services.inmates.create(admin, long_held)
    services.inmates.create(admin, example4(4, full_name="Empat Contoh"))
    made = remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    remission.compute_proposals(admin, made.id)
    four = next(x for x in remission.proposal_list(admin, made.id) if x.full_name == "Empat Contoh")
    remission.override_line(admin, four.line_id, LineOverride(False, "Berkas belum lengkap"))
    lines = remission.proposal_list(admin, made.id)
    assert any(line.susulan for line in lines)
    text = flat(remission.proposal_list_pdf(admin, made.id))
    assert "B. Calon remisi susulan (1 orang)" in text and "Calon remisi susulan:" in text
    assert "Diubah: Berkas belum lengkap (hasil hitung: 60 hari)" in text


def test_sk_extracts_one_page_per_recipient(services, admin, make_actor, ceremony):
    with pytest.raises(ValidationError) as info:  # a draft has no SK yet
        services.remission.sk_extracts_pdf(admin, ceremony.id)
    assert "status" in info.value.field_errors
    granted = approve_and_sk(services, admin, make_actor, ceremony.id, commit=True)
    seen: list[tuple[int, int]] = []

    class Recorder:
        def update(self, done, total, message=""):
            seen.append((done, total))

    pdf = services.remission.sk_extracts_pdf(admin, ceremony.id, progress=Recorder())
    pages = pages_of(pdf)
    assert len(pages) == len(granted) == 3
    assert seen[-1] == (3, 3)
    joined = [" ".join(p.split()) for p in pages]
    by_name = {n: p for n in ("Satu Contoh", "Empat Contoh", "Lima Denda") for p in joined
               if n in p}  # fmt: skip
    one = by_name["Satu Contoh"]
    assert "PETIKAN" in one and "KEPUTUSAN TENTANG PEMBERIAN REMISI UMUM TAHUN 2025" in one
    assert "Nomor: W11.PAS-" in one and "Tanggal: 10 Agustus 2025" in one
    assert "60 hari (2 bulan) dan Remisi Tambahan 30 hari (1 bulan)" in one
    assert "10 Februari 2027" in one and "12 November 2026" in one and "3 tahun" in one
    assert "Petikan sesuai dengan aslinya" in one and "Pekalongan, 17 Agustus 2025" in one
    assert "NIP. 197001012000031001" in one and "RUTAN KELAS IIA PEKALONGAN" in one
    assert "II (bebas pada hari remisi)" in by_name["Empat Contoh"]
    assert "kurungan pengganti denda 30 hari" in by_name["Lima Denda"]
    # not free on the day: the category says so, not "bebas pada hari remisi"
    assert "II (bebas pada hari remisi)" not in by_name["Lima Denda"]
    assert ("II (pidana pokok selesai pada hari remisi; bebas setelah menjalani kurungan "
            "pengganti denda)") in by_name["Lima Denda"]  # fmt: skip
    only = services.remission.sk_extracts_pdf(admin, ceremony.id, [granted[0].line_id])
    assert len(pages_of(only)) == 1
    refused = next(x for x in services.remission.proposal_list(admin, ceremony.id)
                   if not x.granted)  # fmt: skip
    with pytest.raises(ValidationError) as info:
        services.remission.sk_extracts_pdf(admin, ceremony.id, [refused.line_id])
    assert "lines" in info.value.field_errors

    class Cancel:
        def update(self, done, total, message=""):
            if done >= 1:
                raise Cancelled()

    with pytest.raises(Cancelled):
        services.remission.sk_extracts_pdf(admin, ceremony.id, progress=Cancel())


def test_release_list_has_both_sections(services, admin, ceremony):
    text = flat(services.remission.release_list_pdf(admin, ceremony.id))
    assert "KATEGORI II" in text and "DRAF" in text
    free = text.index("A. Bebas pada hari Minggu, 17 Agustus 2025 (1 orang)")
    staying = text.index("B. Tetap menjalani pidana kurungan pengganti denda (1 orang)")
    assert free < text.index("Empat Contoh") < staying < text.index("Lima Denda")
    assert "30 hari" in text[staying:] and "16 September 2025" in text[staying:]
    assert "Satu Contoh" not in text  # category I
    assert "Pekalongan, 17 Agustus 2025" in text


def test_statistics_page_matches_statistics_without_names(services, admin, make_actor, ceremony):
    approve_and_sk(services, admin, make_actor, ceremony.id)
    stats = services.remission.statistics(admin, ceremony.id)
    text = flat(services.remission.statistics_pdf(admin, ceremony.id))
    assert "STATISTIK REMISI UMUM TAHUN 2025" in text and "DRAF" not in text
    assert "Tanpa Remisi Tambahan (RT)." in text  # RU: the amounts leave RT out
    for name in ("Satu Contoh", "Empat Contoh", "Lima Denda", "Enam Tahanan"):
        assert name not in text
    assert f"Warga binaan dalam daftar usulan {stats.total} orang" in text
    assert f"Memenuhi syarat (hasil perhitungan) {stats.eligible} orang" in text
    assert f"Calon remisi susulan {stats.susulan} orang" in text
    assert f"Diberi remisi {stats.granted} orang" in text
    assert f"Jumlah hari remisi yang diberikan (termasuk RT) {stats.total_days} hari" in text
    assert f"Remisi Umum (RU) {stats.by_kind['RU']} orang" in text
    assert f"Remisi Tambahan (RT) {stats.by_kind['RT']} orang" in text
    assert stats.by_category["II"] == 2 and stats.category_ii_substitute == 1
    assert "Kategori II (bebas pada hari remisi) 1 orang" in text  # Empat Contoh
    assert "Kategori II (bebas setelah kurungan pengganti denda) 1 orang" in text  # Lima Denda
    assert f"60 hari (2 bulan) {stats.by_amount[60]} orang" in text
    assert "Tercatat hukuman disiplin (register F) 1 orang" in text
    assert "Belum narapidana (belum ada putusan berkekuatan hukum tetap) 1 orang" in text


def test_the_demo_statistics_fit_on_one_page(empty_services):
    from app.services.demo import DemoOptions

    empty_services.demo.load(DemoOptions(inmates=400))
    admin = empty_services.auth.login("admin", "sibina2025")
    (made,) = empty_services.remission.list_ceremonies(admin)
    (page,) = pages_of(empty_services.remission.statistics_pdf(admin, made.id))
    assert "5. Alasan tidak memenuhi syarat" in page and "Drs. Andika Pratama" in page


class Recorder:
    """A progress that records every update and cancels at `stop` (a page number)."""

    def __init__(self, stop: int | None = None) -> None:
        self.pages: list[int] = []
        self.stop = stop

    def update(self, done: int, total: int, message: str = "") -> None:
        self.pages.append(done)
        if done == self.stop:
            raise Cancelled()


def test_the_long_proposal_list_reports_each_page_and_can_be_cancelled(empty_services):
    from app.services.demo import DemoOptions

    empty_services.demo.load(DemoOptions(inmates=150))
    admin = empty_services.auth.login("admin", "sibina2025")
    (made,) = empty_services.remission.list_ceremonies(admin)
    seen = Recorder()
    pages = pages_of(empty_services.remission.proposal_list_pdf(admin, made.id, seen))
    assert len(pages) > 3
    assert seen.pages[-len(pages) :] == list(range(1, len(pages) + 1))
    with pytest.raises(Cancelled):
        empty_services.remission.proposal_list_pdf(admin, made.id, Recorder(stop=2))


def test_papers_need_view_remission(services, admin, make_actor, ceremony):
    farmer = make_actor(Role.PERTANIAN)
    for call in (services.remission.proposal_list_pdf, services.remission.release_list_pdf,
                 services.remission.statistics_pdf, services.remission.sk_extracts_pdf,
                 services.remission.issue_piagam, services.remission.piagam_pending):  # fmt: skip
        with pytest.raises(PermissionDenied):
            call(farmer, ceremony.id)
    head = make_actor(Role.PIMPINAN, "kepala")
    for call in (services.remission.issue_piagam, services.remission.piagam_pending):
        with pytest.raises(PermissionDenied):  # pimpinan reads but does not issue certificates
            call(head, ceremony.id)


def test_piagam_issued_once_per_line_and_verifies(services, admin, make_actor, ceremony):
    with pytest.raises(ValidationError):  # draft
        services.remission.issue_piagam(admin, ceremony.id)
    granted = approve_and_sk(services, admin, make_actor, ceremony.id)
    pending = services.remission.piagam_pending
    assert pending(admin, ceremony.id) == PiagamPending(to_issue=3, already=0)
    assert services.certificates.list(admin, CertificateFilter(kind="remisi")) == []  # asked only
    first = services.remission.issue_piagam(admin, ceremony.id, [granted[0].line_id])
    assert (len(first.certificates), first.skipped) == (1, 0)
    assert pending(admin, ceremony.id) == PiagamPending(to_issue=2, already=1)
    batch = services.remission.issue_piagam(admin, ceremony.id)
    assert (len(batch.certificates), batch.skipped) == (2, 1)
    for call in (services.remission.issue_piagam, pending):
        with pytest.raises(ValidationError) as info:
            call(admin, ceremony.id)
        assert "lines" in info.value.field_errors
    certs = services.certificates.list(admin, CertificateFilter(kind="remisi"))
    assert len(certs) == 3
    by_name = {c.recipient_name: c for c in certs}
    one = by_name["Satu Contoh"]
    assert one.kind_label == "Piagam remisi" and one.issued_on == D(2025, 8, 17)
    assert (
        one.refers_to
        == f"remission_line:{next(x.line_id for x in granted if x.full_name == 'Satu Contoh')}"
    )
    assert one.recipient_uuid == next(x.inmate_id for x in granted if x.full_name == "Satu Contoh")
    assert one.subject == ("Remisi Umum Tahun 2025 sebesar 2 (dua) bulan dan Remisi Tambahan "
                           "sebesar 1 (satu) bulan")  # fmt: skip
    assert services.certificates.verify(one.verification_code).status is VerifyStatus.VALID
    text = flat(batch.pdf)
    assert "P I A G A M" in text and "sebagai penghargaan atas kelakuan baik" in text
    assert "Keputusan Nomor W11.PAS-" in text
    # a revoked piagam may be issued again
    services.certificates.revoke(admin, one.id, "Nama salah ketik")
    again = services.remission.issue_piagam(admin, ceremony.id)
    assert [c.recipient_name for c in again.certificates] == ["Satu Contoh"]
    assert again.skipped == 2


def test_piagam_issued_meanwhile_elsewhere_issues_nothing(
    services, admin, make_actor, ceremony, monkeypatch
):
    """Another workstation issues between this one's check and its issue: the check under the
    write lock refuses the whole batch, with a message, and nothing more is issued."""
    granted = approve_and_sk(services, admin, make_actor, ceremony.id)
    services.remission.issue_piagam(admin, ceremony.id, [granted[0].line_id])
    # this workstation's first look saw none issued yet
    monkeypatch.setattr("app.services.remission_papers.valid_references", lambda *a: set())
    with pytest.raises(Conflict) as info:
        services.remission.issue_piagam(admin, ceremony.id)
    assert "1 penerima baru saja diterbitkan" in info.value.message
    assert len(services.certificates.list(admin, CertificateFilter(kind="remisi"))) == 1
    monkeypatch.undo()
    batch = services.remission.issue_piagam(admin, ceremony.id)
    assert (len(batch.certificates), batch.skipped) == (2, 1)


def test_text_helpers():
    assert occasion_name("RK", 2026, "Idul Fitri") == "Remisi Khusus Idul Fitri Tahun 2026"
    assert occasion_name("RU", 2025, child=True) == (
        "Pengurangan Masa Pidana (Remisi Umum) Tahun 2025"
    )
    assert occasion_name("RD", 2025, child=True) == "Remisi Dasawarsa Tahun 2025"
    assert piagam_subject("Remisi Umum Tahun 2025", 45, 0) == (
        "Remisi Umum Tahun 2025 sebesar 1 (satu) bulan 15 (lima belas) hari"
    )
    from app.domain.remission.model import Sentence, SentenceType

    assert sentence_text(Sentence(SentenceType.PENJARA, 3, 6)) == "3 tahun 6 bulan"
    assert sentence_text(Sentence(SentenceType.KURUNGAN, 0, 6)) == "kurungan 6 bulan"
    assert sentence_text(Sentence(SentenceType.SEUMUR_HIDUP)) == "Seumur hidup"
    assert sentence_text(None) == "—"


def test_the_rk_statistics_page_says_nothing_of_rt(services, admin):
    services.inmates.create(admin, example1(1, full_name="Satu Contoh"))
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RK", D(2025, 3, 31),
                                                                     religion="islam"))  # fmt: skip
    services.remission.compute_proposals(admin, ceremony.id)
    text = flat(services.remission.statistics_pdf(admin, ceremony.id))
    assert "STATISTIK" in text and "Satu orang dapat tercatat" in text
    assert "Remisi Tambahan" not in text and "Penerima RT" not in text
    assert "(termasuk RT)" not in text and "Jumlah hari remisi yang diberikan " in text
