"""A remission ceremony's lists as PDF: the proposal list, the category II release list and the
statistics page (for the press and the Kanwil, without names).

Input: the remission service's frozen DTOs (ProposalLine, ReleaseList, CeremonyStatistics) and a
`CeremonyHeading`; output PDF bytes through the table document engine. No database here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.dates import day_name, long_date
from app.domain.remission.labels import KIND_NAMES, category_counts, kind_order, reason_label
from app.domain.terbilang import duration_text, thousands
from app.reports.table_document import Column, Section, SideBySide, render_sections_pdf
from app.services.facility import FacilityProfile
from app.services.remission_dto import CeremonyStatistics, ProposalLine, ReleaseLine, ReleaseList

DRAFT_MARK = "DRAF — belum disetujui"
STATUS_TEXT = {
    "draft": DRAFT_MARK,
    "approved": "disetujui",
    "locked": "disetujui dan dicatat dalam riwayat remisi",
}
KIND_LABELS = {code: f"{name} ({code})" for code, name in KIND_NAMES.items()}
MINUS = "—"


@dataclass(frozen=True)
class CeremonyHeading:
    kind: str  # RU / RK / RD
    occasion: str  # "Remisi Umum Tahun 2025", "Remisi Khusus Idul Fitri Tahun 2026"
    title: str  # the ceremony's own title
    date: date
    venue: str
    status: str  # draft / approved / locked
    printed_on: date  # footer; the proposal list's dateline
    days_per_month: int = 30

    @property
    def draft(self) -> bool:
        return self.status == "draft"

    def subtitle(self, extra: str = "") -> str:
        parts = [self.title]
        if long_date(self.date) not in self.title:
            parts.append(long_date(self.date))
        if self.venue:
            parts.append(self.venue)
        parts.append(f"Status: {STATUS_TEXT.get(self.status, self.status)}")
        return " · ".join(parts + ([extra] if extra else []))

    @property
    def footer(self) -> str:
        return f"Dicetak dengan Sibina, {long_date(self.printed_on)}"

    @property
    def watermark(self) -> str:
        return "DRAF" if self.draft else ""


def people(number: int) -> str:
    return f"{thousands(number)} orang"


def _date(value: date | None) -> str:
    return long_date(value) if value else MINUS


def amount_cell(days: int, additional: int, child: bool = False) -> str:
    """Like "60 hari", "PMP 60 hari" or "60 hari + RT 30 hari"."""
    text = f"{'PMP ' if child else ''}{days} hari"
    return text + (f" + RT {additional} hari" if additional else "")


# --- the proposal list -------------------------------------------------------------------------
def proposal_columns(kind: str) -> tuple[Column, ...]:
    """Section A, the proposed: the amount, category and new release date of each."""
    return (
        Column("No.", 0.55, "CENTER"),
        Column("No. Registrasi", 1.5),  # "B.I-1064/2026" on one line
        Column("Nama", 1.9),
        Column("Pidana", 1.1),
        Column("Bebas sebelum remisi", 1.75),  # "13 September 2032" on one line
        Column("Dijalani (hari)", 0.85, "RIGHT"),
        Column(f"{kind} ke-", 0.6, "CENTER"),
        Column("Besar remisi", 1.2),
        Column("Kat.", 0.6, "CENTER"),
        Column("Bebas sesudah remisi", 1.75),
        Column("Keterangan", 2.6),
    )


# Sections B and C, not proposed: no amount to show, the room goes to the reasons.
UNPROPOSED_COLUMNS = (
    Column("No.", 0.55, "CENTER"),
    Column("No. Registrasi", 1.5),
    Column("Nama", 1.9),
    Column("Pidana", 1.1),
    Column("Tanggal bebas", 1.75),
    Column("Dijalani (hari)", 0.85, "RIGHT"),
    Column("Keterangan", 6.75),
)


def proposal_list_pdf(
    facility: FacilityProfile,
    heading: CeremonyHeading,
    lines: Sequence[ProposalLine],
    sentences: Mapping[str, str],
    on_page: Callable[[int], None] | None = None,
) -> bytes:
    """Every line in three sections (granted, susulan candidates, not proposed), by name.
    `on_page(n)` after each page (see render_sections_pdf)."""
    granted = [line for line in lines if line.granted]
    susulan = [line for line in lines if not line.granted and line.susulan]
    refused = [line for line in lines if not line.granted and not line.susulan]
    sections = [
        Section(f"A. Diusulkan mendapat remisi ({people(len(granted))})",
                proposal_columns(heading.kind), _proposed_rows(granted, sentences, heading)),
        Section(f"B. Calon remisi susulan ({people(len(susulan))})", UNPROPOSED_COLUMNS,
                _unproposed_rows(susulan, sentences, heading)),
        Section(f"C. Tidak diusulkan ({people(len(refused))})", UNPROPOSED_COLUMNS,
                _unproposed_rows(refused, sentences, heading)),
    ]  # fmt: skip
    return render_sections_pdf(
        facility, f"DAFTAR USULAN {heading.occasion.upper()}", sections,
        subtitle=heading.subtitle(people(len(lines))), landscape=True,
        on=heading.printed_on, footer=heading.footer, watermark=heading.watermark,
        on_page=on_page,
    )  # fmt: skip


def _person_cells(number: int, line: ProposalLine, sentences: Mapping[str, str]) -> list[object]:
    return [number, line.reg_number, line.full_name, sentences.get(line.inmate_id, MINUS),
            _date(line.release_before), line.served_days or MINUS]  # fmt: skip


def _proposed_rows(
    lines: Sequence[ProposalLine], sentences: Mapping[str, str], heading: CeremonyHeading
) -> list[list[object]]:
    return [
        [
            *_person_cells(number, line, sentences),
            line.nth or MINUS,
            amount_cell(line.granted_days, line.granted_additional_days, line.child),
            line.granted_category or MINUS,
            _date(line.granted_release),
            remark(line, heading.date),
        ]
        for number, line in enumerate(lines, start=1)
    ]


def _unproposed_rows(
    lines: Sequence[ProposalLine], sentences: Mapping[str, str], heading: CeremonyHeading
) -> list[list[object]]:
    return [[*_person_cells(number, line, sentences), remark(line, heading.date)]
            for number, line in enumerate(lines, start=1)]  # fmt: skip


def remark(line: ProposalLine, occasion_day: date) -> str:
    """Keterangan: why refused, the override's justification, PMP, category II, RT, SK."""
    notes: list[str] = []
    if line.overridden:
        computed = f"{line.days} hari" if line.eligible else "tidak memenuhi syarat"
        notes.append(f"Diubah: {line.override_justification} (hasil hitung: {computed}).")
    codes = {r.code: r for r in line.reasons}
    if line.granted:
        if line.child:
            notes.append("Anak: Pengurangan Masa Pidana (PMP).")
        if line.granted_additional_days and not line.overridden:
            why = "pemuka" if "RT_PEMUKA" in codes else "donor / jasa kemanusiaan"
            notes.append(f"RT: {why}.")
        if line.granted_category == "II":
            release = line.granted_release
            if release and release > occasion_day:
                days = (release - occasion_day).days
                notes.append(f"Bebas {long_date(release)} setelah kurungan pengganti denda "
                             f"{days} hari.")  # fmt: skip
            else:
                notes.append("Bebas pada hari remisi.")
        if line.sk_number:
            when = f", {long_date(line.sk_date)}" if line.sk_date else ""
            # a no-break space: "SK" stays on the line of its number
            notes.append(f"SK\u00a0{line.sk_number}{when}.")
    elif not line.overridden:
        if line.susulan and "SUSULAN_CANDIDATE" in codes:
            notes.append(codes["SUSULAN_CANDIDATE"].text)
        else:
            notes += [r.text for r in line.reasons if r.excludes]
    return " ".join(notes)


# --- the release list (category II) ------------------------------------------------------------
def release_list_pdf(
    facility: FacilityProfile, heading: CeremonyHeading, data: ReleaseList
) -> bytes:
    """A. free on the ceremony day; B. the main sentence ends that day, the fine substitute
    is still to serve. Both tables have the same columns, so they line up."""
    day = f"{day_name(heading.date)}, {long_date(heading.date)}"
    cols = [Column("No.", 0.55, "CENTER"), Column("No. Registrasi", 1.6), Column("Nama", 2.6),
            Column("Besar remisi", 1.9), Column("Kurungan pengganti denda", 1.3, "RIGHT"),
            Column("Tanggal bebas", 1.9)]  # fmt: skip
    free, staying = data.free_on_day, data.staying_for_substitute
    sections = [
        Section(f"A. Bebas pada hari {day} ({people(len(free))})", cols,
                _release_rows(free, heading.date)),
        Section(f"B. Tetap menjalani pidana kurungan pengganti denda ({people(len(staying))})",
                cols, _release_rows(staying, heading.date),
                note="Pidana pokok selesai pada hari remisi; yang bersangkutan bebas setelah "
                     "menjalani kurungan pengganti denda yang belum dibayar."),
    ]  # fmt: skip
    return _signed_on_the_day(facility, heading, f"DAFTAR PENERIMA {heading.occasion.upper()} "
                              "KATEGORI II", sections)  # fmt: skip


def _release_rows(lines: Sequence[ReleaseLine], day: date) -> list[list[object]]:
    return [[n, r.reg_number, r.full_name, amount_cell(r.days, r.additional_days),
             f"{r.substitute_days} hari" if r.substitute_days else MINUS,
             _date(r.release_date or day)] for n, r in enumerate(lines, start=1)]  # fmt: skip


# --- the statistics page -----------------------------------------------------------------------
def statistics_pdf(
    facility: FacilityProfile, heading: CeremonyHeading, stats: CeremonyStatistics
) -> bytes:
    """Counts only, no names: summary, by kind, by category, by amount, reasons for refusal."""
    with_rt = heading.kind == "RU"  # RT is given only with a Remisi Umum: no notes of it else
    total_days = "Jumlah hari remisi yang diberikan" + (" (termasuk RT)" if with_rt else "")
    summary = [
        ("Warga binaan dalam daftar usulan", people(stats.total)),
        ("Memenuhi syarat (hasil perhitungan)", people(stats.eligible)),
        ("Tidak memenuhi syarat (hasil perhitungan)", people(stats.not_eligible)),
        ("Calon remisi susulan", people(stats.susulan)),
        ("Diubah petugas dengan alasan tertulis", people(stats.overridden)),
        ("Diberi remisi", people(stats.granted)),
        (total_days, f"{thousands(stats.total_days)} hari"),
    ]
    kinds = [(KIND_LABELS.get(k, k), people(stats.by_kind[k]))
             for k in sorted(stats.by_kind, key=kind_order)]  # fmt: skip
    categories = [(label, people(n)) for label, n
                  in category_counts(stats.by_category, stats.category_ii_substitute)]  # fmt: skip
    per = heading.days_per_month
    amounts = [(f"{days} hari" + (f" ({duration_text(days, per)})" if days >= per else ""),
                people(n)) for days, n in sorted(stats.by_amount.items())]  # fmt: skip
    reasons = [(reason_label(code), people(n)) for code, n in stats.not_eligible_reasons.items()]
    cols = [Column("Uraian", 2.6), Column("Jumlah", 1, "RIGHT")]  # half the page wide
    # Two columns, so that the page stays one page with the signature: the totals on the left,
    # the amounts and the reasons on the right.
    sections = [
        SideBySide(
            [Section("1. Ringkasan", cols, summary),
             Section("2. Penerima menurut jenis remisi", cols, kinds,
                     note="Penerima RT terhitung juga pada remisi utamanya (RU atau PMP)."
                     if with_rt else ""),
             Section("3. Penerima menurut kategori", cols, categories)],
            [Section("4. Penerima menurut besar remisi", cols, amounts,
                     note="Tanpa Remisi Tambahan (RT)." if with_rt else ""),
             Section("5. Alasan tidak memenuhi syarat", cols, reasons,
                     note="Satu orang dapat tercatat pada lebih dari satu alasan.")],
        ),
    ]  # fmt: skip
    return _signed_on_the_day(facility, heading, f"STATISTIK {heading.occasion.upper()}", sections)


def _signed_on_the_day(
    facility: FacilityProfile, heading: CeremonyHeading, title: str, sections: list
) -> bytes:
    """A portrait document dated and signed on the ceremony day (release list, statistics)."""
    return render_sections_pdf(
        facility, title, sections, subtitle=heading.subtitle(), on=heading.date,
        footer=heading.footer, watermark=heading.watermark,
    )  # fmt: skip
