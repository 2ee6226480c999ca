"""A remission ceremony's printed papers: the proposal list, the decree extract (petikan SK) per
recipient, the category II release list, the statistics page, and the piagam per recipient
(certificate kind "remisi", registered here so the Certificates tab knows it too).

Printing reads only (VIEW_REMISSION); issuing piagam writes certificates (ISSUE_CERTIFICATES,
through CertificateService, all-or-nothing and audited there). Lists print in every status (a
draft is marked as such); extracts and piagam need an approved or locked ceremony and an SK.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.dates import long_date
from app.domain.remission.labels import KIND_NAMES
from app.domain.remission.model import Sentence, SentenceType
from app.domain.roles import Permission
from app.domain.terbilang import duration_spelled
from app.errors import ValidationError
from app.reports import remission_papers as papers
from app.reports.sk_extract import SkExtract, render_sk_extracts
from app.services.actor import Actor, require
from app.services.certificates import (
    CertificateKind,
    CertificateService,
    IssuedBatch,
    IssueRequest,
    SecondSigner,
    register_kind,
)
from app.services.certificates.rows import valid_references
from app.services.facility import FacilityProfile, FacilityService
from app.services.progress import NullProgress, Progress
from app.services.remission_cases import load_register_cases
from app.services.remission_ceremonies import holiday_name
from app.services.remission_dto import CeremonyDTO, CeremonyStatus, ProposalLine
from app.text import QT_TRANSLATE_NOOP

PIAGAM_KIND = CertificateKind(
    code="remisi",
    label=QT_TRANSLATE_NOOP("certificates", "Piagam remisi"),
    title="PIAGAM",
    body="yang telah menerima {subject} sebagai penghargaan atas kelakuan baik selama menjalani "
    "masa pidana di {facility}.",
    number_pattern="{seq:04d}/PGM-RMS/{facility}/{roman_month}/{year}",
    by_hand=False,
)
register_kind(PIAGAM_KIND)

NOT_APPROVED = QT_TRANSLATE_NOOP(
    "errors", "Upacara ini masih draf: petikan SK dan piagam dicetak setelah disetujui."
)
NO_SK = QT_TRANSLATE_NOOP(
    "errors", "Tidak ada baris terpilih yang diberi remisi dengan nomor dan tanggal SK."
)
NOT_IN_CEREMONY = QT_TRANSLATE_NOOP("errors", "Baris tidak ada pada upacara ini.")
ALL_ISSUED = QT_TRANSLATE_NOOP(
    "errors",
    "Semua penerima terpilih sudah memiliki piagam yang berlaku; cetak ulang melalui tab "
    "Sertifikat.",
)
SENTENCE_NAMES = {SentenceType.SEUMUR_HIDUP: "Seumur hidup", SentenceType.MATI: "Pidana mati"}


@dataclass(frozen=True)
class PiagamBatch(IssuedBatch):
    """The issued piagam (one PDF) and how many chosen lines already had a valid one."""

    skipped: int = 0


@dataclass(frozen=True)
class PiagamPending:
    """Before issuing: how many piagam would be issued, and how many recipients have one."""

    to_issue: int
    already: int


def occasion_name(kind: str, year: int, holiday: str = "", child: bool = False) -> str:
    """Like "Remisi Umum Tahun 2025" or "Remisi Khusus Idul Fitri Tahun 2026"; a child's RU or RK
    reads "Pengurangan Masa Pidana (Remisi Umum) Tahun 2025"."""
    name = KIND_NAMES.get(kind, kind) + (f" {holiday}" if holiday else "")
    if child and kind in ("RU", "RK"):
        name = f"Pengurangan Masa Pidana ({name})"
    return f"{name} Tahun {year}"


def sentence_text(sentence: Sentence | None) -> str:
    """Like "3 tahun 6 bulan", "kurungan 6 bulan" or "Seumur hidup"; "—" without a sentence."""
    if sentence is None:
        return "—"
    if sentence.type in SENTENCE_NAMES:
        return SENTENCE_NAMES[sentence.type]
    parts = [f"{n} {unit}" for n, unit in ((sentence.years, "tahun"), (sentence.months, "bulan"),
                                           (sentence.days, "hari")) if n]  # fmt: skip
    text = " ".join(parts) or "0 hari"
    return f"kurungan {text}" if sentence.type is SentenceType.KURUNGAN else text


def piagam_subject(grant: str, days: int, additional: int, days_per_month: int = 30) -> str:
    """Like "Remisi Umum Tahun 2025 sebesar 2 (dua) bulan [dan Remisi Tambahan sebesar ...]"."""
    text = f"{grant} sebesar {duration_spelled(days, days_per_month)}"
    if additional:
        text += f" dan Remisi Tambahan sebesar {duration_spelled(additional, days_per_month)}"
    return text


def piagam_ref(line_id: int) -> str:
    """What a piagam's `refers_to` holds: the ceremony line it was issued for."""
    return f"remission_line:{line_id}"


def extract_of(
    ceremony: CeremonyDTO, holiday: str, line: ProposalLine, sentence: str, days_per_month: int
) -> SkExtract:
    assert line.sk_date is not None  # _papers_lines keeps only lines with an SK
    return SkExtract(
        grant_name=occasion_name(ceremony.kind, ceremony.date.year, holiday, line.child),
        occasion_day=ceremony.date, sk_number=line.sk_number, sk_date=line.sk_date,
        full_name=line.full_name, reg_number=line.reg_number, sentence=sentence,
        release_before=line.release_before, days=line.granted_days,
        additional_days=line.granted_additional_days, category=line.granted_category,
        release_after=line.granted_release, child=line.child, days_per_month=days_per_month,
    )  # fmt: skip


def piagam_request(
    ceremony: CeremonyDTO, holiday: str, line: ProposalLine, days_per_month: int
) -> IssueRequest:
    assert line.sk_date is not None  # _papers_lines keeps only lines with an SK
    grant = occasion_name(ceremony.kind, ceremony.date.year, holiday, line.child)
    return IssueRequest(
        kind=PIAGAM_KIND.code, recipient_uuid=line.inmate_id, recipient_name=line.full_name,
        subject=piagam_subject(grant, line.granted_days, line.granted_additional_days,
                               days_per_month),
        reason=f"Berdasarkan Keputusan Nomor {line.sk_number} tanggal {long_date(line.sk_date)}.",
        refers_to=piagam_ref(line.line_id),
    )  # fmt: skip


class RemissionPapers:
    """Mixed into RemissionService (which provides _uow, _clock, _rules and the reads)."""

    # --- lists -----------------------------------------------------------------------------
    def proposal_list_pdf(
        self, actor: Actor, ceremony_id: str, progress: Progress | None = None
    ) -> bytes:
        """Every line, landscape: A. proposed for remission, B. susulan candidates, C. not
        proposed; each by name. A draft carries "DRAF" on every page. A facility's list runs to
        hundreds of pages: `progress.update(page, 0)` after each (the total is not known before
        the layout), and Cancel there stops it."""
        require(actor, Permission.VIEW_REMISSION)
        progress = progress or NullProgress()
        heading = self._papers_heading(actor, ceremony_id)
        lines = self.proposal_list(actor, ceremony_id)
        sentences = self._papers_sentences([line.inmate_id for line in lines])
        return papers.proposal_list_pdf(
            self._papers_facility(), heading, lines, sentences,
            on_page=lambda page: progress.update(page, 0, ""),
        )  # fmt: skip

    def release_list_pdf(self, actor: Actor, ceremony_id: str) -> bytes:
        """Category II: free on the ceremony day, and those staying for the fine substitute."""
        require(actor, Permission.VIEW_REMISSION)
        heading = self._papers_heading(actor, ceremony_id)
        data = self.release_list(actor, ceremony_id)
        return papers.release_list_pdf(self._papers_facility(), heading, data)

    def statistics_pdf(self, actor: Actor, ceremony_id: str) -> bytes:
        """Counts without names (press, Kanwil): the figures of `statistics()`."""
        require(actor, Permission.VIEW_REMISSION)
        heading = self._papers_heading(actor, ceremony_id)
        stats = self.statistics(actor, ceremony_id)
        return papers.statistics_pdf(self._papers_facility(), heading, stats)

    # --- per recipient ---------------------------------------------------------------------
    def sk_extracts_pdf(
        self,
        actor: Actor,
        ceremony_id: str,
        line_ids: Sequence[int] | None = None,
        progress: Progress | None = None,
    ) -> bytes:
        """One page per granted line with an SK number and date (all, or those chosen)."""
        require(actor, Permission.VIEW_REMISSION)
        progress = progress or NullProgress()
        ceremony, lines = self._papers_lines(actor, ceremony_id, line_ids)
        heading = self._papers_heading(actor, ceremony_id, ceremony)
        sentences = self._papers_sentences([line.inmate_id for line in lines])
        holiday, per = self._papers_holiday(ceremony), heading.days_per_month
        items = [extract_of(ceremony, holiday, line, sentences.get(line.inmate_id, "—"), per)
                 for line in lines]  # fmt: skip
        progress.update(0, len(items), "")
        return render_sk_extracts(
            self._papers_facility(), items, footer=heading.footer,
            on_page=lambda done, total: progress.update(done, total, f"{done} / {total}"),
        )  # fmt: skip

    def issue_piagam(
        self,
        actor: Actor,
        ceremony_id: str,
        line_ids: Sequence[int] | None = None,
        second_signer: SecondSigner | None = None,
        progress: Progress | None = None,
    ) -> PiagamBatch:
        """A piagam (kind "remisi") per granted line with an SK, dated the ceremony day, in one
        PDF. Lines that already have a valid piagam are skipped (reprints: Certificates tab)."""
        ceremony, lines, todo = self._piagam_todo(actor, ceremony_id, line_ids)
        holiday, per = self._papers_holiday(ceremony), self._rules.days_per_month
        requests = [piagam_request(ceremony, holiday, line, per) for line in todo]
        # checked again under the write lock: another workstation may have issued meanwhile
        batch = CertificateService(self._uow, self._clock).issue(
            actor, requests, issued_on=ceremony.date, second_signer=second_signer,
            progress=progress, once_per_reference=True, workflow=True,
        )  # fmt: skip
        return PiagamBatch(batch.certificates, batch.pdf, batch.pdf_sha256,
                           skipped=len(lines) - len(todo))  # fmt: skip

    def piagam_pending(
        self, actor: Actor, ceremony_id: str, line_ids: Sequence[int] | None = None
    ) -> PiagamPending:
        """How many piagam `issue_piagam` would issue now, and how many recipients already have
        one (writes nothing; the screen asks before numbers are used up). Raises as
        `issue_piagam` does when there is nothing to issue."""
        _ceremony, lines, todo = self._piagam_todo(actor, ceremony_id, line_ids)
        return PiagamPending(to_issue=len(todo), already=len(lines) - len(todo))

    # --- helpers ---------------------------------------------------------------------------
    def _piagam_todo(
        self, actor: Actor, ceremony_id: str, line_ids: Sequence[int] | None
    ) -> tuple[CeremonyDTO, list[ProposalLine], list[ProposalLine]]:
        """(the ceremony, the chosen lines with an SK, those of them without a valid piagam)."""
        require(actor, Permission.ISSUE_CERTIFICATES)
        require(actor, Permission.VIEW_REMISSION)
        ceremony, lines = self._papers_lines(actor, ceremony_id, line_ids)
        refs = {line.line_id: piagam_ref(line.line_id) for line in lines}
        with self._uow() as uow:
            issued = valid_references(uow.session, PIAGAM_KIND.code, list(refs.values()))
        todo = [line for line in lines if refs[line.line_id] not in issued]
        if not todo:
            raise ValidationError({"lines": ALL_ISSUED})
        return ceremony, lines, todo

    def _papers_lines(
        self, actor: Actor, ceremony_id: str, line_ids: Sequence[int] | None
    ) -> tuple[CeremonyDTO, list[ProposalLine]]:
        """The ceremony (approved or locked) and its chosen granted lines that have an SK."""
        ceremony = self.get_ceremony(actor, ceremony_id)
        if ceremony.status not in (CeremonyStatus.APPROVED, CeremonyStatus.LOCKED):
            raise ValidationError({"status": NOT_APPROVED})
        lines = self.proposal_list(actor, ceremony_id)
        if line_ids is not None:
            wanted = set(line_ids)
            if wanted - {line.line_id for line in lines}:
                raise ValidationError({"lines": NOT_IN_CEREMONY})
            lines = [line for line in lines if line.line_id in wanted]
        chosen = [line for line in lines
                  if line.granted and line.sk_number and line.sk_date is not None]  # fmt: skip
        if not chosen:
            raise ValidationError({"lines": NO_SK})
        return ceremony, chosen

    def _papers_heading(
        self, actor: Actor, ceremony_id: str, ceremony: CeremonyDTO | None = None
    ) -> papers.CeremonyHeading:
        ceremony = ceremony or self.get_ceremony(actor, ceremony_id)
        occasion = occasion_name(ceremony.kind, ceremony.date.year, self._papers_holiday(ceremony))
        return papers.CeremonyHeading(
            kind=ceremony.kind, occasion=occasion, title=ceremony.title, date=ceremony.date, venue=ceremony.venue,
            status=ceremony.status, printed_on=self._clock().date(),
            days_per_month=self._rules.days_per_month,
        )  # fmt: skip

    def _papers_holiday(self, ceremony: CeremonyDTO) -> str:
        return holiday_name(self._rules, ceremony.kind, ceremony.religion)

    def _papers_sentences(self, inmate_ids: Sequence[str]) -> dict[str, str]:
        """The sentence as the register's current case records it, per inmate."""
        if not inmate_ids:
            return {}
        with self._uow() as uow:
            cases = load_register_cases(uow.session, self._rules, inmate_ids)
        return {c.inmate_id: sentence_text(c.case.sentence if c.case else None) for c in cases}

    def _papers_facility(self) -> FacilityProfile:
        return FacilityService(self._uow, self._clock).get()
